// Property: whatever a client sends, the mock host's HTTP server answers (never 5xx, never a reset),
// every error is `{ code, message }` JSON, no `*` CORS, the closed parts stay closed, and it is alive
// after each batch. Over 10,000 random requests: BACKEND_ROUTES with mutated ids, the bridge and the
// developer controls, random Host/Origin/Content-Type/Authorization/Idempotency-Key/token headers and
// bodies up to the limits (JSON, deep nesting, not JSON, the limit itself and one byte more).
import { afterAll, beforeAll, expect, it } from 'vitest';
import fc from 'fast-check';
import { BACKEND_ROUTES } from '@hushi/sdk';
import { DEMO_AUTH_CODE } from '../src/backend/seedPersons';
import { MOCK_TOKEN_HEADER } from '../src/controlToken';
import { createMockHost } from '../src/createMockHost';
import { createMemoryStorage } from '../src/host/hostStorage';
import { REQUEST_LIMITS } from '../src/jsonBody';
import { startMockHostServer } from '../src/server';
import type { MockHostServer } from '../src/server';
import { createKeepAliveAgent, rawRequest } from './rawHttp';
import type { RawReply, RawRequest } from './rawHttp';

const BATCHES = 200;
const BATCH_SIZE = 50;

const agent = createKeepAliveAgent(16);
let server: MockHostServer;
let port = '';
let session = '';

beforeAll(async () => {
  server = await startMockHostServer(createMockHost({ storage: createMemoryStorage() }).handlers, {
    port: 0,
  });
  port = new URL(server.url).port;
  const json = { 'content-type': 'application/json' };
  const login = await rawRequest(server.url, {
    method: 'POST',
    path: '/api/v1/sessions',
    headers: json,
    body: JSON.stringify({ authCode: DEMO_AUTH_CODE }),
  });
  session = (login.json as { token: string }).token;
  await rawRequest(server.url, {
    method: 'PUT',
    path: '/api/v1/me/identity',
    headers: { ...json, authorization: `Bearer ${session}` },
    body: JSON.stringify({ role: 'resident' }),
  });
}, 30_000);
afterAll(async () => {
  agent.destroy();
  await server.close();
});

/** A request, and what the generator knows it should be refused for. */
interface Case {
  request: RawRequest;
  hostOk: boolean;
  originOk: boolean;
  tokenOk: boolean;
}

// Characters node:http lets a client put in a header value (latin1, no controls but tab).
const headerChar = fc
  .integer({ min: 0x20, max: 0xff })
  .filter((c) => c !== 0x7f && (c < 0x80 || c > 0x9f))
  .map((c) => String.fromCharCode(c));
const headerText = (maxLength: number) => fc.string({ unit: headerChar, maxLength });
// Characters node:http lets a client put in a path, as sent (no space, nothing above latin1).
const pathChar = fc.integer({ min: 0x21, max: 0x7e }).map((c) => String.fromCharCode(c));

/**
 * Requests against the server at `port` with its control `token`; `session` is a valid bearer token.
 */
