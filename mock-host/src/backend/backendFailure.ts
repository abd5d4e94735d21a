/** One field problem of an error body, as the sdk's `backendErrorFromResponse` reads it. */
export interface FailureFieldError {
  path: string;
  message: string;
}

/**
 * A refusal of the mock customs backend: the HTTP status and the error body
 * `{ code, message, errors? }` the sdk client turns into a `BackendError` (401 → SESSION_EXPIRED,
 * 403 → FORBIDDEN, 404 → NOT_FOUND, 409 → CONFLICT, 422 → VALIDATION).
 */
export class BackendFailure extends Error {
  /** The HTTP status. */
  readonly status: number;
  /** The backend's own stable code, e.g. `FENCE_OUTSIDE`. */
  readonly code: string;
  /** Field errors of a 422. */
  readonly errors: readonly FailureFieldError[];

  /** @param message the Chinese message the app shows, in the manual's words where it has them */
  constructor(status: number, code: string, message: string, errors: readonly FailureFieldError[] = []) {
    super(message);
    this.name = 'BackendFailure';
    this.status = status;
    this.code = code;
    this.errors = errors;
  }

  /** The JSON error body. */
  toBody(): { code: string; message: string; errors?: FailureFieldError[] } {
    return this.errors.length === 0
      ? { code: this.code, message: this.message }
      : { code: this.code, message: this.message, errors: [...this.errors] };
  }
}
