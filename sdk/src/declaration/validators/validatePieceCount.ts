import { validationMessage } from './validationMessages';
import { invalidResult, VALID_RESULT } from './validationResult';
import type { ValidationResult } from './validationResult';

/**
 * Checks a 件数 (or any count): a positive integer, typed as digits without sign, decimals or
 * leading zeros.
 * @example validatePieceCount('10') // { valid: true }; validatePieceCount('0') // '请输入正确的件数'
 */
export function validatePieceCount(value: string | number, label = '件数'): ValidationResult {
  const ok =
    typeof value === 'number'
      ? Number.isSafeInteger(value) && value > 0
      : /^[1-9]\d*$/.test(value.trim()) && Number.isSafeInteger(Number(value.trim()));
  return ok ? VALID_RESULT : invalidResult(validationMessage('invalid', { label }));
}
