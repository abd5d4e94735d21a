import { ATTACHMENT_MESSAGES, BACKEND_ERROR_MESSAGES } from '@hushi/sdk';
import type { ErrorCode } from '@hushi/bridge-spec';

/**
 * Inferred (the manual shows no message): the Chinese sentence of a host's failure when the host's own
 * words are not for users (INTERNAL: "`message` is for logs, never for users") or the code is not known.
 */
const HOST_FAILED = '掌上单一窗口暂时无法完成操作，请稍后重试';

/** What the user reads when the host answers a bridge call with one of these codes: every code of the catalogue. */
export const BRIDGE_ERROR_MESSAGES: Readonly<Record<ErrorCode, string>> = {
  FACE_LIVENESS_FAILED: '人脸识别未通过：活体检测失败，请重试',
  FACE_NOT_MATCHED: '人脸识别未通过：与本人身份信息不一致',
  CANCELLED: '已取消',
  PERMISSION_DENIED: '未获得定位权限，请在设置中允许掌上单一窗口使用位置信息',
  LOCATION_UNAVAILABLE: '无法获取当前位置，请到开阔处重试',
  TIMEOUT: '操作超时，请重试',
  NOT_LOGGED_IN: '请先登录掌上单一窗口',
  UNSUPPORTED_METHOD: '当前版本的掌上单一窗口不支持该功能，请升级后重试',
  HOST_NOT_FOUND: '无法连接掌上单一窗口，请稍后重试',
  /**
   * Inferred: the host cannot sign a fix (no key, device integrity failed), or a host that signs answered a
   * challenge without a ticket.
   */
  ATTESTATION_UNAVAILABLE: '当前设备无法完成定位验证，请更新掌上单一窗口后重试',
  VERSION_MISMATCH: '当前版本的掌上单一窗口与本应用不兼容，请升级后重试',
  INVALID_PARAMS: HOST_FAILED,
  INVALID_MESSAGE: HOST_FAILED,
  INTERNAL: HOST_FAILED,
};

/**
 * The one catalogue of failure messages the user reads: the host's (per bridge code), the backend's (per
 * `BackendErrorCode`, the sdk's words), a 附件's and the sentence for anything else.
 */
export const FAILURE_MESSAGES = {
  bridge: BRIDGE_ERROR_MESSAGES,
  backend: BACKEND_ERROR_MESSAGES,
  /** A 附件 refused before or at upload (type, size, bounds), the sdk's words. */
  attachment: ATTACHMENT_MESSAGES,
  /** A host failure whose code this build does not know. */
  hostUnknown: HOST_FAILED,
  /** Any other failure (a programming error, a runtime's English errMsg). */
  unknown: '系统繁忙，请稍后重试',
} as const;

/** Latin words the manual itself uses inside its Chinese sentences ("边民互市贸易系统web端"). */
const MANUAL_LATIN_WORDS = /web端/gi;

/** The file formats and the unit a 附件's messages name ("附件仅支持PDF、JPG、PNG格式的文件", "5MB"), in capitals. */
const FILE_WORDS = /PDF|JPG|PNG|MB/g;

/**
 * Whether `text` is fit for a user: Chinese, with no error code or English word in it (digits, a 车牌号's
 * single letter, the manual's own "web端" and a 附件's formats and size unit are fine).
 */
export function isUserReadable(text: string): boolean {
  const rest = text.replace(MANUAL_LATIN_WORDS, '').replace(FILE_WORDS, '');
  return /[\u4e00-\u9fff]/.test(rest) && !/[A-Za-z]{2,}/.test(rest);
}
