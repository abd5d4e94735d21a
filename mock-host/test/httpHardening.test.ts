// The hostile tester's findings against the mock host's HTTP server, one test each: it stays up,
// answers `{ code, message }` JSON, bounds its input and keeps its control plane closed.
import { connect } from 'node:net';
import { afterAll, beforeAll, expect, it, vi } from 'vitest';
import { http, HttpResponse } from 'msw';
import { getResponse } from 'msw';
import { MOCK_TOKEN_HEADER } from '../src/controlToken';
import { backendHandlers } from '../src/handlers/backend';
import { createMockHost } from '../src/createMockHost';
import { createMemoryStorage } from '../src/host/hostStorage';
import { REQUEST_LIMITS } from '../src/jsonBody';
import { DEMO_AUTH_CODE } from '../src/backend/seedPersons';
import type { CustomsBackend } from '../src/backend/customsBackend';
import { startMockHostServer } from '../src/server';
import type { MockHostServer } from '../src/server';
import { createKeepAliveAgent, rawRequest } from './rawHttp';
import type { RawReply, RawRequest } from './rawHttp';

const mock = createMockHost({ storage: createMemoryStorage() });
const agent = createKeepAliveAgent(4);
let server: MockHostServer;
let port: string;

beforeAll(async () => {
  server = await startMockHostServer(mock.handlers, { port: 0 });
  port = new URL(server.url).port;
  // The backend opens its database on first use: not in the first test's time.
  await rawRequest(server.url, { path: '/api/v1/me/identities', headers: { authorization: 'Bearer x' } });
}, 30_000);
afterAll(async () => {
  agent.destroy();
  await server.close();
});

const send = (request: RawRequest): Promise<RawReply> => rawRequest(server.url, request, { agent });
const json = { 'content-type': 'application/json' };
const control = (): Record<string, string> => ({ [MOCK_TOKEN_HEADER]: server.controlToken });

/** The reply is `{ code, message }` JSON with this status and code, and no trace of the code base. */
function expectRefusal(reply: RawReply, status: number, code?: string): void {
  expect(reply.status, reply.text).toBe(status);
  expect(reply.headers['content-type']).toMatch(/^application\/json/);
  const body = reply.json as { code?: unknown; message?: unknown } | undefined;
  expect(typeof body?.code, reply.text).toBe('string');
  expect(typeof body?.message, reply.text).toBe('string');
  if (code !== undefined) expect(body?.code).toBe(code);
  expect(reply.text).not.toMatch(/<html|\bat \w|\/work\/|node_modules|\.ts:\d/i);
}

/** A request that must answer 401: the server is up and routing. */
async function expectAlive(): Promise<void> {
  expectRefusal(await send({ path: '/api/v1/me/identities' }), 401, 'SESSION_EXPIRED');
}

/** Logs the demo 边民 in as 边民; the session token. */
async function login(): Promise<string> {
  const reply = await send({
    method: 'POST',
    path: '/api/v1/sessions',
    headers: json,
    body: JSON.stringify({ authCode: DEMO_AUTH_CODE }),
  });
  expect(reply.status, reply.text).toBeLessThan(300);
  const { token } = reply.json as { token: string };
  const identity = await send({
    method: 'PUT',
    path: '/api/v1/me/identity',
    headers: { ...json, authorization: `Bearer ${token}` },
    body: JSON.stringify({ role: 'resident' }),
  });
  expect(identity.status, identity.text).toBe(200);
  return token;
}

it('refuses a malformed Host with 400 and stays up', async () => {
  for (const host of ['[', 'a b', '%', '::1', 'localhost:99999', '', 'a@b', '127.0.0.1:8787/x']) {
    expectRefusal(await send({ path: '/api/v1/me/identities', headers: { host } }), 400, 'BAD_HOST');
  }
  await expectAlive();
});

it('refuses a foreign Host (DNS rebinding) with 421', async () => {
  for (const host of ['evil.example', `evil.example:${port}`, '127.0.0.1:1', `10.0.0.1:${port}`]) {
    expectRefusal(await send({ path: '/api/v1/me/identities', headers: { host } }), 421, 'HOST_NOT_ALLOWED');
  }
  for (const host of [`127.0.0.1:${port}`, `localhost:${port}`, `[::1]:${port}`]) {
    expectRefusal(await send({ path: '/api/v1/me/identities', headers: { host } }), 401);
  }
});

