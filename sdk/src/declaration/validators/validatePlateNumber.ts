import { validationMessage } from './validationMessages';
import { invalidResult, VALID_RESULT } from './validationResult';
import type { ValidationResult } from './validationResult';

/** Province abbreviations that start a mainland plate. */
const PROVINCES = '京津沪渝冀豫云辽黑湘皖鲁新苏浙赣鄂桂甘晋蒙陕吉闽贵粤青藏川宁琼';
/** Letters of plates: A–Z without I and O (they read as 1 and 0). */
const LETTER = 'A-HJ-NP-Z';
/** Letters of new-energy plates that mark the drive (D pure electric, F other; GA 36-2018 adds A–K). */
const ENERGY = 'A-HJK';

const ORDINARY = new RegExp(`^[${PROVINCES}][${LETTER}][${LETTER}0-9]{4}[${LETTER}0-9挂学警港澳领]$`);
const NEW_ENERGY_SMALL = new RegExp(`^[${PROVINCES}][${LETTER}][${ENERGY}][${LETTER}0-9]\\d{4}$`);
const NEW_ENERGY_LARGE = new RegExp(`^[${PROVINCES}][${LETTER}]\\d{5}[${ENERGY}]$`);

/**
 * A plate as typed, in canonical form: spaces, '·' and '-' removed, letters uppercased.
 * @example normalizePlateNumber('桂a·22710') // '桂A22710'
 */
export function normalizePlateNumber(value: string): string {
  return value.replace(/[\s·•-]/g, '').toUpperCase();
}

/**
 * Checks a Chinese mainland plate (GA 36): province, issuing-office letter, then 5 characters
 * (ordinary, e.g. 桂A22710, 桂BM527K; last may be 挂/学/警/港/澳/领), or 6 for new-energy plates
 * (粤BD12345 small, 粤B12345D large). Foreign plates (越南, 缅甸, …) do not pass: whether
 * 车辆信息 must accept foreign vehicles is still open.
 * @example validatePlateNumber('桂A22710') // { valid: true }
 */
export function validatePlateNumber(value: string, label = '车牌号'): ValidationResult {
  const plate = normalizePlateNumber(value);
  const ok = ORDINARY.test(plate) || NEW_ENERGY_SMALL.test(plate) || NEW_ENERGY_LARGE.test(plate);
  return ok ? VALID_RESULT : invalidResult(validationMessage('invalid', { label }));
}
