import { parseScaledDecimal } from '../scaledDecimal';
import { validationMessage } from './validationMessages';
import { invalidResult, VALID_RESULT } from './validationResult';
import type { ValidationResult } from './validationResult';

/**
 * An amount (申报单价, 申报总价, 边民申报额度) in integer cents (分): a positive decimal with at most
 * two decimals, '334.00' → 33400.
 * @returns the cents, or `undefined` when the text is not such an amount
 */
export function parseAmountCents(text: string): number | undefined {
  const cents = parseScaledDecimal(text, 2);
  return cents !== undefined && cents > 0 ? cents : undefined;
}

/**
 * Checks an amount: a positive decimal with at most two decimals, no sign, exponent or leading zeros.
 * @example validateAmount('12.345', '申报单价') // { valid: false, message: '请输入正确的申报单价' }
 */
export function validateAmount(value: string, label = '金额'): ValidationResult {
  return parseAmountCents(value) === undefined
    ? invalidResult(validationMessage('invalid', { label }))
    : VALID_RESULT;
}
