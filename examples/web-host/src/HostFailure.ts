import type { ErrorCode } from '@hushi/bridge-spec';

/** Thrown by a method of the web host to answer with an error of the catalogue. */
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
