/**
 * The bridge contract between the 互市 mini-app and its host app, as data and build-time validators.
 * Wire fixtures are a separate entry: `@hushi/bridge-spec/fixtures`.
 */
export {
  BRIDGE_VERSION,
  ERROR_CATALOGUE,
  ERROR_RETRYABLE,
  EVENT_SINCE,
  EVENT_TABLE,
  METHOD_CONTRACTS,
  METHOD_SINCE,
  METHOD_TABLE,
} from './generated/catalogue';
export type { ErrorCode, EventName, MethodName } from './generated/catalogue';
export type {
  AppCloseParams,
  AppCloseResult,
  AppVisibilityData,
  AuthGetSessionParams,
  AuthGetSessionResult,
  AuthLoginParams,
  AuthLoginResult,
  BridgeErrorPayload,
  BridgeEvent,
  BridgeEvents,
  BridgeFailure,
  BridgeMethods,
  BridgeRequest,
  BridgeResponse,
  BridgeSuccess,
  FaceVerifyParams,
  FaceVerifyResult,
  HostGetInfoParams,
  HostGetInfoResult,
  LocationGetParams,
  LocationGetResult,
  LocationTicketPayload,
  SessionExpiredData,
} from './generated/types';
export {
  validateEvent,
  validateLocationTicketPayload,
  validateRequest,
  validateResponse,
} from './generated/validators.js';
export type { CompiledValidator, ValidationIssue } from './generated/validators.js';
export { eventDataValidators, paramsValidators, resultValidators } from './validatorTables';
export { validationErrorData } from './validationErrorData';
export type { ValidationErrorEntry } from './validationErrorData';
export { compareVersions, parseVersion } from './compareVersions';
export type { Version } from './compareVersions';
export { methodContract } from './methodContract';
export {
  LOCATION_TICKET_MAX_LIFETIME_S,
  LOCATION_TICKET_TYPE,
  SIGNED_FIX_FIELDS,
  SIGNED_LOCATION_CONTRACT,
  signedFixOf,
} from './locationTicket';
export type { SignedFix } from './locationTicket';
