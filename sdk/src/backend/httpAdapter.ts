/** An HTTP method the backend routes use. */
export type HttpMethod = 'GET' | 'POST' | 'PUT' | 'DELETE';

/** One request as the backend client hands it to an {@link HttpAdapter}. */
export interface HttpRequest {
  method: HttpMethod;
  /** The absolute URL, query string included. */
  url: string;
  /** Request headers, names as written (`Authorization`, `Idempotency-Key`, …). */
  headers: Record<string, string>;
  /** The JSON text of the body, or undefined for none. */
  body: string | undefined;
  /**
   * The request's deadline, ms: an adapter gives up after it (and throws {@link HttpTimeoutError}). The
   * client also stops waiting then, so an adapter that cannot cancel is still bounded.
   */
  timeoutMs: number;
}

/** The answer of an {@link HttpAdapter}. */
export interface HttpResponse {
  status: number;
  headers: Record<string, string>;
  /** JSON text, or a value an adapter has already parsed (Taro.request does), or undefined for none. */
  body: unknown;
}

/** What an {@link HttpAdapter} throws when its request met the deadline: the client's TIMEOUT. */
export class HttpTimeoutError extends Error {
  override readonly name = 'HttpTimeoutError';
}

/**
 * Sends one HTTP request: the only thing the backend client needs from a platform. The default is
 * {@link createFetchAdapter}; the mini-app passes one built on `Taro.request`. Throw (reject) only
 * when no response came back: that becomes a NETWORK error ({@link HttpTimeoutError}: TIMEOUT); any
 * status is a response.
 */
export type HttpAdapter = (request: HttpRequest) => Promise<HttpResponse>;
