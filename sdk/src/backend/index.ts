/**
 * The typed client of the customs backend's REST API: session exchange, identities, code tables,
 * fences, face challenges and every declaration action, over an injectable HTTP adapter. The routes
 * are one data table, {@link BACKEND_ROUTES}, shared with the mock backend.
 */
export {
  ATTACHMENT_LIMITS,
  ATTACHMENT_MESSAGES,
  ATTACHMENT_TYPES,
  attachmentProblem,
  attachmentTypeOfName,
  formatFileSize,
  sniffAttachmentType,
} from './attachmentRules';
export type { AttachmentContentType, AttachmentType } from './attachmentRules';
export { BACKEND_ERROR_MESSAGES } from './backendErrorMessages';
export { backendErrorFromResponse } from './backendErrorFromResponse';
export type {
  AttachmentInfo,
  AuthenticationReceipt,
  CodeTablesResponse,
  DeclarationInputOfKind,
  DeclarationOfKind,
  DeclarationReceipt,
  DeclarationSummary,
  DocumentsQuery,
  FaceChallenge,
  FaceChallengeRequest,
  IdentitiesResponse,
  IdentityChoice,
  LocationChallenge,
  LocationChallengeRequest,
  Page,
  PendingAuthentication,
  PendingQuery,
  RecordsQuery,
  ResidentCheck,
  ResidentCheckRequest,
  ResidentRefusal,
  SaveDraftRequest,
  Session,
  SubmitRequest,
  SupervisionSite,
} from './backendTypes';
export {
  createBackendClient,
  DEFAULT_BACKEND_TIMEOUT_MS,
  DEFAULT_UPLOAD_TIMEOUT_MS,
} from './createBackendClient';
export type { ActionOptions, BackendClient, BackendClientOptions } from './createBackendClient';
export { createFetchAdapter } from './fetchAdapter';
export { createFetchUploadAdapter } from './fetchUploadAdapter';
export { HttpTimeoutError } from './httpAdapter';
export type { HttpAdapter, HttpMethod, HttpRequest, HttpResponse } from './httpAdapter';
export { createIdempotencyKey } from './idempotencyKey';
export { LOCATION_REFUSAL_MESSAGES, locationRefusalOf } from './locationRefusals';
export type { LocationRefusalCode } from './locationRefusals';
export { BACKEND_ROUTES } from './routes';
export type { BackendRoute, BackendRouteName } from './routes';
export { routeUrl } from './routeUrl';
export type { UploadAdapter, UploadFile, UploadProgress, UploadRequest } from './uploadAdapter';
export type { QueryValues } from './routeUrl';
export { BackendError, isBackendError, isUnansweredBackendError } from '../errors';
export type { BackendErrorCode, BackendErrorOptions, BackendFieldError } from '../errors';
