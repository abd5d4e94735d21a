import type { ErrorCode } from '../generated/catalogue';

/**
 * Thrown by a host method implementation to answer with an error of the catalogue; the dispatcher
 * adds the catalogue's `retryable`.
 * @example throw new HostFailure('PERMISSION_DENIED', 'The user denied location access')
 */
export class HostFailure extends Error {
  override readonly name = 'HostFailure';
  constructor(
    readonly code: ErrorCode,
    message: string,
    readonly data?: Record<string, unknown>,
  ) {
    super(message);
  }
}
