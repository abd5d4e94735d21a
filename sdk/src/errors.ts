import { ERROR_RETRYABLE } from '@hushi/bridge-spec';
import type { ErrorCode } from '@hushi/bridge-spec';

/** Details a {@link BridgeError} may carry. */
export interface BridgeErrorOptions {
  /** Overrides the catalogue's `retryable` (a host may know better for one failure). */
  retryable?: boolean;
  /** Structured details, per code. */
  data?: Record<string, unknown>;
  /** The underlying error, if any. */
  cause?: unknown;
}

/**
 * The one error type of the bridge client: every failure of `createBridge`, `call` and the transports
 * is a `BridgeError` with a code of the bridge-spec catalogue.
 * @example
 * try { await bridge.call('location.get', { datum: 'wgs84' }) }
 * catch (e) { if (isBridgeError(e) && e.code === 'PERMISSION_DENIED') showSettingsHint() }
 */
export class BridgeError extends Error {
  override readonly name = 'BridgeError';
  /** Stable code from the bridge-spec error catalogue. */
  readonly code: ErrorCode;
  /** Whether the same call may succeed if tried again. */
  readonly retryable: boolean;
  /** Structured details, per code. */
  readonly data: Record<string, unknown> | undefined;

  constructor(code: ErrorCode, message: string, options: BridgeErrorOptions = {}) {
    super(message, options.cause === undefined ? undefined : { cause: options.cause });
    this.code = code;
    this.retryable = options.retryable ?? ERROR_RETRYABLE[code];
    this.data = options.data;
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
