import { FenceError } from '../errors';
import type { FenceErrorCode } from '../errors';

/**
 * Throws the fence module's {@link FenceError}: one helper for every refusal, so that the bundle
 * carries the construction once.
 * @internal
 */
export function refuse(code: FenceErrorCode, message: string, data: Record<string, unknown>): never {
  throw new FenceError(code, message, { data });
}

/**
 * Refuses an option of the fence checker or the dwell tracker: INVALID_OPTIONS naming it.
 * @internal
 */
export function invalidOption(option: string, value: unknown): never {
  // Only a number is written out: converting anything else may throw (`{"toString":1}`).
  refuse(
    'INVALID_OPTIONS',
    `Fence option ${option} is out of range: ${typeof value === 'number' ? value : typeof value}`,
    {
      option,
      value,
    },
  );
}
