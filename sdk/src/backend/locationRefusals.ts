import { isBackendError } from '../errors';

const REJECTED = '定位验证未通过，请重新定位';

/**
 * The backend's refusals of a submit's position (bridge 1.1 location tickets; HTTP 403 `{ code, message }`),
 * by the body's `code`, with their Chinese message: shown when the backend sent none of its own.
 */
export const LOCATION_REFUSAL_MESSAGES = {
  /** The host signed `mocked: true`. */
  LOCATION_MOCKED: '检测到模拟定位，请关闭模拟定位后重试',
  /** No ticket where the backend's policy needs one (a 1.1 host, or a strict backend). */
  LOCATION_TICKET_REQUIRED: '当前版本无法验证定位信息，请升级掌上单一窗口后重试',
  LOCATION_TICKET_FORGED: REJECTED,
  LOCATION_TICKET_EXPIRED: REJECTED,
  LOCATION_TICKET_WRONG_PERSON: REJECTED,
  LOCATION_TICKET_WRONG_BUSINESS: REJECTED,
  LOCATION_TICKET_WRONG_PURPOSE: REJECTED,
  LOCATION_TICKET_WRONG_NONCE: REJECTED,
  /** The body's fix differs from the signed one. */
  LOCATION_TICKET_MISMATCH: REJECTED,
  /** The ticket lives longer than 120 s. */
  LOCATION_TICKET_LIFETIME: REJECTED,
  LOCATION_CHALLENGE_USED: REJECTED,
  LOCATION_CHALLENGE_EXPIRED: REJECTED,
} as const;

/** A `code` of {@link LOCATION_REFUSAL_MESSAGES}. */
export type LocationRefusalCode = keyof typeof LOCATION_REFUSAL_MESSAGES;

/** Whether `code` is one of {@link LOCATION_REFUSAL_MESSAGES}. */
export function isLocationRefusalCode(code: unknown): code is LocationRefusalCode {
  return typeof code === 'string' && Object.prototype.hasOwnProperty.call(LOCATION_REFUSAL_MESSAGES, code);
}

/**
 * The location refusal a failed request was answered with (the error body's `code`, kept as
 * `data.backendCode`), or `undefined` for any other failure.
 * @example
 * if (locationRefusalOf(error) === 'LOCATION_MOCKED') showRelocate()
 */
export function locationRefusalOf(error: unknown): LocationRefusalCode | undefined {
  if (!isBackendError(error)) return undefined;
  const code = error.data?.backendCode;
  return isLocationRefusalCode(code) ? code : undefined;
}
