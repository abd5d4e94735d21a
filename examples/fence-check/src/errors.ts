/** Stable codes of {@link FenceCheckError}. */
export type FenceCheckErrorCode =
  /** The command line is wrong: unknown command or option, missing argument, bad option value. */
  | 'USAGE'
  /** A file could not be read (missing, a directory, no permission). */
  | 'UNREADABLE_FILE'
  /** A file is not valid JSON, or not the JSON shape expected. */
  | 'BAD_JSON'
  /** A position is not `lat,lng[,accuracy]` in range, or names a datum the fence module does not know. */
  | 'BAD_POSITION'
  /** The fence file does not pass the sdk's validation (run `fence-check validate` for every problem). */
  | 'BAD_FENCES';

/**
 * The one error type of the CLI: input it refuses. Exit code 2; the message says what and where.
 * @example throw new FenceCheckError('BAD_POSITION', 'points.csv:3: latitude 121.5 is out of range')
 */
export class FenceCheckError extends Error {
  override readonly name = 'FenceCheckError';
  /** Stable code; never parse `message`. */
  readonly code: FenceCheckErrorCode;

  constructor(code: FenceCheckErrorCode, message: string, options?: { cause?: unknown }) {
    super(message, options);
    this.code = code;
  }
}

/** Whether `value` is a {@link FenceCheckError}, optionally of one code. */
export function isFenceCheckError(value: unknown, code?: FenceCheckErrorCode): value is FenceCheckError {
  return value instanceof FenceCheckError && (code === undefined || value.code === code);
}
