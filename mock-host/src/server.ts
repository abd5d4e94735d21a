import { createServer as createHttpServer, STATUS_CODES } from 'node:http';
import type { IncomingMessage, ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { networkInterfaces } from 'node:os';
import type { Duplex } from 'node:stream';
import { getResponse } from 'msw';
import { BACKEND_ROUTES } from '@hushi/sdk';
import type { RequestHandler } from 'msw';
import { controlTokenMatches, isControlPath, MOCK_TOKEN_HEADER, MOCK_TOKEN_PARAM } from './controlToken';
import { createHostAllowlist } from './hostAllowlist';
import type { HostVerdict } from './hostAllowlist';
import { isRecord } from './isRecord';
import { idempotencyKeyRefusal, parseJsonBody, REQUEST_LIMITS } from './jsonBody';
import { MAX_UPLOAD_BODY_BYTES } from './multipartBody';
import { randomBase64url } from './randomToken';
import { requestRefusal } from './requestRefusals';
import type { RequestRefusal, RequestRefusalCode } from './requestRefusals';

/**
 * The browser origins allowed to call the mock host by default: the H5 dev page
 * (`miniapp/scripts/h5Server.mjs`, port 10086) and the reference web host (`examples/web-host`, port
 * 10087), each as `127.0.0.1` and as `localhost`.
 */
export const DEFAULT_ALLOWED_ORIGINS: readonly string[] = [
  'http://127.0.0.1:10086',
  'http://localhost:10086',
  'http://127.0.0.1:10087',
  'http://localhost:10087',
];

/** A running mock host HTTP server. */
export interface MockHostServer {
  /** Base URL, e.g. `http://127.0.0.1:8787`. */
  url: string;
  /**
   * The token the developer controls (`/__mock…`) need, in the `x-hushi-mock-token` header (or, for
   * the control page `GET /__mock`, as `?token=`).
   */
  controlToken: string;
  close(): Promise<void>;
}

/** Options of {@link startMockHostServer}. */
export interface MockHostServerOptions {
  /** Port to listen on; 0 picks a free one. Default 8787. */
  port?: number;
  /**
   * Interface to bind. Default 127.0.0.1 (never exposed beyond this machine); `0.0.0.0` or an address
   * of this machine exposes the developer controls to the network, guarded by the token alone.
   */
  hostname?: string;
  /** Largest request body in bytes; a longer one is refused with 413 and not read. Default 1 MiB. */
  maxBodyBytes?: number;
  /**
   * Browser origins (`scheme://host:port`) allowed to call the server across origins; a request with
   * another `Origin` is refused with 403. The server's own origins are always allowed. Default
   * {@link DEFAULT_ALLOWED_ORIGINS}.
   */
  allowedOrigins?: readonly string[];
  /**
   * More `Host` header values to answer (`name` at the server's port, or `name:port`), e.g. a LAN
   * name when bound beyond loopback. A request with any other `Host` is refused with 421.
   */
  allowedHosts?: readonly string[];
  /** The developer controls' token. Default a fresh random one per start. */
  controlToken?: string;
}

const CORS_ALLOWED_HEADERS = ['content-type', 'authorization', 'idempotency-key', MOCK_TOKEN_HEADER].join(
  ', ',
);
const CORS_ALLOWED_METHODS = 'GET, POST, PUT, PATCH, DELETE, OPTIONS';
const METHODS_WITHOUT_BODY = new Set(['GET', 'HEAD']);

/** The paths of the backend's upload routes (multipart, `POST`), whose bodies are a 附件, not JSON. */
const UPLOAD_PATHS = Object.values(BACKEND_ROUTES).flatMap((route) =>
  'multipart' in route ? [route.path] : [],
);

/** Whether a request is an upload: its body is bounded by {@link MAX_UPLOAD_BODY_BYTES}, its form read by the handler. */
const isUpload = (method: string, pathname: string): boolean =>
  method === 'POST' && UPLOAD_PATHS.some((path) => pathname.endsWith(path));

/** The addresses of this machine's interfaces as `Host` names, for a server bound to all of them. */
function interfaceHosts(): string[] {
  return Object.values(networkInterfaces()).flatMap((addresses) =>
    (addresses ?? []).map((a) => (a.family === 'IPv6' ? `[${a.address.split('%')[0] ?? ''}]` : a.address)),
  );
}

/** A request header as one string (repeated ones joined as Node joins them), or `null`. */
function headerOf(req: IncomingMessage, name: string): string | null {
  const value = req.headers[name];
  if (value === undefined) return null;
  return Array.isArray(value) ? value.join(', ') : value;
}

/** How reading a request body ended. */
type BodyRead = { kind: 'body'; bytes: Uint8Array<ArrayBuffer> } | { kind: 'tooLarge' } | { kind: 'aborted' };

/** Reads a request body, stopping as soon as it says or turns out to be longer than `maxBytes`. */
function readBody(req: IncomingMessage, maxBytes: number): Promise<BodyRead> {
  if (Number(req.headers['content-length'] ?? 0) > maxBytes) return Promise.resolve({ kind: 'tooLarge' });
  return new Promise((resolve) => {
    const chunks: Buffer[] = [];
    let length = 0;
    const finish = (read: BodyRead): void => {
      req.off('data', onData).off('end', onEnd).off('error', onAborted).off('close', onAborted);
      resolve(read);
    };
    const onData = (chunk: Buffer): void => {
      length += chunk.length;
      if (length > maxBytes) {
        req.pause();
        finish({ kind: 'tooLarge' });
      } else chunks.push(chunk);
    };
    const onEnd = (): void => {
      finish({ kind: 'body', bytes: new Uint8Array(Buffer.concat(chunks, length)) });
    };
    const onAborted = (): void => {
      finish({ kind: 'aborted' });
    };
    req.on('data', onData).on('end', onEnd).on('error', onAborted).on('close', onAborted);
  });
}

/** Longest time the unread rest of an early-answered request's body is read and thrown away. */
const DISCARD_MS = 2_000;
/** How much of the unread rest of a body is thrown away before the connection is closed, in limits. */
const DISCARD_LIMITS = 8;

/**
 * Reads and throws away what is left of a request's body after it was answered early (a refusal, a
 * 413, a preflight): nothing of it is kept. A rest within `maxBytes` and {@link DISCARD_MS} ends and
 * the connection is kept; a longer or slower one has the connection closed. Not closing at once (or
 * with `connection: close`) is deliberate: closing a socket with unread input resets it, and a client
 * still sending would lose the reply it has not read yet.
 */
function discardRest(req: IncomingMessage, maxBytes: number): void {
  if (req.complete) return;
  let discarded = 0;
  const close = (): void => {
    // The last chunk may have ended the request: then the connection is fine for the next one.
    setImmediate(() => {
      if (!req.complete) req.socket.destroy();
    });
  };
  const timer = setTimeout(close, DISCARD_MS);
  timer.unref();
  const done = (): void => {
    clearTimeout(timer);
  };
  req.on('data', (chunk: Buffer) => {
    discarded += chunk.length;
    if (discarded > maxBytes) {
      done();
      req.pause();
      close();
    }
  });
  req.on('end', done).on('error', done).on('close', done);
  req.resume();
}

/** Sends `{ code, message }` JSON. */
function sendRefusal(res: ServerResponse, { status, body }: RequestRefusal): void {
  if (res.headersSent) {
    res.destroy();
    return;
  }
  const text = JSON.stringify(body);
  res.writeHead(status, {
    'content-type': 'application/json; charset=utf-8',
    'content-length': Buffer.byteLength(text),
  });
  res.end(text);
}

/** The raw HTTP response of a request Node's parser refused, as `{ code, message }` JSON. */
function rawRefusal(code: RequestRefusalCode): string {
  const { status, body } = requestRefusal(code);
  const text = JSON.stringify(body);
  return (
    `HTTP/1.1 ${status} ${STATUS_CODES[status] ?? ''}\r\n` +
    `content-type: application/json; charset=utf-8\r\ncontent-length: ${Buffer.byteLength(text)}\r\n` +
    `connection: close\r\n\r\n${text}`
  );
}

/** The refusal code of a handler's error status, when its body has no `{ code, message }`. */
const CODES_OF_STATUSES: Readonly<Record<number, RequestRefusalCode>> = {
  404: 'NOT_FOUND',
  408: 'REQUEST_TIMEOUT',
  413: 'BODY_TOO_LARGE',
  415: 'UNSUPPORTED_MEDIA_TYPE',
  431: 'HEADERS_TOO_LARGE',
};
const codeOfStatus = (status: number): RequestRefusalCode =>
  status >= 500 ? 'SERVER' : (CODES_OF_STATUSES[status] ?? 'BAD_REQUEST');

/**
 * A handler's error body as `{ code, message, … }`: kept when it has both; a JSON object without them
 * gets them (its own fields, e.g. `problems`, kept); anything else, and any 5xx body, is replaced.
 */
function errorBody(status: number, bytes: Buffer): Buffer {
  let parsed: unknown;
  try {
    parsed = JSON.parse(bytes.toString('utf8')) as unknown;
  } catch {
    parsed = undefined;
  }
  const fallback = requestRefusal(codeOfStatus(status)).body;
  if (status >= 500 || !isRecord(parsed)) return Buffer.from(JSON.stringify(fallback));
  if (typeof parsed.code === 'string' && typeof parsed.message === 'string') return bytes;
  return Buffer.from(JSON.stringify({ ...parsed, code: fallback.code, message: fallback.message }));
}

/** Writes msw's response to Node's; error replies always as `{ code, message }` JSON. */
async function sendResponse(res: ServerResponse, response: Response): Promise<void> {
  let body: Buffer = Buffer.from(await response.arrayBuffer());
  const headers = new Map<string, string>();
  response.headers.forEach((value, name) => {
    if (!['content-length', 'transfer-encoding', 'connection', 'set-cookie'].includes(name))
      headers.set(name, value);
  });
  if (response.status >= 400) {
    body = errorBody(response.status, body);
    headers.set('content-type', 'application/json; charset=utf-8');
  }
  if (res.headersSent || res.destroyed) return;
  res.statusCode = response.status;
  for (const [name, value] of headers) res.setHeader(name, value);
  const cookies = response.headers.getSetCookie();
  if (cookies.length > 0) res.setHeader('set-cookie', cookies);
  if (response.status === 204 || response.status === 304) {
    res.end();
    return;
  }
  res.setHeader('content-length', body.length);
  res.end(body);
}

/**
 * Serves MSW handlers as a real HTTP server, for WeChat devtools and anything that cannot run a
 * service worker, and survives any request: every refusal and error is a `{ code, message }` JSON reply
 * with a 4xx/5xx status (a handler's exception is logged and answered 500; Node's parse errors 400).
 *
 * Closed by default (docs/decisions/009-mock-host-closed-http-server.md): bound to 127.0.0.1; a `Host`
 * that is malformed is refused with 400, one that is not this server's (DNS rebinding) with 421; a
 * request from a browser origin outside `allowedOrigins` (preflights included) with 403, and CORS is
 * granted to those origins only, never `*`; a body over `maxBodyBytes` with 413, a body that is not
 * `application/json` on any method but GET/HEAD with 415, JSON nested over 64 deep or malformed with 400,
 * an `Idempotency-Key` over 128 characters with 400 (an upload, a multipart route of `BACKEND_ROUTES`, is
 * bounded by `MAX_UPLOAD_BODY_BYTES` instead, 413 `ATTACHMENT_TOO_LARGE`, and its form is read by the
 * handler); the developer controls (`/__mock…`) without the
 * control token with 401, with a wrong one with 403. Unknown routes answer 404.
 *
 * @example
 * const server = await startMockHostServer(createMockHost().handlers, { port: 0 })
 * await fetch(`${server.url}/__mock/backend/reset`, {
 *   method: 'POST',
 *   headers: { 'x-hushi-mock-token': server.controlToken },
 * })
 * await server.close()
 */
export async function startMockHostServer(
  handlers: RequestHandler[],
  {
    port = 8787,
    hostname = '127.0.0.1',
    maxBodyBytes = REQUEST_LIMITS.maxBodyBytes,
    allowedOrigins = DEFAULT_ALLOWED_ORIGINS,
    allowedHosts = [],
    controlToken = randomBase64url(24),
  }: MockHostServerOptions = {},
): Promise<MockHostServer> {
  const origins = new Set(allowedOrigins.map((origin) => origin.toLowerCase().replace(/\/$/, '')));
  // Set once listening: the allowed `Host` values depend on the port picked.
  let hostVerdict: (host: string | undefined) => HostVerdict = () => 'foreign';

  const originAllowed = (origin: string): boolean => {
    if (origins.has(origin.toLowerCase())) return true;
    // The server's own origins: the control page's fetches, and any allowed `Host` over http.
    const own = /^http:\/\/(.+)$/i.exec(origin);
    return own?.[1] !== undefined && hostVerdict(own[1]) === 'allowed';
  };

  /**
   * The answer to one request: a refusal, msw's response, or `undefined` when there is no one to
   * answer (the client went away). Headers every answer carries are set on `res` on the way.
   */
  async function answer(
    req: IncomingMessage,
    res: ServerResponse,
  ): Promise<Response | RequestRefusal | undefined> {
    const host = hostVerdict(req.headers.host);
    if (host !== 'allowed') return requestRefusal(host === 'malformed' ? 'BAD_HOST' : 'HOST_NOT_ALLOWED');
    const origin = req.headers.origin;
    if (origin !== undefined) {
      if (!originAllowed(origin)) return requestRefusal('ORIGIN_NOT_ALLOWED');
      res.setHeader('access-control-allow-origin', origin);
    }
    const method = req.method ?? 'GET';
    if (method === 'OPTIONS') {
      return new Response(null, {
        status: 204,
        headers: {
          'access-control-allow-methods': CORS_ALLOWED_METHODS,
          'access-control-allow-headers': CORS_ALLOWED_HEADERS,
          'access-control-max-age': '600',
          allow: CORS_ALLOWED_METHODS,
        },
      });
    }

    const target = req.url ?? '';
    let url: URL;
    try {
      if (!target.startsWith('/')) throw new URIError('not an origin-form request target');
      url = new URL(`http://${req.headers.host ?? ''}${target}`);
      // No id or name of this API has a NUL, and the database cannot store one.
      if (decodeURIComponent(url.pathname).includes('\0')) throw new URIError('NUL in the path');
    } catch {
      return requestRefusal('BAD_PATH');
    }
    if (isControlPath(url.pathname)) {
      // The control page is opened from a link, which cannot send a header: it may carry `?token=`.
      const pageToken =
        method === 'GET' && /^\/__mock\/?$/.test(url.pathname)
          ? url.searchParams.get(MOCK_TOKEN_PARAM)
          : null;
      const given = headerOf(req, MOCK_TOKEN_HEADER) ?? pageToken;
      if (given === null || given === '') return requestRefusal('MOCK_TOKEN_REQUIRED');
      if (!controlTokenMatches(given, controlToken)) return requestRefusal('MOCK_TOKEN_INVALID');
      // The control page's URL carries the token: keep it out of Referer headers.
      res.setHeader('referrer-policy', 'no-referrer');
    }
    const keyRefusal = idempotencyKeyRefusal(headerOf(req, 'idempotency-key'));
    if (keyRefusal) return keyRefusal;

    const upload = isUpload(method, url.pathname);
    const read = await readBody(req, upload ? MAX_UPLOAD_BODY_BYTES : maxBodyBytes);
    if (read.kind === 'aborted') return undefined;
    if (read.kind === 'tooLarge') return requestRefusal(upload ? 'ATTACHMENT_TOO_LARGE' : 'BODY_TOO_LARGE');
    let body: Uint8Array<ArrayBuffer> | undefined;
    if (upload) {
      if (read.bytes.length > 0) body = read.bytes;
    } else if (!METHODS_WITHOUT_BODY.has(method)) {
      const parsed = parseJsonBody(read.bytes, headerOf(req, 'content-type'));
      if (!parsed.ok) return parsed.refusal;
      if (read.bytes.length > 0) body = read.bytes;
    }

    let request: Request;
    try {
      const headers = new Headers();
      for (let i = 0; i + 1 < req.rawHeaders.length; i += 2) {
        headers.append(req.rawHeaders[i] as string, req.rawHeaders[i + 1] as string);
      }
      request = new Request(url, { method, headers, ...(body === undefined ? {} : { body }) });
    } catch {
      return requestRefusal('BAD_REQUEST');
    }
    const response = await getResponse(handlers, request);
    // No handler, or one that lets the request through to a network there is none of.
    if (response === undefined || response.headers.get('x-msw-intention') === 'passthrough')
      return requestRefusal('NOT_FOUND');
    return response;
  }

  async function serve(req: IncomingMessage, res: ServerResponse): Promise<void> {
    res.setHeader('x-content-type-options', 'nosniff');
    res.setHeader('vary', 'Origin');
    const outcome = await answer(req, res);
    if (outcome === undefined) return;
    // A network error (a reply lost on the way, see networkFaults.ts): the connection drops unanswered.
    if (outcome instanceof Response && outcome.type === 'error') {
      res.destroy();
      return;
    }
    // Answered before the body was read (or all of it): throw the rest away, within bounds.
    discardRest(req, DISCARD_LIMITS * maxBodyBytes);
    if (outcome instanceof Response) await sendResponse(res, outcome);
    else sendRefusal(res, outcome);
  }

  const server = createHttpServer((req, res) => {
    serve(req, res).catch((error: unknown) => {
      console.error(`mock host: ${req.method ?? ''} ${req.url ?? ''} failed`, error);
      discardRest(req, DISCARD_LIMITS * maxBodyBytes);
      sendRefusal(res, requestRefusal('SERVER'));
    });
  });
  server.on('clientError', (error: NodeJS.ErrnoException, socket: Duplex) => {
    // A peer gone, or a reply already begun on this socket: nothing more can be answered.
    const current = (socket as { _httpMessage?: { headersSent?: boolean } })._httpMessage;
    if (error.code === 'ECONNRESET' || !socket.writable || current?.headersSent === true) {
      socket.destroy();
      return;
    }
    const code: RequestRefusalCode =
      error.code === 'HPE_HEADER_OVERFLOW'
        ? 'HEADERS_TOO_LARGE'
        : error.code === 'ERR_HTTP_REQUEST_TIMEOUT'
          ? 'REQUEST_TIMEOUT'
          : 'BAD_REQUEST';
    socket.end(rawRefusal(code));
  });

  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, hostname, () => {
      server.off('error', reject);
      resolve();
    });
  });
  // Errors of a listening server (a socket's) must not end the process.
  server.on('error', (error) => {
    console.error('mock host: server error', error);
  });
  const address = server.address() as AddressInfo;
  const wildcard = ['0.0.0.0', '::'].includes(hostname);
  hostVerdict = createHostAllowlist({
    hostname,
    port: address.port,
    allowedHosts: wildcard ? [...interfaceHosts(), ...allowedHosts] : allowedHosts,
  });
  const urlHost = wildcard ? '127.0.0.1' : hostname.includes(':') ? `[${hostname}]` : hostname;
  return {
    url: `http://${urlHost}:${address.port}`,
    controlToken,
    close: () =>
      new Promise((resolve, reject) => {
        server.closeAllConnections();
        server.close((error) => {
          if (error) reject(error);
          else resolve();
        });
      }),
  };
}