function caseArbitrary(port: string, controlToken: string, session: string): fc.Arbitrary<Case> {
  /** Path parameter values: plain, percent garbage, encoded unicode, very long, dot segments. */
  const idArb = fc.oneof(
    { weight: 3, arbitrary: fc.stringMatching(/^[A-Za-z0-9]{1,20}$/) },
    { weight: 2, arbitrary: fc.constantFrom('entry', 'import', 'P2024000001', '..', '.', '%2e%2e', '') },
    {
      weight: 3,
      arbitrary: fc.constantFrom(
        '%',
        '%25',
        '%zz',
        '%E0%A4%A',
        '%00',
        '%2F',
        '%ff',
        '%C0%AF',
        '%%',
        '%u4e2d',
        '%E4%B8',
      ),
    },
    { weight: 2, arbitrary: fc.string({ unit: 'grapheme', maxLength: 12 }).map(encodeURIComponent) },
    {
      weight: 1,
      arbitrary: fc.string({ unit: pathChar, maxLength: 30 }).map((s) => s.replace(/[?#/]/g, '')),
    },
    { weight: 1, arbitrary: fc.integer({ min: 200, max: 6000 }).map((n) => 'x'.repeat(n)) },
  );

  const backendPathArb = fc
    .tuple(fc.constantFrom(...Object.values(BACKEND_ROUTES)), idArb, idArb)
    .map(([route, kind, id]) => ({
      method: route.method,
      path: route.path.replace(':kind', kind).replace(':preEntryNumber', id),
    }));

  const otherPathArb = fc.oneof(
    fc.constantFrom(
      { method: 'POST', path: '/__bridge/v1' },
      { method: 'POST', path: '/__bridge/v1/events' },
      { method: 'POST', path: '/__mock/bridge/emit' },
      { method: 'GET', path: '/__mock' },
      { method: 'GET', path: '/__mock/scenarios' },
      { method: 'PUT', path: '/__mock/scenarios' },
      { method: 'GET', path: '/__mock/face-keys' },
      { method: 'POST', path: '/__mock/face-keys' },
      { method: 'POST', path: '/__mock/backend/reset' },
      { method: 'POST', path: '/__mock/backend/expire-sessions' },
      { method: 'POST', path: '/__mock/backend/auth-codes' },
      { method: 'POST', path: '/x/__MOCK/backend/reset' },
      { method: 'GET', path: '/nowhere' },
      { method: 'GET', path: '/' },
    ),
    idArb.map((id) => ({ method: 'POST', path: `/__mock/customs/${id}/step` })),
    fc.string({ unit: pathChar, maxLength: 60 }).map((s) => ({ method: 'GET', path: `/${s}` })),
  );

  const methodArb = (own: string) =>
    fc.oneof(
      { weight: 6, arbitrary: fc.constant(own) },
      { weight: 1, arbitrary: fc.constantFrom('GET', 'POST', 'PUT', 'DELETE', 'PATCH', 'OPTIONS', 'HEAD') },
    );

  const hostArb = fc.oneof(
    {
      weight: 12,
      arbitrary: fc
        .constantFrom('127.0.0.1', 'localhost', '[::1]')
        .map((h) => ({ value: `${h}:${port}`, ok: true })),
    },
    {
      weight: 1,
      arbitrary: fc
        .constantFrom('[', 'a b', '%', '::1', 'localhost:99999', '', 'a@b', '[::1', 'x:y:z')
        .map((value) => ({ value, ok: false })),
    },
    {
      weight: 1,
      arbitrary: fc
        .constantFrom('evil.example', 'localhost', '127.0.0.1:1', `10.0.0.1:${port}`)
        .map((value) => ({ value, ok: false })),
    },
    { weight: 1, arbitrary: headerText(40).map((value) => ({ value, ok: value === `127.0.0.1:${port}` })) },
  );

  const originArb = fc.oneof(
    { weight: 8, arbitrary: fc.constant({ value: undefined as string | undefined, ok: true }) },
    {
      weight: 2,
      arbitrary: fc
        .constantFrom('http://127.0.0.1:10086', 'http://localhost:10087')
        .map((value) => ({ value, ok: true })),
    },
    {
      weight: 2,
      arbitrary: fc
        .constantFrom('http://evil.example', 'null', 'https://127.0.0.1:10086', 'http://127.0.0.1:1')
        .map((value) => ({ value, ok: false })),
    },
    { weight: 1, arbitrary: headerText(40).map((value) => ({ value, ok: false })) },
  );

  const nested = (depth: number, open: string, close: string) =>
    open.repeat(depth) + '1' + close.repeat(depth);
  const bodyArb = fc.oneof(
    { weight: 8, arbitrary: fc.constant(undefined as string | undefined) },
    { weight: 6, arbitrary: fc.json({ maxDepth: 4 }) },
    {
      weight: 2,
      arbitrary: fc.constantFrom(
        JSON.stringify({ authCode: DEMO_AUTH_CODE }),
        JSON.stringify({ role: 'resident' }),
        JSON.stringify({ reason: '测试' }),
        JSON.stringify({ event: 'sentToCustoms' }),
        JSON.stringify({ event: 'session.expired', data: {} }),
        JSON.stringify({ after: null }),
        JSON.stringify({ location: 'outside' }),
        JSON.stringify({ personId: 'P0001' }),
        JSON.stringify({ jwk: { kty: 'EC', crv: 'P-256', x: 'AA', y: 'AA' } }),
      ),
    },
    {
      weight: 2,
      arbitrary: fc
        .tuple(fc.integer({ min: 55, max: 80 }), fc.boolean(), fc.boolean())
        .map(([depth, arrays, closed]) => {
          const text = arrays ? nested(depth, '[', ']') : nested(depth, '{"a":', '}');
          return closed ? text : text.slice(0, text.length - depth);
        }),
    },
    { weight: 2, arbitrary: fc.string({ maxLength: 200 }) },
    {
      weight: 1,
      arbitrary: fc.constantFrom(
        `"${'x'.repeat(REQUEST_LIMITS.maxBodyBytes - 2)}"`,
        `"${'x'.repeat(REQUEST_LIMITS.maxBodyBytes - 1)}"`,
        '['.repeat(100_000),
      ),
    },
  );

  const contentTypeArb = fc.oneof(
    { weight: 8, arbitrary: fc.constant('application/json') },
    {
      weight: 3,
      arbitrary: fc.constantFrom(
        undefined,
        'application/json; charset=utf-8',
        'text/plain',
        'text/plain;charset=UTF-8',
        'application/x-www-form-urlencoded',
        'multipart/form-data; boundary=x',
      ),
    },
    { weight: 1, arbitrary: headerText(30) },
  );

  const authorizationArb = fc.oneof(
    { weight: 3, arbitrary: fc.constant(undefined as string | undefined) },
    {
      weight: 4,
      arbitrary: fc.constantFrom('Bearer', 'bearer', 'BEARER').map((scheme) => `${scheme} ${session}`),
    },
    { weight: 2, arbitrary: headerText(60).map((t) => `Bearer ${t}`) },
    { weight: 1, arbitrary: headerText(60).map((t) => `bearer ${t}`) },
    { weight: 1, arbitrary: headerText(60) },
  );

  const keyArb = fc.oneof(
    { weight: 3, arbitrary: fc.constant(undefined as string | undefined) },
    { weight: 3, arbitrary: fc.uuid() },
    { weight: 1, arbitrary: fc.integer({ min: 120, max: 140 }).map((n) => 'k'.repeat(n)) },
    { weight: 1, arbitrary: headerText(200) },
  );

  const tokenArb = fc.oneof(
    { weight: 2, arbitrary: fc.constant({ value: undefined as string | undefined, ok: false }) },
    {
      weight: 3,
      arbitrary: fc.constant({ value: controlToken, ok: true }),
    },
    { weight: 1, arbitrary: headerText(40).map((value) => ({ value, ok: false })) },
  );

  return fc
    .tuple(
      fc.oneof({ weight: 3, arbitrary: backendPathArb }, { weight: 2, arbitrary: otherPathArb }),
      hostArb,
      originArb,
      bodyArb,
      contentTypeArb,
      authorizationArb,
      keyArb,
      tokenArb,
      fc.boolean(),
    )
    .chain(([target, host, origin, body, contentType, authorization, key, token, chunked]) =>
      methodArb(target.method).map((method) => {
        // A numeric `after` holds an events poll open for 20 s: not what this test is about.
        const safeBody = target.path.includes('/events') && body?.includes('"after":') ? '{}' : body;
        const headers: Record<string, string> = { host: host.value };
        if (origin.value !== undefined) headers.origin = origin.value;
        if (contentType !== undefined) headers['content-type'] = contentType;
        if (authorization !== undefined) headers.authorization = authorization;
        if (key !== undefined) headers['idempotency-key'] = key;
        if (token.value !== undefined) headers[MOCK_TOKEN_HEADER] = token.value;
        const hasBody = safeBody !== undefined && method !== 'GET' && method !== 'HEAD';
        return {
          request: {
            method,
            path: target.path,
            headers,
            ...(hasBody ? { body: safeBody, chunked } : {}),
          },
          hostOk: host.ok,
          originOk: origin.ok,
          tokenOk: token.ok,
        };
      }),
    );
}

/** A request in a line, long values cut. */
function describeCase({ request }: Case): string {
  const cut = (text: string) => (text.length > 100 ? `${text.slice(0, 100)}…(${text.length})` : text);
  const headers = Object.entries(request.headers ?? {}).map(
    ([name, value]) => `${name}: ${cut(String(value))}`,
  );
  const body =
    request.body === undefined
      ? ''
      : ` body${request.chunked ? ' (chunked)' : ''} ${cut(String(request.body))}`;
  return `${request.method ?? 'GET'} ${cut(request.path)} [${headers.join('; ')}]${body}`;
}

/** What must hold of any reply. */
function checkReply(c: Case, reply: RawReply): void {
  const { request, hostOk, originOk, tokenOk } = c;
  const label = `${describeCase(c)} → ${reply.status} ${reply.text.slice(0, 200)}`;
  expect(reply.status, label).toBeGreaterThanOrEqual(200);
  expect(reply.status, label).toBeLessThan(500);
  expect(reply.headers['access-control-allow-origin'], label).not.toBe('*');
  const type = String(reply.headers['content-type'] ?? '');
  if (reply.status >= 400) {
    expect(type, label).toMatch(/^application\/json/);
    if (request.method !== 'HEAD') {
      const body = reply.json as { code?: unknown; message?: unknown } | undefined;
      expect(typeof body?.code, label).toBe('string');
      expect(typeof body?.message, label).toBe('string');
    }
  } else if (reply.text !== '') {
    const page = request.method === 'GET' && /^\/__mock\/?$/i.test(request.path.split('?')[0] ?? '');
    expect(type, label).toMatch(page ? /^text\/html/ : /^application\/json/);
  }
  // The closed parts: a foreign Host or Origin, or a control without its token, never succeeds.
  if (reply.status < 300 && request.method !== 'OPTIONS') {
    expect(hostOk && originOk, label).toBe(true);
    if (/__mock/i.test(request.path)) expect(tokenOk, label).toBe(true);
  }
}

it(`answers ${BATCHES * BATCH_SIZE} random requests without a 5xx or a reset, always JSON errors, and stays up`, async () => {
  let sent = 0;
  await fc.assert(
    fc.asyncProperty(
      fc.array(caseArbitrary(port, server.controlToken, session), {
        minLength: BATCH_SIZE,
        maxLength: BATCH_SIZE,
      }),
      async (batch) => {
        const replies = await Promise.all(
          batch.map((c) =>
            rawRequest(server.url, c.request, { agent, timeoutMs: 15_000 }).catch(
              (error: unknown) => error as Error,
            ),
          ),
        );
        sent += batch.length;
        batch.forEach((c, i) => {
          const reply = replies[i] as RawReply | Error;
          if (reply instanceof Error) throw new Error(`${describeCase(c)}: no reply, ${reply.message}`);
          checkReply(c, reply);
        });
        // Alive: a request that must answer 401 (no session) after every batch.
        const alive = await rawRequest(server.url, { path: '/api/v1/me/identities' }, { agent });
        expect(alive.status).toBe(401);
      },
    ),
    // A failing batch is reported by its first failing request; shrinking 50 requests would not help.
    {
      numRuns: BATCHES,
      endOnFailure: true,
      reporter: (details) => {
        if (!details.failed) return;
        const cause =
          details.errorInstance instanceof Error
            ? details.errorInstance.message
            : String(details.errorInstance);
        throw new Error(`seed ${details.seed}: ${cause}`);
      },
    },
  );
  expect(sent).toBeGreaterThanOrEqual(10_000);
}, 120_000);
