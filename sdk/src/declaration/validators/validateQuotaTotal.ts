import type { EntrustedResidentInput, GoodsLine } from '../declarationParts';
import { parseAmountCents } from './validateAmount';
import { validationMessage } from './validationMessages';
import { invalidResult, VALID_RESULT } from './validationResult';
import type { ValidationResult } from './validationResult';

/**
 * Checks that the 委托边民's 边民申报额度 add up, to the fen, to the goods lines' 申报总价 (inferred: the
 * manual calls the 额度 each resident's share of the declaration, without stating the sum). Valid when
 * there are no 委托边民 (a 边民's own declaration). Malformed amounts are left to the field validators.
 */
export function validateQuotaTotal(
  goods: readonly Pick<GoodsLine, 'totalPrice'>[],
  residents: readonly Pick<EntrustedResidentInput, 'quota'>[],
): ValidationResult {
  if (residents.length === 0) return VALID_RESULT;
  let goodsCents = 0;
  for (const line of goods) {
    const cents = parseAmountCents(line.totalPrice);
    if (cents === undefined) return VALID_RESULT;
    goodsCents += cents;
  }
  let quotaCents = 0;
  for (const resident of residents) {
    const cents = parseAmountCents(resident.quota);
    if (cents === undefined) return VALID_RESULT;
    quotaCents += cents;
  }
  return goodsCents === quotaCents ? VALID_RESULT : invalidResult(validationMessage('quotaTotal'));
}
