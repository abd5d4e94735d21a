/** @hushi/mock-host: the super-app (bridge) and the customs backend, simulated with MSW (see README.md). */
export { createBridgeHost, DEFAULT_EVENT_CAPACITY, DEFAULT_MAX_EVENT_WAITERS } from './bridgeHost';
export type { BridgeHost, BridgeHostOptions, EventBatch, EventWaitOutcome, LoggedEvent } from './bridgeHost';
export { conformanceArrange } from './conformanceArrange';
export { fixtureMethods } from './fixtureMethods';
export { bridgeHandlers, EVENT_POLL_HOLD_MS } from './handlers/bridge';
export { controlHandlers } from './handlers/control';
export { createMockHost, FACE_KEYS_STORAGE_KEY } from './handlers/index';
export type { MockHost, MockHostOptions } from './handlers/index';
export { controlPageHtml } from './controlPage';
export {
  createChallengeStore,
  CHALLENGE_TTL_MS,
  MAX_CHALLENGES,
  MAX_OPEN_CHALLENGES_PER_PERSON,
} from './challengeStore';
export type {
  ChallengeBinding,
  ChallengeOutcome,
  ChallengeStore,
  ChallengeStoreOptions,
  IssuedChallenge,
} from './challengeStore';
export {
  createFaceTicketService,
  FACE_TICKET_REJECTIONS,
  FACE_TICKET_TTL_S,
  verifyFaceTicket,
} from './faceTickets';
export { createHostKeyRing, MAX_TRUSTED_FACE_KEYS, TICKET_ALGORITHM, verifyWithRing } from './hostKeyRing';
export type { HostKeyRing, OwnHostKey, TrustedFaceKey } from './hostKeyRing';
export {
  createLocationTicketService,
  LOCATION_TICKET_REJECTIONS,
  LOCATION_TICKET_TTL_S,
} from './locationTickets';
export type {
  LocationTicketCheck,
  LocationTicketRejection,
  LocationTicketService,
  LocationTicketServiceOptions,
  LocationTicketSubject,
} from './locationTickets';
export type {
  FaceTicketCheck,
  FaceTicketClaims,
  FaceTicketRejection,
  FaceTicketService,
  FaceTicketServiceOptions,
  FaceTicketSubject,
  FaceTicketVerifyContext,
} from './faceTickets';
export { scenarioBridgeVersion, scenarioMethods } from './scenarioMethods';
export type { ScenarioMethodsOptions } from './scenarioMethods';
export {
  AUTH_SCENARIOS,
  DEFAULT_SCENARIOS,
  FACE_SCENARIOS,
  HOST_SCENARIOS,
  LOCATION_POLICIES,
  LOCATION_SCENARIOS,
  NETWORK_SCENARIOS,
  parseScenarioPatch,
  SCENARIO_DESCRIPTIONS,
  SCENARIO_FIXES,
} from './scenarios';
export type {
  AuthScenario,
  FaceScenario,
  HostScenario,
  LocationPolicyScenario,
  LocationScenario,
  MockPerson,
  NetworkScenario,
  ScenarioFix,
  ScenarioPatch,
  Scenarios,
} from './scenarios';
export { createMemoryStorage, defaultHostStorage } from './hostStorage';
export type { HostStorage } from './hostStorage';
export { createScenarioStore, SCENARIO_STORAGE_KEY } from './scenarioStore';
export type { ScenarioStore, ScenarioStoreOptions } from './scenarioStore';
export { DEFAULT_ALLOWED_ORIGINS, startMockHostServer } from './server';
export { FaceKeyLimitError } from './errors';
export { hostFaceKeyOf, importHostFaceKey } from './hostFaceKey';
export type { Es256PublicJwk, HostFaceKey } from './hostFaceKey';
export { MIGRATIONS } from '../migrations/index';
export type { Migration } from '../migrations/index';
export { migrate } from './database/migrate';
export { openDatabase, defaultDataDir } from './database/openDatabase';
export type { OpenDatabaseOptions } from './database/openDatabase';
export { openDatabaseStorage } from './database/databaseStorage';
export type { DatabaseStorage } from './database/databaseStorage';
export { migratedTemplate, openMemoryDatabase } from './database/memoryDatabase';
export { openPglite } from './database/pgliteDatabase';
export type { OpenPgliteOptions, PgliteAssets, PgliteDatabase } from './database/pgliteDatabase';
export { openPostgres } from './database/postgresDatabase';
export type { Sql, SqlDatabase } from './database/sqlDatabase';
export { MOCK_TOKEN_HEADER, MOCK_TOKEN_PARAM } from './controlToken';
export { createHostAllowlist, parseHostAuthority } from './hostAllowlist';
export type { HostAllowlistOptions, HostAuthority, HostVerdict } from './hostAllowlist';
export {
  exceedsJsonDepth,
  idempotencyKeyRefusal,
  isJsonContentType,
  parseJsonBody,
  readJsonBody,
  REQUEST_LIMITS,
} from './jsonBody';
export type { JsonBodyLimits, JsonBodyResult } from './jsonBody';
export { REQUEST_REFUSALS, requestRefusal } from './requestRefusals';
export type { RequestRefusal, RequestRefusalCode } from './requestRefusals';
export { backendHandlers } from './handlers/backend';
export { customsControlHandlers } from './handlers/customsControl';
export { faceKeyHandlers } from './handlers/faceKeys';
export { createCustomsBackend } from './backend/customsBackend';
export type { BackendRequest, CustomsBackend, CustomsBackendOptions } from './backend/customsBackend';
export { BackendFailure } from './backend/backendFailure';
export type { FailureFieldError } from './backend/backendFailure';
export type { BackendReply } from './backend/idempotency';
export { rejectAllFaceTickets } from './backend/faceTicketVerifier';
export type {
  FaceTicketExpectation,
  FaceTicketVerdict,
  FaceTicketVerifier,
  VerifiedFaceTicketClaims,
} from './backend/faceTicketVerifier';
export type { StoredDeclaration } from './backend/declarationStore';
export { CUSTOMS_EVENTS, isCustomsEvent } from './backend/customsPipeline';
export type { CustomsEvent } from './backend/customsPipeline';
export { declarationNumber, preEntryNumber } from './backend/numbering';
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
export type { MockHostServer, MockHostServerOptions } from './server';