it('answers the allowed hosts it was given', async () => {
  const local = await startMockHostServer(mock.handlers, { port: 0, allowedHosts: ['devbox.lan'] });
  try {
    const reply = await rawRequest(local.url, {
      path: '/api/v1/me/identities',
      headers: { host: `devbox.lan:${new URL(local.url).port}` },
    });
    expectRefusal(reply, 401);
  } finally {
    await local.close();
  }
});

it('answers a malformed percent-encoding with 400 JSON, and %25 as the id "%"', async () => {
  for (const path of ['/api/v1/declarations/entry/%E0%A4%A', '/api/v1/declarations/entry/%', '/api/%zz']) {
    expectRefusal(await send({ path }), 400, 'BAD_PATH');
  }
  const token = await login();
  const reply = await send({
    path: '/api/v1/declarations/entry/%25',
    headers: { authorization: `Bearer ${token}` },
  });
  expectRefusal(reply, 404);
  await expectAlive();
});

it('answers an unknown route with 404 JSON', async () => {
  expectRefusal(await send({ path: '/nowhere' }), 404, 'NOT_FOUND');
  expectRefusal(await send({ method: 'PATCH', path: '/api/v1/sessions' }), 404, 'NOT_FOUND');
});

it('refuses a body of the limit + 1 byte with 413, announced or streamed, and stays up', async () => {
  const over = ' '.repeat(REQUEST_LIMITS.maxBodyBytes + 1);
  expectRefusal(
    await send({ method: 'POST', path: '/api/v1/sessions', headers: json, body: over }),
    413,
    'BODY_TOO_LARGE',
  );
  expectRefusal(
    await send({ method: 'POST', path: '/api/v1/sessions', headers: json, body: over, chunked: true }),
    413,
    'BODY_TOO_LARGE',
  );
  // A body of exactly the limit is read.
  const fits = JSON.stringify({ authCode: 'nobody' }).padEnd(REQUEST_LIMITS.maxBodyBytes, ' ');
  const read = await send({ method: 'POST', path: '/api/v1/sessions', headers: json, body: fits });
  expect(read.status).not.toBe(413);
  expectRefusal(read, read.status);
  await expectAlive();
});

it('takes the body limit as an option', async () => {
  const small = await startMockHostServer(mock.handlers, { port: 0, maxBodyBytes: 100 });
  try {
    const body = JSON.stringify({ event: 'x'.repeat(100) });
    const reply = await rawRequest(small.url, {
      method: 'POST',
      path: '/__bridge/v1',
      headers: json,
      body,
    });
    expectRefusal(reply, 413, 'BODY_TOO_LARGE');
  } finally {
    await small.close();
  }
});

it('refuses JSON nested 65 deep with 400, reads 64', async () => {
  const nested = (depth: number): string => '['.repeat(depth) + ']'.repeat(depth);
  const deep = await send({ method: 'POST', path: '/api/v1/sessions', headers: json, body: nested(65) });
  expectRefusal(deep, 400, 'JSON_TOO_DEEP');
  const ok = await send({ method: 'POST', path: '/api/v1/sessions', headers: json, body: nested(64) });
  expect((ok.json as { code: string }).code).not.toBe('JSON_TOO_DEEP');
  const huge = await send({ method: 'POST', path: '/__bridge/v1', headers: json, body: '['.repeat(500_000) });
  expectRefusal(huge, 400, 'JSON_TOO_DEEP');
  await expectAlive();
});

it('refuses a body that is not application/json with 415, text/plain (no preflight) first', async () => {
  const body = JSON.stringify({ authCode: DEMO_AUTH_CODE });
  for (const type of ['text/plain', 'text/plain;charset=UTF-8', 'application/x-www-form-urlencoded']) {
    const reply = await send({
      method: 'POST',
      path: '/api/v1/sessions',
      headers: { 'content-type': type },
      body,
    });
    expectRefusal(reply, 415, 'UNSUPPORTED_MEDIA_TYPE');
  }
  expectRefusal(await send({ method: 'POST', path: '/api/v1/sessions', body }), 415);
  // application/json with a charset is JSON.
  const session = await send({
    method: 'POST',
    path: '/api/v1/sessions',
    headers: { 'content-type': 'application/json; charset=utf-8' },
    body,
  });
  expect(session.status).toBeLessThan(300);
});

