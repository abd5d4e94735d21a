import { isBridgeError } from '@hushi/sdk';
import { BACKEND_ERROR_MESSAGES, isBackendError } from '@hushi/sdk';

/** A Chinese sentence for any failure the stores meet, for a toast or an inline message. */
export function describeError(error: unknown): string {
  if (isBackendError(error)) return error.message || BACKEND_ERROR_MESSAGES[error.code];
  if (isBridgeError(error)) return `${error.message} (${error.code})`;
  return error instanceof Error ? error.message : String(error);
}
