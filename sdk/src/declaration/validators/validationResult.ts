/** What a validator returns: valid, or the Chinese message for the red bottom prompt. */
export type ValidationResult = { readonly valid: true } | { readonly valid: false; readonly message: string };

/** The result of a value that passed. */
export const VALID_RESULT: ValidationResult = { valid: true };

/** The result of a value that failed, with its message. */
export function invalidResult(message: string): ValidationResult {
  return { valid: false, message };
}
