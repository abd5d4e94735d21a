import { DeclarationError } from '../errors';

/**
 * Reads a non-negative decimal string as an integer scaled by 10^`decimals` ('12.3', 2 → 1230),
 * so money and quantities are computed in integers, never in binary floating point.
 * @returns the scaled integer, or `undefined` when the text is not a plain decimal ('1e3', '-1', '.5',
 * '01'), has more than `decimals` decimals, or is too large to be exact
 */
export function parseScaledDecimal(text: string, decimals: number): number | undefined {
  const match = /^(0|[1-9]\d*)(?:\.(\d+))?$/.exec(text.trim());
  if (match === null) return undefined;
  const whole = match[1] ?? '0';
  const fraction = match[2] ?? '';
  if (fraction.length > decimals) return undefined;
  const scaled = Number(whole + fraction.padEnd(decimals, '0'));
  return Number.isSafeInteger(scaled) ? scaled : undefined;
}

const LIMB = 1e7;

/**
 * round(a × b / 10^`decimals`), half up (四舍五入), exactly, for non-negative integers below 10^14:
 * the product is kept in base-10^7 limbs so no intermediate exceeds 2^53.
 * @throws DeclarationError `INVALID_AMOUNT` when an input or the result is out of range
 * @example mulDivRoundHalfUp(250000, 199, 5) // 2.5 × ¥1.99 → 498 (¥4.975 rounds up to ¥4.98)
 */
export function mulDivRoundHalfUp(a: number, b: number, decimals: number): number {
  for (const value of [a, b]) {
    if (!Number.isSafeInteger(value) || value < 0 || value >= LIMB * LIMB) {
      throw new DeclarationError('INVALID_AMOUNT', `operand out of range: ${value}`, { data: { value } });
    }
  }
  if (!Number.isInteger(decimals) || decimals < 0 || decimals > 14) {
    throw new DeclarationError('INVALID_AMOUNT', `decimals out of range: ${decimals}`, {
      data: { value: decimals },
    });
  }
  const a0 = a % LIMB;
  const a1 = (a - a0) / LIMB;
  const b0 = b % LIMB;
  const b1 = (b - b0) / LIMB;
  // product = l2·10^14 + l1·10^7 + l0 with l0, l1 < 10^7
  const p0 = a0 * b0;
  const l0 = p0 % LIMB;
  const t1 = a1 * b0 + a0 * b1 + (p0 - l0) / LIMB;
  const l1 = t1 % LIMB;
  const l2 = a1 * b1 + (t1 - l1) / LIMB;
  let quotient: number;
  let remainder: number;
  const divisor = 10 ** decimals;
  if (decimals <= 7) {
    const up = LIMB / divisor;
    remainder = l0 % divisor;
    quotient = l2 * LIMB * up + l1 * up + (l0 - remainder) / divisor;
  } else {
    // long division of the limbs l2, l1 by 10^(decimals−7) < 10^7; every step stays below 10^14
    const highDivisor = 10 ** (decimals - 7);
    const r2 = l2 % highDivisor;
    const middle = r2 * LIMB + l1;
    const r1 = middle % highDivisor;
    quotient = ((l2 - r2) / highDivisor) * LIMB + (middle - r1) / highDivisor;
    remainder = r1 * LIMB + l0;
  }
  if (remainder * 2 >= divisor) quotient += 1;
  if (!Number.isSafeInteger(quotient)) {
    throw new DeclarationError('INVALID_AMOUNT', `result too large: ${a} × ${b}`, {
      data: { value: [a, b] },
    });
  }
  return quotient;
}
