// Serves an H5 build as a production web server would, for `npm run size`'s first-screen measure: the
// files gzipped (compressed once at start, as nginx's gzip_static serves them), revalidated by ETag,
// content-hashed names cached for good; the customs backend behind the same origin (`/api/…` proxied).
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { createServer, request as httpRequest } from 'node:http';
import { extname, join, relative, sep } from 'node:path';
import { gzipSync } from 'node:zlib';

const CONTENT_TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.woff': 'font/woff',
  '.woff2': 'font/woff2',
  '.ttf': 'font/ttf',
  '.txt': 'text/plain; charset=utf-8',
};
/** Types worth compressing; images and fonts are compressed already. */
const COMPRESSIBLE = new Set(['.html', '.js', '.css', '.json', '.svg', '.txt', '.ttf']);
/** A name carrying a content hash (`app.3f9c1a2b.js`): its content never changes under that name. */
const HASHED_NAME = /\.[0-9a-f]{8,}\.[a-z0-9]+$/;

/** The paths proxied to the backend: the customs backend's routes (the sdk's BACKEND_ROUTES). */
const BACKEND_PREFIX = '/api/';

/**
 * Reads every file of `distDir` once: its bytes, gzip (level 9) when worth it, ETag and caching.
 * @returns {Map<string, { type: string, body: Buffer, gzip?: Buffer, etag: string, cacheControl: string }>}
 *   keyed by URL path (`/js/app.js`)
 */
function loadFiles(distDir) {
  const files = new Map();
  for (const entry of readdirSync(distDir, { recursive: true })) {
    const path = join(distDir, entry);
    if (!statSync(path).isFile()) continue;
    const ext = extname(path);
    const body = readFileSync(path);
    const gzip = COMPRESSIBLE.has(ext) ? gzipSync(body, { level: 9 }) : undefined;
    files.set(`/${relative(distDir, path).split(sep).join('/')}`, {
      type: CONTENT_TYPES[ext] ?? 'application/octet-stream',
      body,
      ...(gzip && gzip.length < body.length ? { gzip } : {}),
      etag: `"${createHash('sha256').update(body).digest('base64url').slice(0, 22)}"`,
      // index.html and unhashed names are checked with the server on each load (a 304 when unchanged).
      cacheControl: HASHED_NAME.test(path) ? 'public, max-age=31536000, immutable' : 'no-cache',
    });
  }
  return files;
}

/**
 * Forwards a request to the backend. To the browser the app and the backend are one origin; the
 * backend is told so (its own `Host`, and an `Origin` of this server read as its own).
 */
function proxy(req, res, backend, ownOrigin) {
  const headers = { ...req.headers, host: backend.host };
  if (headers.origin === ownOrigin) headers.origin = backend.origin;
  const forwarded = httpRequest(backend, { method: req.method, path: req.url, headers }, (answer) => {
    res.writeHead(answer.statusCode ?? 502, answer.headers);
    answer.pipe(res);
  });
  forwarded.on('error', () => {
    if (!res.headersSent) res.writeHead(502);
    res.end();
  });
  req.pipe(forwarded);
}

/**
 * Starts the server on 127.0.0.1. `port` 0 picks a free one.
 * @param {{ distDir: string, backendUrl: string, port?: number }} options the build (with its
 *   `index.html`) and the backend's base URL (e.g. a mock host server's)
 * @returns {Promise<{ url: string, close(): Promise<void> }>} `url` ends with `/`
 */
export async function serveH5Build({ distDir, backendUrl, port = 0 }) {
  const files = loadFiles(distDir);
  const backend = new URL(backendUrl);
  let ownOrigin = '';
  const server = createServer((req, res) => {
    const path = new URL(req.url ?? '/', 'http://x').pathname;
    if (path.startsWith(BACKEND_PREFIX)) {
      proxy(req, res, backend, ownOrigin);
      return;
    }
    const file = files.get(path === '/' ? '/index.html' : decodeURIComponent(path));
    if (!file || (req.method !== 'GET' && req.method !== 'HEAD')) {
      res.writeHead(404, { 'content-type': 'text/plain; charset=utf-8' });
      res.end('not found');
      return;
    }
    const headers = { 'content-type': file.type, etag: file.etag, 'cache-control': file.cacheControl };
    if (file.gzip) headers.vary = 'accept-encoding';
    if (req.headers['if-none-match'] === file.etag) {
      res.writeHead(304, headers);
      res.end();
      return;
    }
    const gzip = file.gzip && /\bgzip\b/.test(req.headers['accept-encoding'] ?? '');
    const body = gzip ? file.gzip : file.body;
    if (gzip) headers['content-encoding'] = 'gzip';
    headers['content-length'] = body.length;
    res.writeHead(200, headers);
    res.end(req.method === 'HEAD' ? undefined : body);
  });
  await new Promise((resolve) => server.listen(port, '127.0.0.1', resolve));
  ownOrigin = `http://127.0.0.1:${server.address().port}`;
  return {
    url: `${ownOrigin}/`,
    close: () =>
      new Promise((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
