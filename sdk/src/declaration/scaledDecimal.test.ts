import fc from 'fast-check';
import { expect, it } from 'vitest';
import { isDeclarationError } from '../errors';
import { mulDivRoundHalfUp, parseScaledDecimal } from './scaledDecimal';

it('reads plain decimals as scaled integers', () => {
  expect(parseScaledDecimal('12.3', 2)).toBe(1230);
  expect(parseScaledDecimal('0', 2)).toBe(0);
  expect(parseScaledDecimal('7.12345678', 8)).toBe(712345678);
  expect(parseScaledDecimal('1.234', 2)).toBeUndefined();
  expect(parseScaledDecimal('99999999999999999', 0)).toBeUndefined();
  expect(parseScaledDecimal('Infinity', 2)).toBeUndefined();
});

it('equals round-half-up of the exact BigInt product for operands below 10^14, or refuses an unsafe result', () => {
  const operand = fc.bigInt({ min: 0n, max: 10n ** 14n - 1n });
  fc.assert(
    fc.property(operand, operand, fc.integer({ min: 0, max: 14 }), (a, b, decimals) => {
      const divisor = 10n ** BigInt(decimals);
      const exact = (2n * a * b + divisor) / (2n * divisor);
      if (exact <= BigInt(Number.MAX_SAFE_INTEGER)) {
        expect(mulDivRoundHalfUp(Number(a), Number(b), decimals)).toBe(Number(exact));
      } else {
        expect(() => mulDivRoundHalfUp(Number(a), Number(b), decimals)).toThrow(/too large/);
      }
    }),
    { numRuns: 5000 },
  );
});

it('stays exact for large operands whose result is safe (rates with 8 decimals, quantities with 5)', () => {
  const bAndDecimals = fc
    .integer({ min: 7, max: 14 })
    .chain((decimals) =>
      fc.tuple(fc.bigInt({ min: 0n, max: 10n ** BigInt(decimals) - 1n }), fc.constant(decimals)),
    );
  fc.assert(
    fc.property(fc.bigInt({ min: 0n, max: 10n ** 14n - 1n }), bAndDecimals, (a, [b, decimals]) => {
      const divisor = 10n ** BigInt(decimals);
      const exact = (2n * a * b + divisor) / (2n * divisor);
      expect(mulDivRoundHalfUp(Number(a), Number(b), decimals)).toBe(Number(exact));
    }),
    { numRuns: 2000 },
  );
});

it('rounds exact halves up and refuses out-of-range operands or results', () => {
  expect(mulDivRoundHalfUp(5, 1, 1)).toBe(1);
  expect(mulDivRoundHalfUp(4, 1, 1)).toBe(0);
  expect(mulDivRoundHalfUp(15, 1, 1)).toBe(2);
  for (const [a, b, d] of [
    [-1, 1, 0],
    [1e14, 1, 0],
    [0.5, 1, 0],
    [1, 1, 15],
    [99999999999999, 99999999999999, 0],
  ] as const) {
    let error: unknown;
    try {
      mulDivRoundHalfUp(a, b, d);
    } catch (e) {
      error = e;
    }
    expect(isDeclarationError(error, 'INVALID_AMOUNT'), `${a} ${b} ${d}`).toBe(true);
  }
});
