import { chinaDay, isCalendarDate } from '../chinaDay';
import { validationMessage } from './validationMessages';
import { invalidResult, VALID_RESULT } from './validationResult';
import type { ValidationResult } from './validationResult';

/** Weights of positions 1–17, 2^(17−i) mod 11 (GB 11643-1999). */
const WEIGHTS = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2];
/** Check character by (weighted sum mod 11): ISO 7064 MOD 11-2, 10 written X. */
const CHECK_CHARACTERS = '10X98765432';
/** First two digits of a 身份证号: provinces, plus 71 台湾 and 81/82/83 (港澳台居民居住证). */
const PROVINCE_CODES = [
  '11',
  '12',
  '13',
  '14',
  '15',
  '21',
  '22',
  '23',
  '31',
  '32',
  '33',
  '34',
  '35',
  '36',
  '37',
  '41',
  '42',
  '43',
  '44',
  '45',
  '46',
  '50',
  '51',
  '52',
  '53',
  '54',
  '61',
  '62',
  '63',
  '64',
  '65',
  '71',
  '81',
  '82',
  '83',
];

/**
 * The check character of a 身份证号 (GB 11643-1999, ISO 7064 MOD 11-2) from its first 17 digits.
 * @throws TypeError when `first17` is not 17 digits
 * @example idNumberCheckDigit('11010519491231002') // 'X'
 */
export function idNumberCheckDigit(first17: string): string {
  if (!/^\d{17}$/.test(first17)) throw new TypeError('a 身份证号 check digit needs 17 digits');
  let sum = 0;
  for (let i = 0; i < 17; i++) sum += Number(first17.charAt(i)) * (WEIGHTS[i] ?? 0);
  return CHECK_CHARACTERS.charAt(sum % 11);
}

/** Options of {@link validateIdNumber}. */
export interface ValidateIdNumberOptions {
  /** The field's label for the message (default '身份证号'). */
  label?: string;
  /** "Now", for the birth date not to be in the future (default: the current time). */
  now?: Date;
}

/**
 * Checks an 18-character 居民身份证号码 (GB 11643-1999): 17 digits and a check character (0–9 or X,
 * lowercase x accepted), a known province code, a real birth date from 1900 to today (China time),
 * and the MOD 11-2 check character. 15-digit numbers of the first generation are refused.
 * @example validateIdNumber('450000') // { valid: false, message: '请输入正确的身份证号' }
 */
export function validateIdNumber(value: string, options: ValidateIdNumberOptions = {}): ValidationResult {
  const failed = invalidResult(validationMessage('invalid', { label: options.label ?? '身份证号' }));
  const id = value.trim().toUpperCase();
  if (!/^\d{17}[\dX]$/.test(id)) return failed;
  if (!PROVINCE_CODES.includes(id.slice(0, 2))) return failed;
  const year = Number(id.slice(6, 10));
  const month = Number(id.slice(10, 12));
  const day = Number(id.slice(12, 14));
  if (year < 1900 || !isCalendarDate(year, month, day)) return failed;
  const today = chinaDay(options.now ?? new Date()).replace(/-/g, '');
  if (id.slice(6, 14) > today) return failed;
  return idNumberCheckDigit(id.slice(0, 17)) === id.charAt(17) ? VALID_RESULT : failed;
}
