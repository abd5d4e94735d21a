// A request to a test server exactly as written (any Host, path, method or body), over node:http.
import { Agent, request as httpRequest } from 'node:http';
import type { OutgoingHttpHeaders } from 'node:http';

/** What to send: `path` goes on the request line as is; `host` overrides the `Host` header. */
export interface RawRequest {
  method?: string;
  path: string;
  headers?: OutgoingHttpHeaders;
  /** The body; with `chunked`, sent without a `Content-Length`. */
  body?: string | Buffer;
  chunked?: boolean;
}

/** The reply, its body as text and as JSON (`undefined` when it is not JSON). */
export interface RawReply {
  status: number;
  headers: Record<string, string | string[] | undefined>;
  text: string;
  json: unknown;
}

/** A keep-alive agent shared by a test file's requests; `destroy()` it after. */
export const createKeepAliveAgent = (maxSockets = 16): Agent => new Agent({ keepAlive: true, maxSockets });

/**
 * Sends one request to `baseUrl` (the server's `http://host:port`) and reads the whole reply.
 * Rejects on a connection error (reset, refused) or after `timeoutMs`.
 */
export function rawRequest(
  baseUrl: string,
  { method = 'GET', path, headers = {}, body, chunked = false }: RawRequest,
  { agent, timeoutMs = 10_000 }: { agent?: Agent; timeoutMs?: number } = {},
): Promise<RawReply> {
  const { hostname, port, host } = new URL(baseUrl);
  return new Promise((resolve, reject) => {
    const outgoing: OutgoingHttpHeaders = { host, ...headers };
    // Named, chunked encoding holds for every method: node:http does not chunk GET/DELETE/OPTIONS by default.
    if (body !== undefined) {
      if (chunked) outgoing['transfer-encoding'] = 'chunked';
      else outgoing['content-length'] = Buffer.byteLength(body);
    }
    const req = httpRequest(
      {
        hostname: hostname.replace(/^\[|\]$/g, ''),
        port,
        method,
        path,
        headers: outgoing,
        setHost: false,
        ...(agent ? { agent } : {}),
        timeout: timeoutMs,
      },
      (res) => {
        const chunks: Buffer[] = [];
        res.on('data', (chunk: Buffer) => chunks.push(chunk));
        res.on('error', reject);
        res.on('end', () => {
          const text = Buffer.concat(chunks).toString('utf8');
          let json: unknown;
          try {
            json = JSON.parse(text) as unknown;
          } catch {
            json = undefined;
          }
          resolve({ status: res.statusCode ?? 0, headers: res.headers, text, json });
        });
      },
    );
    req.on('timeout', () => req.destroy(new Error(`${method} ${path}: no reply in ${timeoutMs} ms`)));
    req.on('error', reject);
    if (body !== undefined) req.write(body);
    req.end();
  });
}
