// The production-like server of `npm run size`'s first-screen measure.
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { createServer, get as httpGet } from 'node:http';
import type { IncomingHttpHeaders } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { serveH5Build } from '../scripts/serveH5Build.mjs';
import type { H5BuildServer } from '../scripts/serveH5Build.mjs';

const APP_JS = `console.log(${JSON.stringify('互市'.repeat(200))});`;
let dist: string;
let server: H5BuildServer;
const backend = createServer((req, res) => {
  res.setHeader('content-type', 'application/json');
  res.end(JSON.stringify({ url: req.url, host: req.headers.host, origin: req.headers.origin ?? null }));
});
let backendUrl: string;

beforeAll(async () => {
  dist = mkdtempSync(join(tmpdir(), 'hushi-h5-build-'));
  mkdirSync(join(dist, 'js'));
  writeFileSync(join(dist, 'index.html'), '<!doctype html><script src="/js/app.0123abcd.js"></script>');
  writeFileSync(join(dist, 'js/app.0123abcd.js'), APP_JS);
  writeFileSync(join(dist, 'js/plain.js'), APP_JS);
  await new Promise<void>((resolve) => backend.listen(0, '127.0.0.1', resolve));
  backendUrl = `http://127.0.0.1:${(backend.address() as AddressInfo).port}`;
  server = await serveH5Build({ distDir: dist, backendUrl });
});
afterAll(async () => {
  await server.close();
  await new Promise((resolve) => backend.close(resolve));
  rmSync(dist, { recursive: true, force: true });
});

/** A GET as sent, its answer as received (fetch would decompress and hide the encoding). */
function get(
  path: string,
  headers: Record<string, string> = {},
): Promise<{ status: number; headers: IncomingHttpHeaders; body: Buffer }> {
  return new Promise((resolve, reject) => {
    httpGet(new URL(path, server.url), { headers }, (response) => {
      const chunks: Buffer[] = [];
      response.on('data', (chunk: Buffer) => chunks.push(chunk));
      response.on('end', () => {
        resolve({ status: response.statusCode ?? 0, headers: response.headers, body: Buffer.concat(chunks) });
      });
    }).on('error', reject);
  });
}

it('serves index.html at / and every file gzipped to a client that accepts it', async () => {
  const page = await get('/');
  expect(page.headers['content-type']).toBe('text/html; charset=utf-8');
  expect(page.headers['cache-control']).toBe('no-cache');
  const gzipped = await get('/js/app.0123abcd.js', { 'accept-encoding': 'gzip, deflate' });
  expect(gzipped.headers['content-encoding']).toBe('gzip');
  expect(gzipped.headers.vary).toBe('accept-encoding');
  expect(Number(gzipped.headers['content-length'])).toBe(gzipped.body.length);
  expect(gzipped.body.length).toBeLessThan(APP_JS.length);
  expect(gunzipSync(gzipped.body).toString()).toBe(APP_JS);
  const plain = await get('/js/app.0123abcd.js');
  expect(plain.headers['content-encoding']).toBeUndefined();
  expect(plain.body.toString()).toBe(APP_JS);
});

it('caches hashed names for good, revalidates the others, and answers a matching ETag with 304', async () => {
  const hashed = await get('/js/app.0123abcd.js');
  expect(hashed.headers['cache-control']).toBe('public, max-age=31536000, immutable');
  const plain = await get('/js/plain.js');
  expect(plain.headers['cache-control']).toBe('no-cache');
  const again = await get('/js/plain.js', { 'if-none-match': plain.headers.etag ?? '' });
  expect(again.status).toBe(304);
  expect(again.body.length).toBe(0);
  expect((await get('/js/missing.js')).status).toBe(404);
});

it('passes /api/… to the backend as one origin with the page', async () => {
  const response = await fetch(new URL('/api/v1/sessions?x=1', server.url), {
    method: 'POST',
    headers: { origin: server.url.replace(/\/$/, ''), 'content-type': 'application/json' },
    body: '{}',
  });
  expect(await response.json()).toEqual({
    url: '/api/v1/sessions?x=1',
    host: new URL(backendUrl).host,
    origin: backendUrl,
  });
});
