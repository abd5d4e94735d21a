import { ERROR_RETRYABLE } from '@hushi/bridge-spec';
import type { ErrorCode } from '@hushi/bridge-spec';

/** Details every error of this package may carry. */
export interface CodedErrorOptions {
  /** Structured details, per code. */
  data?: Record<string, unknown>;
  /** The underlying error, if any. */
  cause?: unknown;
}

/**
 * Base of this package's error classes: a stable string `code` callers branch on, structured `data`,
 * and the standard `cause`. Each module has one subclass with its own code union.
 */
export abstract class CodedError<Code extends string> extends Error {
  /** Stable code; never parse `message`. */
  readonly code: Code;
  /** Structured details, per code. */
  readonly data: Record<string, unknown> | undefined;

  constructor(code: Code, message: string, options: CodedErrorOptions = {}) {
    super(message, options.cause === undefined ? undefined : { cause: options.cause });
    this.code = code;
    this.data = options.data;
  }
}

/** Details a {@link BridgeError} may carry. */
export interface BridgeErrorOptions extends CodedErrorOptions {
  /** Overrides the catalogue's `retryable` (a host may know better for one failure). */
  retryable?: boolean;
}

/**
 * The one error type of the bridge client: every failure of `createBridge`, `call` and the transports
 * is a `BridgeError` with a code of the bridge-spec catalogue.
 * @example
 * try { await bridge.call('location.get', { datum: 'wgs84' }) }
 * catch (e) { if (isBridgeError(e) && e.code === 'PERMISSION_DENIED') showSettingsHint() }
 */
export class BridgeError extends CodedError<ErrorCode> {
  override readonly name = 'BridgeError';
  /** Whether the same call may succeed if tried again. */
  readonly retryable: boolean;

  constructor(code: ErrorCode, message: string, options: BridgeErrorOptions = {}) {
    super(code, message, options);
    this.retryable = options.retryable ?? ERROR_RETRYABLE[code];
  }
}

/** Whether `value` is a {@link BridgeError}, optionally of one code. */
export function isBridgeError(value: unknown, code?: ErrorCode): value is BridgeError {
  return value instanceof BridgeError && (code === undefined || value.code === code);
}

/** Whether `code` is a code of the catalogue this client knows. */
export function isKnownErrorCode(code: string): code is ErrorCode {
  return Object.prototype.hasOwnProperty.call(ERROR_RETRYABLE, code);
}

/** Stable codes of {@link FenceError}. */
export type FenceErrorCode =
  /** A fence of the collection is malformed; `data` names the fence and the problem. */
  | 'INVALID_FENCE'
  /** A fix is malformed: coordinates, accuracy or timestamp missing or out of range. */
  | 'INVALID_FIX'
  /** A point's datum is missing or not one the fence module knows: it is refused, never guessed. */
  | 'UNKNOWN_DATUM'
  /** A GCJ-02 fix reached a checker that was given no datum converter. */
  | 'UNSUPPORTED_DATUM'
  /** An option of the fence checker or the dwell tracker is out of range. */
  | 'INVALID_OPTIONS';

/** Details a {@link FenceError} may carry; for INVALID_FENCE `data` has `fenceId`, `featureIndex`, `reason`, `path`. */
export type FenceErrorOptions = CodedErrorOptions;

/**
 * The one error type of the electronic-fence module: bad fence data, bad fixes and bad options.
 * A fix that is merely stale, inaccurate or outside is not an error but a verdict.
 * @example
 * try { loadFences(json) }
 * catch (e) { if (isFenceError(e, 'INVALID_FENCE')) log(e.data?.fenceId, e.message) }
 */
export class FenceError extends CodedError<FenceErrorCode> {
  override readonly name = 'FenceError';
}

/** Whether `value` is a {@link FenceError}, optionally of one code. */
export function isFenceError(value: unknown, code?: FenceErrorCode): value is FenceError {
  return value instanceof FenceError && (code === undefined || value.code === code);
}

/** Stable codes of {@link DeclarationError}. */
export type DeclarationErrorCode =
  /** The status machine forbids this event in this status; `data` has `status` and `event`. */
  | 'TRANSITION_NOT_ALLOWED'
  /** An amount in a 币制 other than 人民币 has no rate in the given table; `data` has `currency`. */
  | 'EXCHANGE_RATE_MISSING'
  /** An amount, quantity or rate is malformed or too large to compute exactly; `data` has `value`. */
  | 'INVALID_AMOUNT';

/** Details a {@link DeclarationError} may carry (`data`: per code). */
export type DeclarationErrorOptions = CodedErrorOptions;

