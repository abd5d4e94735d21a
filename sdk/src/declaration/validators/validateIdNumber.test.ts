import fc from 'fast-check';
import { expect, it } from 'vitest';
import { idNumberCheckDigit, validateIdNumber } from './validateIdNumber';

const NOW = new Date('2024-06-01T04:00:00Z');
const WRONG = { valid: false, message: '请输入正确的身份证号' };

/** A real-format 身份证号: the first 17 characters and their computed check character. */
function makeId(first17: string): string {
  return first17 + idNumberCheckDigit(first17);
}

it('computes the check character of the standard example (GB 11643-1999: 11010519491231002X)', () => {
  expect(idNumberCheckDigit('11010519491231002')).toBe('X');
  expect(validateIdNumber('11010519491231002X', { now: NOW })).toEqual({ valid: true });
  expect(validateIdNumber('11010519491231002x', { now: NOW })).toEqual({ valid: true });
});

it('accepts generated numbers from border prefectures (广西 450102, 云南 532801, 内蒙古 152501)', () => {
  for (const first17 of [
    '45010219900101102',
    '53280119851231002',
    '15250120000229551',
    '45142119660607123',
  ]) {
    expect(validateIdNumber(makeId(first17), { now: NOW }), first17).toEqual({ valid: true });
  }
});

it('accepts any valid birth date with its check character, and refuses every other check character', () => {
  const birth = fc.date({
    min: new Date('1900-01-01T00:00:00Z'),
    max: new Date('2024-05-30T00:00:00Z'),
    noInvalidDate: true,
  });
  fc.assert(
    fc.property(
      birth,
      fc.integer({ min: 0, max: 999 }),
      fc.constantFrom('450102', '532801', '652101'),
      (date, seq, region) => {
        const first17 =
          region + date.toISOString().slice(0, 10).replace(/-/g, '') + String(seq).padStart(3, '0');
        const id = makeId(first17);
        expect(validateIdNumber(id, { now: NOW }).valid).toBe(true);
        for (const other of '0123456789X') {
          if (other !== id.charAt(17))
            expect(validateIdNumber(first17 + other, { now: NOW }).valid).toBe(false);
        }
      },
    ),
  );
});

it('refuses a wrong check character with "请输入正确的身份证号"', () => {
  const id = makeId('45010219900101102');
  const wrong = id.slice(0, 17) + (id.endsWith('1') ? '2' : '1');
  expect(validateIdNumber(wrong, { now: NOW })).toEqual(WRONG);
});

it('refuses impossible or future birth dates even with a correct check character', () => {
  expect(validateIdNumber(makeId('45010219900230102'), { now: NOW })).toEqual(WRONG);
  expect(validateIdNumber(makeId('45010219000229102'), { now: NOW })).toEqual(WRONG);
  expect(validateIdNumber(makeId('45010218991231102'), { now: NOW })).toEqual(WRONG);
  expect(validateIdNumber(makeId('45010220240602102'), { now: NOW })).toEqual(WRONG);
  expect(validateIdNumber(makeId('45010220240601102'), { now: NOW }).valid).toBe(true);
  expect(validateIdNumber(makeId('45010220000229102'), { now: NOW }).valid).toBe(true);
});

it('refuses unknown province codes, wrong lengths, 15-digit numbers and masked numbers', () => {
  expect(validateIdNumber(makeId('99010219900101102'), { now: NOW })).toEqual(WRONG);
  expect(validateIdNumber(makeId('45010219900101102').slice(0, 17), { now: NOW })).toEqual(WRONG);
  expect(validateIdNumber('450102900101102', { now: NOW })).toEqual(WRONG);
  expect(validateIdNumber('450*****022', { now: NOW })).toEqual(WRONG);
  expect(validateIdNumber('', { now: NOW })).toEqual(WRONG);
  expect(validateIdNumber('4501021990010110X2', { now: NOW })).toEqual(WRONG);
});

it('words the message after the field label', () => {
  expect(validateIdNumber('1', { label: '委托边民身份证号' })).toEqual({
    valid: false,
    message: '请输入正确的委托边民身份证号',
  });
});

it('refuses a first part that is not 17 digits when computing a check character', () => {
  expect(() => idNumberCheckDigit('1234')).toThrow(TypeError);
});
