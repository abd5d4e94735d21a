import { expect, it } from 'vitest';
import { backendErrorFromResponse } from './backendErrorFromResponse';

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
