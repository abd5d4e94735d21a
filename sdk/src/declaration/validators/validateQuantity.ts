import { parseScaledDecimal } from '../scaledDecimal';
import { validationMessage } from './validationMessages';
import { invalidResult, VALID_RESULT } from './validationResult';
import type { ValidationResult } from './validationResult';

/** Decimals allowed in a 申报数量 or a weight (inferred: the customs declaration's 5). */
export const QUANTITY_DECIMALS = 5;

/**
 * A 申报数量 (or 毛重, 净重) as an integer in 1/100000 units: a positive decimal with at most
 * {@link QUANTITY_DECIMALS} decimals, '2.5' → 250000.
 * @returns the scaled quantity, or `undefined` when the text is not such a quantity
 */
export function parseQuantity(text: string): number | undefined {
  const scaled = parseScaledDecimal(text, QUANTITY_DECIMALS);
  return scaled !== undefined && scaled > 0 ? scaled : undefined;
}

/**
 * Checks a 申报数量 or weight: a positive decimal with at most {@link QUANTITY_DECIMALS} decimals.
 * @example validateQuantity('2.5') // { valid: true }
 */
export function validateQuantity(value: string, label = '申报数量'): ValidationResult {
  return parseQuantity(value) === undefined
    ? invalidResult(validationMessage('invalid', { label }))
    : VALID_RESULT;
}
