import { isBackendError, isBridgeError } from '@hushi/sdk';
import { FAILURE_MESSAGES, isUserReadable } from '../failureMessages';

/** The host's messages by code; a newer host may send a code this build does not know. */
const bridgeMessages: Readonly<Partial<Record<string, string>>> = FAILURE_MESSAGES.bridge;

/**
 * A Chinese sentence for any failure the stores meet, for a toast or an inline message: the backend's own
 * message when it is readable Chinese, otherwise the catalogue's; never an error code or an English word.
 */
export function describeError(error: unknown): string {
  if (isBackendError(error))
    return isUserReadable(error.message) ? error.message : FAILURE_MESSAGES.backend[error.code];
  if (isBridgeError(error)) return bridgeMessages[error.code] ?? FAILURE_MESSAGES.hostUnknown;
  const message = error instanceof Error ? error.message : typeof error === 'string' ? error : '';
  return isUserReadable(message) ? message : FAILURE_MESSAGES.unknown;
}
