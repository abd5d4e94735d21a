import { expect, it } from 'vitest';
import { formatAmount } from './formatAmount';

it('shows a typed 边民申报额度 of 50 as the stored 60.00 is shown: with two decimals', () => {
  expect(formatAmount('50')).toBe('50.00');
  expect(formatAmount('60.00')).toBe('60.00');
  expect(formatAmount('60.5')).toBe('60.50');
  expect(formatAmount('7.')).toBe('7.00');
});

it('leaves text that is not a plain amount as it is', () => {
  expect(formatAmount('')).toBe('');
  expect(formatAmount('abc')).toBe('abc');
  expect(formatAmount('1.234')).toBe('1.234');
});
