import { expect, it } from 'vitest';
import { lineTotalCents, validateLineTotal } from './validateLineTotal';

const MISMATCH = { valid: false, message: '申报总价应等于申报数量×申报单价' };

it('computes totals in integer cents, rounding half up to the fen', () => {
  expect(lineTotalCents('3', '1.10')).toBe(330);
  expect(lineTotalCents('2.5', '1.99')).toBe(498);
  expect(lineTotalCents('0.333', '3.00')).toBe(100);
  expect(lineTotalCents('0.05', '0.10')).toBe(1);
  expect(lineTotalCents('0.04', '0.10')).toBe(0);
  expect(lineTotalCents('3', '0.10')).toBe(30);
  expect(lineTotalCents('100000', '99999.99')).toBe(999999900000);
  expect(lineTotalCents('x', '1')).toBeUndefined();
});

it('is exact where binary floating point is not: 1.005 × ¥1.00 = ¥1.005 → ¥1.01', () => {
  expect(lineTotalCents('1.005', '1.00')).toBe(101);
  expect(Math.round(1.005 * 1.0 * 100)).toBe(100);
  expect(lineTotalCents('1000', '1.01')).toBe(101000);
});

it('accepts a total equal to quantity × unit price', () => {
  expect(validateLineTotal({ quantity: '3', unitPrice: '1.10', totalPrice: '3.30' })).toEqual({
    valid: true,
  });
  expect(validateLineTotal({ quantity: '2.5', unitPrice: '1.99', totalPrice: '4.98' })).toEqual({
    valid: true,
  });
});

it('refuses a total off by one fen', () => {
  expect(validateLineTotal({ quantity: '2.5', unitPrice: '1.99', totalPrice: '4.97' })).toEqual(MISMATCH);
  expect(validateLineTotal({ quantity: '3', unitPrice: '1.10', totalPrice: '3.31' })).toEqual(MISMATCH);
});

it('names the malformed field first', () => {
  expect(validateLineTotal({ quantity: '0', unitPrice: '1', totalPrice: '0' })).toEqual({
    valid: false,
    message: '请输入正确的申报数量',
  });
  expect(validateLineTotal({ quantity: '1', unitPrice: '1.001', totalPrice: '1' })).toEqual({
    valid: false,
    message: '请输入正确的申报单价',
  });
  expect(validateLineTotal({ quantity: '1', unitPrice: '1', totalPrice: '' })).toEqual({
    valid: false,
    message: '请输入正确的申报总价',
  });
});