/**
 * The one error type of the declaration rules: a programming or enforcement error, never a message
 * for the user (validators return those as values).
 * @example
 * try { nextStatus('approved', 'delete') }
 * catch (e) { if (isDeclarationError(e, 'TRANSITION_NOT_ALLOWED')) reply(409, e.data) }
 */
export class DeclarationError extends CodedError<DeclarationErrorCode> {
  override readonly name = 'DeclarationError';
}

/** Whether `value` is a {@link DeclarationError}, optionally of one code. */
export function isDeclarationError(value: unknown, code?: DeclarationErrorCode): value is DeclarationError {
  return value instanceof DeclarationError && (code === undefined || value.code === code);
}

/** Stable codes of {@link BackendError}. */
export type BackendErrorCode =
  /** The request did not reach the backend or no answer came back (the adapter threw). Retryable. */
  | 'NETWORK'
  /**
   * No answer within the request's deadline (`timeoutMs` of the client). Like NETWORK, the backend may
   * or may not have acted: retry an action with the same idempotency key. Retryable.
   */
  | 'TIMEOUT'
  /** 401, or no session to send: log in again ("登录超时"). */
  | 'SESSION_EXPIRED'
  /** 403: the identity may not do this (another person's declaration, a role without the menu, …). */
  | 'FORBIDDEN'
  /** 404: no such declaration or resource. */
  | 'NOT_FOUND'
  /** 409: the declaration's status no longer allows the action, or the idempotency key was reused. */
  | 'CONFLICT'
  /** 422 (or 400 with field errors): the backend's validation failed; `fieldErrors` has each field's message. */
  | 'VALIDATION'
  /** Another 4xx. */
  | 'BAD_REQUEST'
  /** 5xx: the backend failed. Retryable (with the same idempotency key for an action). */
  | 'SERVER'
  /** A 2xx whose body is not the JSON the route returns. */
  | 'BAD_RESPONSE';

/** One field's problem as the backend reports it in a 422 body. */
export interface BackendFieldError {
  /** The field path, e.g. `goods[3].quantity` (the same paths as `validateDeclarationSchema`). */
  path: string;
  /** The Chinese message for the red bottom prompt. */
  message: string;
}

/** Details a {@link BackendError} may carry. */
export interface BackendErrorOptions extends CodedErrorOptions {
  /** The HTTP status, when a response came back. */
  status?: number;
  /** For VALIDATION: each field's message. */
  fieldErrors?: readonly BackendFieldError[];
  /** The `Idempotency-Key` the failed action was sent with: retry with the same key. */
  idempotencyKey?: string;
}

/**
 * The one error type of the backend client: every failed request is a `BackendError` with a stable
 * code; its `message` is Chinese, fit for the user (the backend's own message when it sent one).
 * @example
 * try { await backend.submit('entry', request) }
 * catch (e) {
 *   if (isBackendError(e, 'SESSION_EXPIRED')) relogin()
 *   else if (isBackendError(e) && e.retryable) await backend.submit('entry', request, { idempotencyKey: e.idempotencyKey })
 * }
 */
export class BackendError extends CodedError<BackendErrorCode> {
  override readonly name = 'BackendError';
  /** The HTTP status, when a response came back. */
  readonly status: number | undefined;
  /** Whether the same request may succeed if sent again (NETWORK, TIMEOUT and SERVER). */
  readonly retryable: boolean;
  /** For VALIDATION: each field's message; empty otherwise. */
  readonly fieldErrors: readonly BackendFieldError[];
  /** The `Idempotency-Key` of the failed action, to retry it without doing it twice. */
  readonly idempotencyKey: string | undefined;

  constructor(code: BackendErrorCode, message: string, options: BackendErrorOptions = {}) {
    super(code, message, options);
    this.status = options.status;
    this.retryable = code === 'NETWORK' || code === 'TIMEOUT' || code === 'SERVER';
    this.fieldErrors = options.fieldErrors ?? [];
    this.idempotencyKey = options.idempotencyKey;
  }
}

/** Whether `value` is a {@link BackendError}, optionally of one code. */
export function isBackendError(value: unknown, code?: BackendErrorCode): value is BackendError {
  return value instanceof BackendError && (code === undefined || value.code === code);
}

/**
 * Whether `value` is a backend failure without an answer (NETWORK or TIMEOUT): the request may have been
 * carried out, so an action is retried with its idempotency key and the same content.
 */
export function isUnansweredBackendError(value: unknown): value is BackendError {
  return isBackendError(value) && (value.code === 'NETWORK' || value.code === 'TIMEOUT');
}
