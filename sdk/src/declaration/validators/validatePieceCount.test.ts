import { expect, it } from 'vitest';
import { validatePieceCount } from './validatePieceCount';

it('accepts positive integers, typed or as numbers (the manual: *件数 2, 10)', () => {
  for (const value of ['2', '10', ' 10 ', '999999', 1, 2])
    expect(validatePieceCount(value), String(value)).toEqual({ valid: true });
});

it('refuses zero, negatives, decimals, leading zeros, signs and text with "请输入正确的件数"', () => {
  for (const value of [
    '0',
    '-1',
    '1.5',
    '1.0',
    '01',
    '+3',
    '1e3',
    '',
    '十',
    0,
    -2,
    1.5,
    Number.NaN,
    2 ** 53,
  ]) {
    expect(validatePieceCount(value), String(value)).toEqual({ valid: false, message: '请输入正确的件数' });
  }
});
