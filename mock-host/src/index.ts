/** @hushi/mock-host: the super-app (bridge) and the customs backend, simulated with MSW (see README.md). */
export { createBridgeHost, DEFAULT_EVENT_CAPACITY, DEFAULT_MAX_EVENT_WAITERS } from './host/bridgeHost';
export type {
  BridgeHost,
  BridgeHostOptions,
  EventBatch,
  EventWaitOutcome,
  LoggedEvent,
} from './host/bridgeHost';
export { conformanceArrange } from './host/conformanceArrange';
export { fixtureMethods } from './host/fixtureMethods';
export { bridgeHandlers, EVENT_POLL_HOLD_MS } from './handlers/bridge';
export { controlHandlers } from './handlers/control';
export { createMockHost, FACE_KEYS_STORAGE_KEY } from './createMockHost';
export type { MockHost, MockHostOptions } from './createMockHost';
export { controlPageHtml } from './controlPage';
export {
  createChallengeStore,
  CHALLENGE_TTL_MS,
  MAX_CHALLENGES,
  MAX_OPEN_CHALLENGES_PER_PERSON,
} from './host/challengeStore';
export type {
  ChallengeBinding,
  ChallengeOutcome,
  ChallengeStore,
  ChallengeStoreOptions,
  IssuedChallenge,
} from './host/challengeStore';
export {
  createFaceTicketService,
  FACE_TICKET_REJECTIONS,
  FACE_TICKET_TTL_S,
  verifyFaceTicket,
} from './host/faceTickets';
export {
  createHostKeyRing,
  MAX_TRUSTED_FACE_KEYS,
  TICKET_ALGORITHM,
  verifyWithRing,
} from './host/hostKeyRing';
export type { HostKeyRing, OwnHostKey, TrustedFaceKey } from './host/hostKeyRing';
export {
  createLocationTicketService,
  LOCATION_TICKET_REJECTIONS,
  LOCATION_TICKET_TTL_S,
} from './host/locationTickets';
export type {
  LocationTicketCheck,
  LocationTicketRejection,
  LocationTicketService,
  LocationTicketServiceOptions,
  LocationTicketSubject,
} from './host/locationTickets';
export type {
  FaceTicketCheck,
  FaceTicketClaims,
  FaceTicketRejection,
  FaceTicketService,
  FaceTicketServiceOptions,
  FaceTicketSubject,
  FaceTicketVerifyContext,
} from './host/faceTickets';
export { scenarioBridgeVersion, scenarioMethods } from './host/scenarioMethods';
export type { ScenarioMethodsOptions } from './host/scenarioMethods';
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
} from './host/scenarios';
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
} from './host/scenarios';
export { createMemoryStorage, defaultHostStorage } from './host/hostStorage';
export type { HostStorage } from './host/hostStorage';
export { createScenarioStore, SCENARIO_STORAGE_KEY } from './host/scenarioStore';
export type { ScenarioStore, ScenarioStoreOptions } from './host/scenarioStore';
export { DEFAULT_ALLOWED_ORIGINS, startMockHostServer } from './server';
export { FaceKeyLimitError } from './errors';
export { hostFaceKeyOf, importHostFaceKey } from './host/hostFaceKey';
export type { Es256PublicJwk, HostFaceKey } from './host/hostFaceKey';
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
export * from './seed';
export type { MockHostServer, MockHostServerOptions } from './server';
