import type { HttpAdapter } from './httpAdapter';

/**
 * An {@link HttpAdapter} built on `fetch` (browsers, H5, Node ≥ 18). Mini-program runtimes have no
 * `fetch`: pass an adapter built on their own request API there.
 * @param fetchImpl the `fetch` to use (default: the global one)
 * @example createBackendClient({ baseUrl: 'https://hushi.example.cn', adapter: createFetchAdapter() })
 */
export function createFetchAdapter(fetchImpl: typeof fetch = globalThis.fetch): HttpAdapter {
  if (typeof fetchImpl !== 'function') throw new TypeError('No fetch in this runtime: pass an HTTP adapter.');
  return async ({ method, url, headers, body }) => {
    const response = await fetchImpl(
      url,
      body === undefined ? { method, headers } : { method, headers, body },
    );
    const responseHeaders: Record<string, string> = {};
    response.headers.forEach((value, name) => {
      responseHeaders[name] = value;
    });
    return { status: response.status, headers: responseHeaders, body: await response.text() };
  };
}
