import { expect, it } from 'vitest';
import { backendErrorFromResponse } from './backendErrorFromResponse';
import { LOCATION_REFUSAL_MESSAGES, locationRefusalOf } from './locationRefusals';

it('treats a 400 with field errors as VALIDATION and one without as BAD_REQUEST', () => {
  const withFields = backendErrorFromResponse(400, {
    errors: [{ path: 'header.customsCode', message: '请选择关区代码' }],
  });
  expect(withFields.code).toBe('VALIDATION');
  expect(withFields.fieldErrors).toEqual([{ path: 'header.customsCode', message: '请选择关区代码' }]);
  expect(backendErrorFromResponse(400, null).code).toBe('BAD_REQUEST');
});

it('tolerates a body that is no error object and keeps the idempotency key', () => {
  const error = backendErrorFromResponse(500, ['x'], 'key-7');
  expect([error.code, error.message, error.idempotencyKey, error.data]).toEqual([
    'SERVER',
    '系统繁忙，请稍后重试',
    'key-7',
    undefined,
  ]);
});

it('words a location refusal without a message by its code, and keeps the backend’s own message', () => {
  const bare = backendErrorFromResponse(403, { code: 'LOCATION_MOCKED' });
  expect([bare.code, bare.message, locationRefusalOf(bare)]).toEqual([
    'FORBIDDEN',
    '检测到模拟定位，请关闭模拟定位后重试',
    'LOCATION_MOCKED',
  ]);
  const worded = backendErrorFromResponse(403, { code: 'LOCATION_TICKET_FORGED', message: '定位验证未通过' });
  expect([worded.message, locationRefusalOf(worded)]).toEqual(['定位验证未通过', 'LOCATION_TICKET_FORGED']);
  expect(LOCATION_REFUSAL_MESSAGES.LOCATION_CHALLENGE_USED).toBe('定位验证未通过，请重新定位');
  // Any other 403 keeps the status's message and is no location refusal.
  const other = backendErrorFromResponse(403, { code: 'NOT_OWNER' });
  expect([other.message, locationRefusalOf(other)]).toEqual(['当前身份无权进行此操作', undefined]);
  expect(locationRefusalOf(new Error('LOCATION_MOCKED'))).toBeUndefined();
});
