import { expect, it } from 'vitest';
import { BackendError, BridgeError } from '@hushi/sdk';
import { BRIDGE_ERROR_MESSAGES, FAILURE_MESSAGES, isUserReadable } from '../failureMessages';
import { describeError } from './describeError';

it('gives a failing host (INTERNAL) a Chinese sentence without its code', () => {
  const message = describeError(
    new BridgeError('INTERNAL', 'The host failed unexpectedly (failing scenario)'),
  );
  expect(message).toBe(FAILURE_MESSAGES.hostUnknown);
  expect(message).not.toMatch(/INTERNAL|[A-Za-z]{2,}/);
});

it('has a readable Chinese sentence for every bridge code', () => {
  for (const [code, message] of Object.entries(BRIDGE_ERROR_MESSAGES)) {
    expect(isUserReadable(message), code).toBe(true);
    expect(message).not.toContain(code);
  }
});

it('has a readable Chinese sentence for every backend code', () => {
  for (const [code, message] of Object.entries(FAILURE_MESSAGES.backend))
    expect(isUserReadable(message), code).toBe(true);
});

it('has a readable Chinese sentence for every 附件 refusal, and keeps the backend’s', () => {
  for (const [code, message] of Object.entries(FAILURE_MESSAGES.attachment))
    expect(isUserReadable(message), code).toBe(true);
  const refused = new BackendError('BAD_REQUEST', FAILURE_MESSAGES.attachment.badType, { status: 415 });
  expect(describeError(refused)).toBe(FAILURE_MESSAGES.attachment.badType);
});

it("keeps the backend's own Chinese message", () => {
  expect(describeError(new BackendError('FORBIDDEN', '当前身份无权进行此操作', { status: 403 }))).toBe(
    '当前身份无权进行此操作',
  );
});

it("replaces a backend message with an English word or a code by the catalogue's", () => {
  expect(describeError(new BackendError('BAD_REQUEST', 'Idempotency-Key 格式有误', { status: 400 }))).toBe(
    FAILURE_MESSAGES.backend.BAD_REQUEST,
  );
  expect(describeError(new BackendError('SERVER', 'Internal Server Error', { status: 500 }))).toBe(
    FAILURE_MESSAGES.backend.SERVER,
  );
});

it('never shows a runtime error in English', () => {
  expect(describeError(new TypeError("Cannot read properties of undefined (reading 'x')"))).toBe(
    FAILURE_MESSAGES.unknown,
  );
  expect(describeError({ errMsg: 'request:fail' })).toBe(FAILURE_MESSAGES.unknown);
});

it("accepts the manual's own words with Latin letters", () => {
  expect(isUserReadable('请先在边民互市贸易系统web端进行备案边民身份')).toBe(true);
  expect(isUserReadable('车牌号云A12345有误')).toBe(true);
  expect(isUserReadable('掌上单一窗口返回错误（INTERNAL）')).toBe(false);
});
