import { expect, it } from 'vitest';
import { maskIdNumber } from './maskIdNumber';

it('keeps the first 3 and last 3 characters as the screens do (450*****022)', () => {
  expect(maskIdNumber('450102199001011022')).toBe('450*****022');
  expect(maskIdNumber('11010519491231002X')).toBe('110*****02X');
  expect(maskIdNumber(' 450102199001011022 ')).toBe('450*****022');
});

it('leaves values of 6 characters or fewer as they are', () => {
  expect(maskIdNumber('450022')).toBe('450022');
  expect(maskIdNumber('')).toBe('');
  expect(maskIdNumber('4500221')).toBe('450*****221');
});
