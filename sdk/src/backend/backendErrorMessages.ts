import type { BackendErrorCode } from '../errors';

/**
 * The Chinese message of each {@link BackendErrorCode}, shown when the backend sent none of its own.
 * Worded after the manual's FAQ ("长时间未操作…需重新登录") and inferred.
 */
export const BACKEND_ERROR_MESSAGES: Readonly<Record<BackendErrorCode, string>> = {
  NETWORK: '网络连接失败，请检查网络后重试',
  TIMEOUT: '网络请求超时，请检查网络后重试',
  SESSION_EXPIRED: '登录已超时，请重新登录',
  FORBIDDEN: '当前身份无权进行此操作',
  NOT_FOUND: '未找到该单据',
  CONFLICT: '单据状态已变化，请刷新后重试',
  VALIDATION: '申报信息有误，请修改后重试',
  BAD_REQUEST: '请求有误，请稍后重试',
  SERVER: '系统繁忙，请稍后重试',
  BAD_RESPONSE: '系统返回异常，请稍后重试',
};
