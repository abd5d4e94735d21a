import { expect, it } from 'vitest';
import { VALIDATION_MESSAGES, validationMessage } from './validationMessages';

it('fills the placeholders, keeping unknown ones visible', () => {
  expect(validationMessage('invalid', { label: '身份证号' })).toBe('请输入正确的身份证号');
  expect(validationMessage('allowanceExceeded', { name: '冯微' })).toBe(
    '冯微当日申报金额已超过8000元免税额度',
  );
  expect(validationMessage('required')).toBe('请输入{label}');
});

it('every message is Chinese', () => {
  for (const message of Object.values(VALIDATION_MESSAGES)) expect(message).toMatch(/\p{Script=Han}/u);
});
