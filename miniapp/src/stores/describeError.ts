import { BACKEND_ERROR_MESSAGES, isBackendError, isBridgeError } from '@hushi/sdk';
import { BRIDGE_ERROR_MESSAGES } from '../messages';

/** A Chinese sentence for any failure the stores meet, for a toast or an inline message. */
export function describeError(error: unknown): string {
  if (isBackendError(error)) return error.message || BACKEND_ERROR_MESSAGES[error.code];
  if (isBridgeError(error))
    return BRIDGE_ERROR_MESSAGES[error.code] ?? `掌上单一窗口返回错误（${error.code}）`;
  return error instanceof Error ? error.message : String(error);
}
