import { BackendError } from '../errors';
import type { BackendErrorCode, BackendFieldError } from '../errors';
import { BACKEND_ERROR_MESSAGES } from './backendErrorMessages';
import { isLocationRefusalCode, LOCATION_REFUSAL_MESSAGES } from './locationRefusals';
import { isRecord } from '../isRecord';

/** The field errors of an error body `{ errors: [{ path, message }] }`, malformed entries left out. */
function fieldErrorsOf(body: Record<string, unknown>): BackendFieldError[] {
  const list = body.errors;
  if (!Array.isArray(list)) return [];
  return list.flatMap((entry: unknown) =>
    isRecord(entry) && typeof entry.path === 'string' && typeof entry.message === 'string'
      ? [{ path: entry.path, message: entry.message }]
      : [],
  );
}

function codeOf(status: number, fieldErrors: readonly BackendFieldError[]): BackendErrorCode {
  if (status === 401) return 'SESSION_EXPIRED';
  if (status === 403) return 'FORBIDDEN';
  if (status === 404) return 'NOT_FOUND';
  if (status === 409) return 'CONFLICT';
  if (status === 422 || (status === 400 && fieldErrors.length > 0)) return 'VALIDATION';
  if (status >= 500) return 'SERVER';
  return status >= 400 ? 'BAD_REQUEST' : 'BAD_RESPONSE';
}

/**
 * The {@link BackendError} of a response that is not a success: the code from the status (401 →
 * SESSION_EXPIRED, 403 → FORBIDDEN, 404 → NOT_FOUND, 409 → CONFLICT, 422 → VALIDATION, 5xx → SERVER),
 * the message and field errors from the error body `{ code?, message?, errors?: [{ path, message }] }`.
 * Without a message, a location refusal's `code` (LOCATION_MOCKED, …) gives its own message, any other
 * the status's.
 * @param body the parsed body (anything: a proxy's HTML page is tolerated)
 * @param idempotencyKey the key the action was sent with, kept on the error for a retry
 */
export function backendErrorFromResponse(
  status: number,
  body: unknown,
  idempotencyKey?: string,
): BackendError {
  const record = isRecord(body) ? body : {};
  const fieldErrors = fieldErrorsOf(record);
  const code = codeOf(status, fieldErrors);
  const message =
    typeof record.message === 'string' && record.message !== ''
      ? record.message
      : isLocationRefusalCode(record.code)
        ? LOCATION_REFUSAL_MESSAGES[record.code]
        : BACKEND_ERROR_MESSAGES[code];
  return new BackendError(code, message, {
    status,
    fieldErrors,
    ...(idempotencyKey === undefined ? {} : { idempotencyKey }),
    ...(typeof record.code === 'string' ? { data: { backendCode: record.code } } : {}),
  });
}
