/**
 * `@hushi/mock-host/seed`: the mock customs backend's seed data, for tests that need the same persons,
 * declarations and fences as the backend they run against, without loading the backend itself.
 */
export { DEMO_AUTH_CODE, SEED_PERSONS } from './backend/seedPersons';
export type { SeedGroup, SeedPerson } from './backend/seedPersons';
export { sampleEntryInput, sampleImportInput, SEED_ENTRUSTED } from './backend/seedDeclarations';
export {
  DALUO_INSIDE,
  FAR_OUTSIDE,
  SEED_CONNECTED_HEAD_CUSTOMS,
  SEED_FENCES,
  YOUYIGUAN_INSIDE,
} from './backend/seedFences';
export { SEED_SUPERVISION_SITES } from './backend/supervisionSites';
