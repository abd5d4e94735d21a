import type { CompiledValidator } from './generated/validators.js';

/** One problem of a message, as the `data.errors` of INVALID_PARAMS and INVALID_MESSAGE lists it. */
export interface ValidationErrorEntry {
  /** JSON Pointer into the validated value (`/datum`), `/` for the value itself. */
  path: string;
  /** The JSON Schema keyword that failed (`enum`, `required`, `type`, …). */
  keyword: string;
  /** A developer-facing English description, when the validator gave one. */
  message?: string;
}

/**
 * The `data` of an INVALID_PARAMS or INVALID_MESSAGE error, from a validator that has just failed:
 * `{ errors: [...] }`, as spec/errors.json says. Hosts and the client build it the same way.
 * @example failure(id, 'INVALID_PARAMS', 'Invalid location.get params', validationErrorData(validator))
 */
export function validationErrorData(validator: CompiledValidator): { errors: ValidationErrorEntry[] } {
  const issues = validator.errors ?? [];
  return {
    errors: issues.length
      ? issues.map((issue) => ({
          path: issue.instancePath || '/',
          keyword: issue.keyword,
          ...(issue.message ? { message: issue.message } : {}),
        }))
      : [{ path: '/', keyword: 'unknown' }],
  };
}