it('takes bodiless POSTs of any content type, as the sdk, Taro and the weapp runtime send them', async () => {
  const token = await login();
  const auth = { authorization: `Bearer ${token}` };
  // The sdk client sends no Content-Type without a body (copy); WeChat sends application/json always.
  for (const headers of [
    auth,
    { ...auth, 'content-type': 'application/json' },
    { ...auth, 'content-length': '0' },
  ]) {
    const reply = await send({ method: 'POST', path: '/api/v1/declarations/entry/NO-SUCH/copies', headers });
    expectRefusal(reply, 404);
  }
  const expired = await send({ method: 'POST', path: '/__mock/backend/expire-sessions', headers: control() });
  expect(expired.status).toBe(200);
});

it('refuses an Idempotency-Key over 128 characters with 400', async () => {
  const reply = await send({
    method: 'POST',
    path: '/api/v1/declarations/entry/submissions',
    headers: { ...json, 'idempotency-key': 'k'.repeat(129) },
    body: '{}',
  });
  expectRefusal(reply, 400, 'IDEMPOTENCY_KEY_TOO_LONG');
  const fits = await send({
    method: 'POST',
    path: '/api/v1/declarations/entry/submissions',
    headers: { ...json, 'idempotency-key': 'k'.repeat(128) },
    body: '{}',
  });
  expectRefusal(fits, 401);
});

it('refuses a foreign Origin with 403, preflights too, and never answers access-control-allow-origin *', async () => {
  for (const origin of ['http://evil.example', 'null', 'http://127.0.0.1:1', 'https://127.0.0.1:10086']) {
    for (const method of ['GET', 'POST', 'OPTIONS']) {
      const reply = await send({ method, path: '/api/v1/sessions', headers: { origin } });
      expectRefusal(reply, 403, 'ORIGIN_NOT_ALLOWED');
      expect(reply.headers['access-control-allow-origin']).toBeUndefined();
    }
  }
  const h5 = await send({ path: '/api/v1/me/identities', headers: { origin: 'http://localhost:10086' } });
  expectRefusal(h5, 401);
  expect(h5.headers['access-control-allow-origin']).toBe('http://localhost:10086');
  const preflight = await send({
    method: 'OPTIONS',
    path: '/api/v1/sessions',
    headers: { origin: 'http://127.0.0.1:10087', 'access-control-request-method': 'POST' },
  });
  expect(preflight.status).toBe(204);
  expect(preflight.headers['access-control-allow-origin']).toBe('http://127.0.0.1:10087');
  // The server's own origin (its control page) is allowed.
  const own = await send({ path: '/__mock/scenarios', headers: { origin: server.url, ...control() } });
  expect(own.status).toBe(200);
  for (const reply of [h5, preflight, own, await send({ path: '/api/v1/me/identities' })]) {
    expect(reply.headers['access-control-allow-origin']).not.toBe('*');
  }
});

it('takes only the allowed origins it was given', async () => {
  const local = await startMockHostServer(mock.handlers, {
    port: 0,
    allowedOrigins: ['http://devbox.lan:3000'],
  });
  try {
    const get = (origin: string) =>
      rawRequest(local.url, { path: '/api/v1/me/identities', headers: { origin } });
    expectRefusal(await get('http://devbox.lan:3000'), 401);
    expectRefusal(await get('http://127.0.0.1:10086'), 403, 'ORIGIN_NOT_ALLOWED');
  } finally {
    await local.close();
  }
});

it('refuses every developer control without the token (401) or with a wrong one (403)', async () => {
  const controls: [string, string][] = [
    ['GET', '/__mock'],
    ['GET', '/__mock/scenarios'],
    ['PUT', '/__mock/scenarios'],
    ['POST', '/__mock/bridge/emit'],
    ['GET', '/__mock/face-keys'],
    ['POST', '/__mock/face-keys'],
    ['POST', '/__mock/backend/reset'],
    ['POST', '/__mock/backend/expire-sessions'],
    ['POST', '/__mock/backend/auth-codes'],
    ['POST', '/__mock/customs/P1/step'],
    // msw matches after any prefix and in any case.
    ['POST', '/x/__MOCK/backend/reset'],
    ['POST', '//__mock/backend/reset'],
  ];
  for (const [method, path] of controls) {
    expectRefusal(await send({ method, path }), 401, 'MOCK_TOKEN_REQUIRED');
    expectRefusal(
      await send({ method, path, headers: { [MOCK_TOKEN_HEADER]: 'guess' } }),
      403,
      'MOCK_TOKEN_INVALID',
    );
  }
  const faceKeys = await send({ path: '/__mock/face-keys', headers: control() });
  expect(faceKeys.status).toBe(200);
  const page = await send({ path: `/__mock?token=${server.controlToken}` });
  expect(page.status).toBe(200);
  expect(page.headers['content-type']).toMatch(/^text\/html/);
});

