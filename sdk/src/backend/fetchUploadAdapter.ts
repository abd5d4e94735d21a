import { HttpTimeoutError } from './httpAdapter';
import type { UploadAdapter } from './uploadAdapter';

/**
 * An {@link UploadAdapter} on `fetch` and `FormData` (browsers, Node ≥ 18) for a file whose `source` is
 * a `Blob`. `fetch` tells no upload progress: it reports all bytes sent once the reply is in.
 * @param fetchImpl the `fetch` to use (default: the global one)
 * @example createBackendClient({ baseUrl, uploadAdapter: createFetchUploadAdapter() })
 */
export function createFetchUploadAdapter(fetchImpl: typeof fetch = globalThis.fetch): UploadAdapter {
  if (typeof fetchImpl !== 'function')
    throw new TypeError('No fetch in this runtime: pass an upload adapter.');
  return async ({ url, headers, fieldName, formData, file, timeoutMs, onProgress }) => {
    if (!(file.source instanceof Blob)) throw new TypeError('The fetch upload adapter sends a Blob.');
    const form = new FormData();
    for (const [key, value] of Object.entries(formData)) form.append(key, value);
    form.append(fieldName, file.source, file.name);
    const controller = new AbortController();
    const timer = setTimeout(() => {
      controller.abort(new HttpTimeoutError(`upload to ${url} got no answer within ${timeoutMs} ms`));
    }, timeoutMs);
    try {
      const response = await fetchImpl(url, {
        method: 'POST',
        headers,
        body: form,
        signal: controller.signal,
      });
      const responseHeaders: Record<string, string> = {};
      response.headers.forEach((value, name) => {
        responseHeaders[name] = value;
      });
      const body = await response.text();
      onProgress({ sent: file.size, total: file.size });
      return { status: response.status, headers: responseHeaders, body };
    } catch (error) {
      throw controller.signal.aborted ? (controller.signal.reason as unknown) : error;
    } finally {
      clearTimeout(timer);
    }
  };
}
