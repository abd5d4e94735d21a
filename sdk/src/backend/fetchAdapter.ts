import type { HttpAdapter } from './httpAdapter';
import { HttpTimeoutError } from './httpAdapter';

/**
 * An {@link HttpAdapter} built on `fetch` (browsers, H5, Node ≥ 18); a request that outlives its
 * `timeoutMs` is aborted and rejects with {@link HttpTimeoutError}. Mini-program runtimes have no
 * `fetch`: pass an adapter built on their own request API there.
 * @param fetchImpl the `fetch` to use (default: the global one)
 * @example createBackendClient({ baseUrl: 'https://hushi.example.cn', adapter: createFetchAdapter() })
 */
export function createFetchAdapter(fetchImpl: typeof fetch = globalThis.fetch): HttpAdapter {
  if (typeof fetchImpl !== 'function') throw new TypeError('No fetch in this runtime: pass an HTTP adapter.');
  return async ({ method, url, headers, body, timeoutMs }) => {
    const controller = new AbortController();
    const timer = setTimeout(() => {
      controller.abort(new HttpTimeoutError(`${method} ${url} got no answer within ${timeoutMs} ms`));
    }, timeoutMs);
    try {
      const init: RequestInit = { method, headers, signal: controller.signal };
      const response = await fetchImpl(url, body === undefined ? init : { ...init, body });
      const responseHeaders: Record<string, string> = {};
      response.headers.forEach((value, name) => {
        responseHeaders[name] = value;
      });
      return { status: response.status, headers: responseHeaders, body: await response.text() };
    } catch (error) {
      throw controller.signal.aborted ? (controller.signal.reason as unknown) : error;
    } finally {
      clearTimeout(timer);
    }
  };
}
