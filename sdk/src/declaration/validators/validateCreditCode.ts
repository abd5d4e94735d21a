import { validationMessage } from './validationMessages';
import { invalidResult, VALID_RESULT } from './validationResult';
import type { ValidationResult } from './validationResult';

/** The 31 characters of GB 32100-2015, by value: digits, then A–Y without I, O, S, V, Z. */
const ALPHABET = '0123456789ABCDEFGHJKLMNPQRTUWXY';
/** Weights of positions 1–17: 3^(i−1) mod 31. */
const WEIGHTS = [1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28];

/**
 * The check character of a 统一社会信用代码 (GB 32100-2015) from its first 17 characters.
 * @throws TypeError when `first17` is not 17 characters of the code's alphabet
 * @example creditCodeCheckCharacter('91350100M000100Y4') // '3'
 */
export function creditCodeCheckCharacter(first17: string): string {
  if (first17.length !== 17) throw new TypeError('a 统一社会信用代码 check character needs 17 characters');
  let sum = 0;
  for (let i = 0; i < 17; i++) {
    const value = ALPHABET.indexOf(first17.charAt(i));
    if (value < 0) throw new TypeError(`not a 统一社会信用代码 character: ${first17.charAt(i)}`);
    sum += value * (WEIGHTS[i] ?? 0);
  }
  return ALPHABET.charAt((31 - (sum % 31)) % 31);
}

/**
 * Checks an 18-character 统一社会信用代码 (GB 32100-2015), e.g. a 合作社's: the 31-character alphabet
 * (no I, O, S, V, Z; lowercase accepted), a 6-digit 行政区划码 at positions 3–8, and the check character.
 * @example validateCreditCode('91350100M000100Y43') // { valid: true }
 */
export function validateCreditCode(value: string, label = '统一社会信用代码'): ValidationResult {
  const failed = invalidResult(validationMessage('invalid', { label }));
  const code = value.trim().toUpperCase();
  if (!/^[0-9A-HJ-NPQRTUWXY]{2}\d{6}[0-9A-HJ-NPQRTUWXY]{10}$/.test(code)) return failed;
  return creditCodeCheckCharacter(code.slice(0, 17)) === code.charAt(17) ? VALID_RESULT : failed;
}
