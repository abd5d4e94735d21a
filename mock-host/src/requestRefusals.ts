import { ATTACHMENT_MESSAGES } from '@hushi/sdk';

/**
 * Every way the mock host refuses a request before (or instead of) answering it, with its HTTP status
 * and the Chinese message the app may show: the error body is always `{ code, message }` JSON, the
 * shape the sdk's `backendErrorFromResponse` reads.
 */
export const REQUEST_REFUSALS = {
  /** The body is not JSON (or not UTF-8). */
  BAD_JSON: { status: 400, message: '请求格式有误' },
  /** JSON nested deeper than the limit. */
  JSON_TOO_DEEP: { status: 400, message: '请求数据层级过深' },
  /** A body larger than the limit. */
  BODY_TOO_LARGE: { status: 413, message: '请求数据过大' },
  /** An upload (a multipart route) larger than a 附件 may be, with its form's overhead. */
  ATTACHMENT_TOO_LARGE: { status: 413, message: ATTACHMENT_MESSAGES.tooLarge },
  /** An upload that is not `multipart/form-data`, or whose form does not parse. */
  BAD_MULTIPART: { status: 400, message: ATTACHMENT_MESSAGES.noFile },
  /** A state-changing request with a body that is not `application/json`. */
  UNSUPPORTED_MEDIA_TYPE: { status: 415, message: '请求数据格式有误' },
  /** An `Idempotency-Key` longer than the limit. */
  IDEMPOTENCY_KEY_TOO_LONG: { status: 400, message: '请求标识过长' },
  /** A path whose percent-encoding does not decode. */
  BAD_PATH: { status: 400, message: '请求路径有误' },
  /** A missing or malformed `Host` header. */
  BAD_HOST: { status: 400, message: '请求的主机地址无效' },
  /** A well-formed `Host` that is not this server's (DNS rebinding, a foreign proxy). */
  HOST_NOT_ALLOWED: { status: 421, message: '不受理此主机地址的请求' },
  /** A browser request from an origin outside the allowed list. */
  ORIGIN_NOT_ALLOWED: { status: 403, message: '不受理此来源的跨域请求' },
  /** A developer control (`/__mock`) without the control token. */
  MOCK_TOKEN_REQUIRED: { status: 401, message: '缺少模拟主机控制令牌' },
  /** A developer control (`/__mock`) with a wrong control token. */
  MOCK_TOKEN_INVALID: { status: 403, message: '模拟主机控制令牌无效' },
  /** No handler for the method and path. */
  NOT_FOUND: { status: 404, message: '未找到该接口' },
  /** A request the HTTP parser could not read. */
  BAD_REQUEST: { status: 400, message: '请求格式有误' },
  /** A request whose headers or body did not arrive in time. */
  REQUEST_TIMEOUT: { status: 408, message: '请求超时' },
  /** Request headers larger than Node's limit. */
  HEADERS_TOO_LARGE: { status: 431, message: '请求头过大' },
  /** A bridge request that is not a request envelope (no id to answer it by). */
  NOT_A_BRIDGE_REQUEST: { status: 400, message: '不是桥接请求' },
  /** An events poll while the host already holds as many as it allows. */
  EVENT_POLLS_BUSY: { status: 503, message: '事件轮询过多，请稍后重试' },
  /** A host event to emit that its schema refuses. */
  BAD_EVENT: { status: 400, message: '主机事件无效' },
  /** A face key to trust that is not an ES256 (P-256) public key as a JWK. */
  BAD_FACE_KEY: { status: 400, message: '人脸服务公钥须为 ES256 (P-256) 公钥 JWK' },
  /** An unexpected exception in a handler (logged on the server, never sent). */
  SERVER: { status: 500, message: '系统繁忙，请稍后重试' },
} as const satisfies Readonly<Record<string, { status: number; message: string }>>;

/** The code of a {@link REQUEST_REFUSALS} entry. */
export type RequestRefusalCode = keyof typeof REQUEST_REFUSALS;

/** A refusal: its status, and the body `{ code, message }` to send. */
export interface RequestRefusal {
  status: number;
  body: { code: RequestRefusalCode; message: string };
}

/** The status and `{ code, message }` body of the refusal `code`. */
export function requestRefusal(code: RequestRefusalCode): RequestRefusal {
  const { status, message } = REQUEST_REFUSALS[code];
  return { status, body: { code, message } };
}
