/** @hushi/mock-host: the super-app (bridge) and, later, the customs backend, simulated with MSW. */
export { createBridgeHost } from './bridgeHost';
export type { BridgeHost, BridgeHostOptions, LoggedEvent } from './bridgeHost';
export { conformanceArrange } from './conformanceArrange';
export { fixtureMethods } from './fixtureMethods';
export { bridgeHandlers, EVENT_POLL_HOLD_MS } from './handlers/bridge';
export { controlHandlers } from './handlers/control';
export { createMockHost } from './handlers/index';
export type { MockHost, MockHostOptions } from './handlers/index';
export { controlPageHtml } from './controlPage';
export { createFaceChallengeStore, FACE_CHALLENGE_TTL_MS } from './faceChallengeStore';
export type {
  FaceChallengeBinding,
  FaceChallengeOutcome,
  FaceChallengeStore,
  FaceChallengeStoreOptions,
  IssuedFaceChallenge,
} from './faceChallengeStore';
export {
  createFaceTicketService,
  FACE_TICKET_REJECTIONS,
  FACE_TICKET_TTL_S,
  verifyFaceTicket,
} from './faceTickets';
export type {
  FaceTicketCheck,
  FaceTicketClaims,
  FaceTicketRejection,
  FaceTicketService,
  FaceTicketServiceOptions,
  FaceTicketSubject,
  FaceTicketVerifyContext,
} from './faceTickets';
export { scenarioMethods } from './scenarioMethods';
export type { ScenarioMethodsOptions } from './scenarioMethods';
export {
  AUTH_SCENARIOS,
  DEFAULT_SCENARIOS,
  FACE_SCENARIOS,
  HOST_SCENARIOS,
  LOCATION_SCENARIOS,
  parseScenarioPatch,
  SCENARIO_DESCRIPTIONS,
  SCENARIO_FIXES,
} from './scenarios';
export type {
  AuthScenario,
  FaceScenario,
  HostScenario,
  LocationScenario,
  MockPerson,
  ScenarioFix,
  ScenarioPatch,
  Scenarios,
} from './scenarios';
export { createMemoryStorage, defaultHostStorage } from './hostStorage';
export type { HostStorage } from './hostStorage';
export { createScenarioStore, SCENARIO_STORAGE_KEY } from './scenarioStore';
export type { ScenarioStore, ScenarioStoreOptions } from './scenarioStore';
export { DEFAULT_ALLOWED_ORIGINS, startMockHostServer } from './server';
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
} from './backend/faceTicketVerifier';
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
