import fc from 'fast-check';
import { expect, it } from 'vitest';
import { creditCodeCheckCharacter, validateCreditCode } from './validateCreditCode';

const ALPHABET = '0123456789ABCDEFGHJKLMNPQRTUWXY';
const WRONG = { valid: false, message: '请输入正确的统一社会信用代码' };

function makeCode(first17: string): string {
  return first17 + creditCodeCheckCharacter(first17);
}

it('computes the check character of the standard example (GB 32100-2015: 91350100M000100Y43)', () => {
  expect(creditCodeCheckCharacter('91350100M000100Y4')).toBe('3');
  expect(validateCreditCode('91350100M000100Y43')).toEqual({ valid: true });
  expect(validateCreditCode('91350100m000100y43')).toEqual({ valid: true });
});

it('accepts generated codes of 农民专业合作社 (93) in border districts', () => {
  for (const first17 of ['93450100MA5K12345', '93532801MA6N0000X', '93152501MA0Q7777Y']) {
    expect(validateCreditCode(makeCode(first17)), first17).toEqual({ valid: true });
  }
});

it('accepts any code with its computed check character and refuses every other one', () => {
  const char = fc.constantFrom(...Array.from(ALPHABET));
  const digit = fc.constantFrom(...Array.from('0123456789'));
  const first17 = fc
    .tuple(
      fc.array(char, { minLength: 2, maxLength: 2 }),
      fc.array(digit, { minLength: 6, maxLength: 6 }),
      fc.array(char, { minLength: 9, maxLength: 9 }),
    )
    .map(([a, b, c]) => [...a, ...b, ...c].join(''));
  fc.assert(
    fc.property(first17, (prefix) => {
      const code = makeCode(prefix);
      expect(validateCreditCode(code).valid).toBe(true);
      for (const other of ALPHABET) {
        if (other !== code.charAt(17)) expect(validateCreditCode(prefix + other).valid).toBe(false);
      }
    }),
  );
});

it('refuses I, O, S, V, Z, letters in the 行政区划码, and wrong lengths', () => {
  const valid = makeCode('93450100MA5K12345');
  for (const letter of 'IOSVZ') {
    expect(validateCreditCode(valid.slice(0, 10) + letter + valid.slice(11)), letter).toEqual(WRONG);
  }
  expect(validateCreditCode(makeCode('9345A100MA5K12345'))).toEqual(WRONG);
  expect(validateCreditCode(valid.slice(0, 17))).toEqual(WRONG);
  expect(validateCreditCode(`${valid}0`)).toEqual(WRONG);
  expect(validateCreditCode('')).toEqual(WRONG);
});

it('refuses a wrong check character, worded after the field label', () => {
  const valid = makeCode('93450100MA5K12345');
  const wrong = valid.slice(0, 17) + (valid.endsWith('0') ? '1' : '0');
  expect(validateCreditCode(wrong, '合作社统一社会信用代码')).toEqual({
    valid: false,
    message: '请输入正确的合作社统一社会信用代码',
  });
});

it('refuses characters outside the alphabet when computing a check character', () => {
  expect(() => creditCodeCheckCharacter('91350100M000100I4')).toThrow(TypeError);
  expect(() => creditCodeCheckCharacter('913')).toThrow(TypeError);
});
