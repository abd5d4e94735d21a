import type { EventName, MethodName } from './generated/catalogue';
import type { CompiledValidator } from './generated/validators.js';
import {
  validateAppCloseParams,
  validateAppCloseResult,
  validateAppVisibilityData,
  validateAuthGetSessionParams,
  validateAuthGetSessionResult,
  validateAuthLoginParams,
  validateAuthLoginResult,
  validateFaceVerifyParams,
  validateFaceVerifyResult,
  validateHostGetInfoParams,
  validateHostGetInfoResult,
  validateLocationGetParams,
  validateLocationGetResult,
  validateSessionExpiredData,
} from './generated/validators.js';

/** The params validator of every method, compiled at build time. */
export const paramsValidators: Readonly<Record<MethodName, CompiledValidator>> = {
  'host.getInfo': validateHostGetInfoParams,
  'auth.getSession': validateAuthGetSessionParams,
  'auth.login': validateAuthLoginParams,
  'location.get': validateLocationGetParams,
  'face.verify': validateFaceVerifyParams,
  'app.close': validateAppCloseParams,
};

/** The result validator of every method, compiled at build time. */
export const resultValidators: Readonly<Record<MethodName, CompiledValidator>> = {
  'host.getInfo': validateHostGetInfoResult,
  'auth.getSession': validateAuthGetSessionResult,
  'auth.login': validateAuthLoginResult,
  'location.get': validateLocationGetResult,
  'face.verify': validateFaceVerifyResult,
  'app.close': validateAppCloseResult,
};

/** The data validator of every host event, compiled at build time. */
export const eventDataValidators: Readonly<Record<EventName, CompiledValidator>> = {
  'session.expired': validateSessionExpiredData,
  'app.visibility': validateAppVisibilityData,
};
