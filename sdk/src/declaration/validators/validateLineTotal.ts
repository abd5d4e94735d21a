import { isDeclarationError } from '../../errors';
import type { GoodsLine } from '../declarationParts';
import { mulDivRoundHalfUp } from '../scaledDecimal';
import { parseAmountCents } from './validateAmount';
import { parseQuantity, QUANTITY_DECIMALS } from './validateQuantity';
import { validationMessage } from './validationMessages';
import { invalidResult, VALID_RESULT } from './validationResult';
import type { ValidationResult } from './validationResult';

/**
 * 申报数量 × 申报单价 in cents, computed exactly in integers and rounded half up (四舍五入) to the
 * fen: 2.5 × ¥1.99 = ¥4.975 → 498.
 * @returns the cents, or `undefined` when either value is malformed or the product is out of range
 */
export function lineTotalCents(quantity: string, unitPrice: string): number | undefined {
  const scaledQuantity = parseQuantity(quantity);
  const priceCents = parseAmountCents(unitPrice);
  if (scaledQuantity === undefined || priceCents === undefined) return undefined;
  try {
    return mulDivRoundHalfUp(scaledQuantity, priceCents, QUANTITY_DECIMALS);
  } catch (e) {
    if (isDeclarationError(e, 'INVALID_AMOUNT')) return undefined;
    throw e;
  }
}

/**
 * Checks a goods line's amounts: 申报数量, 申报单价 and 申报总价 well-formed, and 申报总价 equal, to
 * the fen, to 申报数量 × 申报单价 rounded half up. No tolerance beyond that rounding.
 * @example validateLineTotal({ quantity: '3', unitPrice: '1.10', totalPrice: '3.30' }) // { valid: true }
 */
export function validateLineTotal(
  line: Pick<GoodsLine, 'quantity' | 'unitPrice' | 'totalPrice'>,
): ValidationResult {
  if (parseQuantity(line.quantity) === undefined)
    return invalidResult(validationMessage('invalid', { label: '申报数量' }));
  if (parseAmountCents(line.unitPrice) === undefined)
    return invalidResult(validationMessage('invalid', { label: '申报单价' }));
  const declared = parseAmountCents(line.totalPrice);
  const computed = lineTotalCents(line.quantity, line.unitPrice);
  if (declared === undefined || computed === undefined)
    return invalidResult(validationMessage('invalid', { label: '申报总价' }));
  return declared === computed ? VALID_RESULT : invalidResult(validationMessage('lineTotal'));
}