it('takes a control token given as an option', async () => {
  const local = await startMockHostServer(mock.handlers, { port: 0, controlToken: 'fixed-token' });
  try {
    expect(local.controlToken).toBe('fixed-token');
    const reply = await rawRequest(local.url, {
      path: '/__mock/scenarios',
      headers: { [MOCK_TOKEN_HEADER]: 'fixed-token' },
    });
    expect(reply.status).toBe(200);
  } finally {
    await local.close();
  }
  expect(server.controlToken).toMatch(/^[A-Za-z0-9_-]{32}$/);
});

it('answers a handler exception with 500 JSON, no stack, and stays up', async () => {
  const logged = vi.spyOn(console, 'error').mockImplementation(() => undefined);
  const failing = await startMockHostServer(
    [
      http.get('*/boom', () => {
        throw new Error('secret at /work/main/mock-host/src/x.ts:1');
      }),
      http.get('*/html-error', () => new HttpResponse('<html>oops</html>', { status: 400 })),
      http.get('*/ok', () => HttpResponse.json({ ok: true })),
    ],
    { port: 0 },
  );
  try {
    for (let i = 0; i < 3; i++) {
      const reply = await rawRequest(failing.url, { path: '/boom' });
      expectRefusal(reply, 500);
      expect(reply.text).not.toContain('secret');
    }
    // A handler's error body that is not `{ code, message }` JSON is replaced by one.
    expectRefusal(await rawRequest(failing.url, { path: '/html-error' }), 400, 'BAD_REQUEST');
    expect((await rawRequest(failing.url, { path: '/ok' })).json).toEqual({ ok: true });
    // The exception is logged on the server, for the developer.
    expect(logged).toHaveBeenCalledTimes(3);
  } finally {
    logged.mockRestore();
    await failing.close();
  }
});

it('answers an exception of the backend with 500 JSON at the handler, in the page as over HTTP', async () => {
  const logged = vi.spyOn(console, 'error').mockImplementation(() => undefined);
  const broken = {
    handle: () => Promise.reject(new Error('database at /var/lib/secret is gone')),
  } as unknown as CustomsBackend;
  const response = await getResponse(
    backendHandlers(broken),
    new Request('http://page.test/api/v1/me/identities'),
  );
  expect(response?.status).toBe(500);
  expect(await response?.json()).toEqual({ code: 'SERVER', message: '系统繁忙，请稍后重试' });
  expect(logged).toHaveBeenCalledOnce();
  logged.mockRestore();
});

it('holds the body limits in the page (MSW, no server) too', async () => {
  const handlers = mock.handlers;
  const post = (body: string, type = 'application/json', key?: string) =>
    getResponse(
      handlers,
      new Request('http://page.test/api/v1/sessions', {
        method: 'POST',
        headers: { 'content-type': type, ...(key === undefined ? {} : { 'idempotency-key': key }) },
        body,
      }),
    );
  expect((await post('{}', 'text/plain'))?.status).toBe(415);
  expect((await post(' '.repeat(REQUEST_LIMITS.maxBodyBytes + 1)))?.status).toBe(413);
  expect(await (await post('['.repeat(65)))?.json()).toMatchObject({ code: 'JSON_TOO_DEEP' });
  expect(await (await post('{', 'application/json'))?.json()).toEqual({
    code: 'BAD_JSON',
    message: '请求格式有误',
  });
  expect((await post('{}', 'application/json', 'k'.repeat(129)))?.status).toBe(400);
  const id = await getResponse(handlers, new Request('http://page.test/api/v1/declarations/entry/%25'));
  expect(id?.status).toBe(401);
});

it('answers what Node cannot parse with 400 JSON and closes, and stays up', async () => {
  const reply = await new Promise<string>((resolve, reject) => {
    const socket = connect(Number(port), '127.0.0.1', () => {
      socket.write('GET /\u0001 HTTP/1.1\r\nHost: 127.0.0.1\r\n\r\n');
    });
    let text = '';
    socket.on('data', (chunk: Buffer) => {
      text += chunk.toString('utf8');
    });
    socket.on('end', () => {
      resolve(text);
    });
    socket.on('error', reject);
  });
  expect(reply).toMatch(/^HTTP\/1\.1 400 /);
  expect(reply).toMatch(/content-type: application\/json/i);
  expect(reply).toContain('"code":"BAD_REQUEST"');
  await expectAlive();
});
