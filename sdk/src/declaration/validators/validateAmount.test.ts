import { expect, it } from 'vitest';
import { parseAmountCents, validateAmount } from './validateAmount';
import { parseQuantity, validateQuantity } from './validateQuantity';

it('reads amounts with at most two decimals as integer cents (边民申报额度 334.00, 10.00)', () => {
  expect(parseAmountCents('334.00')).toBe(33400);
  expect(parseAmountCents('10.00')).toBe(1000);
  expect(parseAmountCents('0.01')).toBe(1);
  expect(parseAmountCents('12.3')).toBe(1230);
  expect(parseAmountCents(' 8000 ')).toBe(800000);
  expect(parseAmountCents('0.29')).toBe(29);
});

it('refuses more than two decimals, zero, signs, exponents and leading zeros', () => {
  for (const text of ['12.345', '0', '0.00', '-1', '+1', '1e3', '01.5', '.5', '5.', '1,000', '', '１２']) {
    expect(parseAmountCents(text), text).toBeUndefined();
    expect(validateAmount(text, '申报单价'), text).toEqual({ valid: false, message: '请输入正确的申报单价' });
  }
  expect(validateAmount('12.34')).toEqual({ valid: true });
});

it('reads quantities with up to five decimals, scaled by 10^5', () => {
  expect(parseQuantity('2.5')).toBe(250000);
  expect(parseQuantity('0.00001')).toBe(1);
  expect(parseQuantity('0.000001')).toBeUndefined();
  expect(parseQuantity('0')).toBeUndefined();
  expect(validateQuantity('1.123456')).toEqual({ valid: false, message: '请输入正确的申报数量' });
  expect(validateQuantity('12', '净重')).toEqual({ valid: true });
});
