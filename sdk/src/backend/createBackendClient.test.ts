import { expect, it, vi } from 'vitest';
import type { EntryDeclarationInput } from '../declaration/entryDeclaration';
import { BackendError, isBackendError, isUnansweredBackendError } from '../errors';
import { createBackendClient } from './createBackendClient';
import { HttpTimeoutError } from './httpAdapter';
import type { HttpRequest, HttpResponse } from './httpAdapter';
import { BACKEND_ROUTES } from './routes';

const BASE = 'https://backend.test/';
const json = (status: number, body: unknown): HttpResponse => ({
  status,
  headers: { 'content-type': 'application/json' },
  body: JSON.stringify(body),
});
const RECEIPT = { preEntryNumber: '202401000000000001', status: 'declared' };

/** A fake adapter: records every request and answers from a queue (default: 200 with RECEIPT). */
function fake(...answers: (HttpResponse | Error)[]) {
  const requests: HttpRequest[] = [];
  const adapter = vi.fn((request: HttpRequest): Promise<HttpResponse> => {
    requests.push(request);
    const answer = answers.shift() ?? json(200, RECEIPT);
    return answer instanceof Error ? Promise.reject(answer) : Promise.resolve(answer);
  });
  let keys = 0;
  const client = createBackendClient({
    baseUrl: BASE,
    adapter,
    sessionToken: 'tok-1',
    createIdempotencyKey: () => `key-${++keys}`,
  });
  return { client, requests, adapter };
}

const DECLARATION = { kind: 'entry' } as EntryDeclarationInput;

const caught = async (promise: Promise<unknown>): Promise<BackendError> => {
  try {
    await promise;
  } catch (error) {
    if (error instanceof BackendError) return error;
    throw error;
  }
  throw new Error('expected a BackendError');
};

it('exchanges the auth code without a session and keeps the returned token', async () => {
  const { client, requests } = fake(json(201, { token: 'tok-2', expiresAt: '2026-01-01T00:00:00Z' }));
  client.setSessionToken(undefined);
  expect(await client.exchangeSession('code-9')).toEqual({
    token: 'tok-2',
    expiresAt: '2026-01-01T00:00:00Z',
  });
  expect(requests[0]).toEqual({
    method: 'POST',
    url: 'https://backend.test/api/v1/sessions',
    headers: { Accept: 'application/json', 'Content-Type': 'application/json' },
    body: '{"authCode":"code-9"}',
    timeoutMs: 15_000,
  });
  expect(client.sessionToken).toBe('tok-2');
});

it('attaches the session as a bearer token and builds each route’s URL and method', async () => {
  const { client, requests } = fake();
  await client.getIdentities();
  await client.selectIdentity('cooperative');
  await client.getCodeTables(['currency', 'country']);
  await client.getSupervisionSites('8609');
  await client.getFences();
  await client.createFaceChallenge({ purpose: 'submit', businessId: 'draft-1' });
  await client.getDetail('import', '202403000000000007');
  await client.copy('entry', '202401000000000001');
  await client.delete('entry', '202401000000000001');
  await client.listPendingAuthentications('import', { page: 2 });
  expect(requests.map((r) => `${r.method} ${r.url.slice(BASE.length - 1)}`)).toEqual([
    'GET /api/v1/me/identities',
    'PUT /api/v1/me/identity',
    'GET /api/v1/code-tables?names=currency%2Ccountry',
    'GET /api/v1/supervision-sites?customsCode=8609',
    'GET /api/v1/fences',
    'POST /api/v1/face-challenges',
    'GET /api/v1/declarations/import/202403000000000007',
    'POST /api/v1/declarations/entry/202401000000000001/copies',
    'DELETE /api/v1/declarations/entry/202401000000000001',
    'GET /api/v1/authentications/import/pending?page=2',
  ]);
  for (const request of requests) {
    expect(request.headers.Authorization).toBe('Bearer tok-1');
    expect(request.headers['Idempotency-Key']).toBeUndefined();
  }
  expect(requests[1]?.body).toBe('{"role":"cooperative"}');
});

it('sends the 申请记录查询 and 单据查询 filters as a query string, leaving out empty ones', async () => {
  const { client, requests } = fake();
  await client.queryRecords('entry', {
    preEntryNumber: '202401000000003569',
    businessMode: '02',
    status: 'pendingAuthentication',
    from: '2024-01-01',
    to: '',
  });
  await client.queryDocuments('import', { declarationNumber: '860992208101100002', page: 1, pageSize: 20 });
  expect(requests[0]?.url).toBe(
    'https://backend.test/api/v1/declarations/entry?preEntryNumber=202401000000003569&businessMode=02&status=pendingAuthentication&from=2024-01-01',
  );
  expect(requests[1]?.url).toBe(
    'https://backend.test/api/v1/declaration-documents/import?declarationNumber=860992208101100002&page=1&pageSize=20',
  );
});

it('sends an Idempotency-Key with every save, submit, modify, change, revoke and authenticate, a new one per action', async () => {
  const { client, requests } = fake();
  await client.saveDraft('entry', { declaration: DECLARATION });
  await client.saveDraft('entry', { declaration: DECLARATION }, { idempotencyKey: 'queued-1' });
  await client.submit('entry', { declaration: DECLARATION, faceTicket: 'jws' });
  await client.modify('entry', '202401000000000001', { declaration: DECLARATION });
  await client.change('entry', '202401000000000001', { declaration: DECLARATION });
  await client.revoke('entry', '202401000000000001', '申报信息有误');
  await client.authenticate('import', '202403000000000007', 'jws-2');
  expect(requests.map((r) => [r.method, r.url.slice(BASE.length - 1), r.headers['Idempotency-Key']])).toEqual(
    [
      ['POST', '/api/v1/declarations/entry/drafts', 'key-1'],
      ['POST', '/api/v1/declarations/entry/drafts', 'queued-1'],
      ['POST', '/api/v1/declarations/entry/submissions', 'key-2'],
      ['PUT', '/api/v1/declarations/entry/202401000000000001', 'key-3'],
      ['POST', '/api/v1/declarations/entry/202401000000000001/changes', 'key-4'],
      ['POST', '/api/v1/declarations/entry/202401000000000001/revocations', 'key-5'],
      ['POST', '/api/v1/authentications/import/202403000000000007', 'key-6'],
    ],
  );
  expect(requests[5]?.body).toBe('{"reason":"申报信息有误"}');
  expect(requests[6]?.body).toBe('{"faceTicket":"jws-2"}');
});

it('keeps the failed action’s key on the error so that a retry reuses it', async () => {
  const { client, requests } = fake(new TypeError('socket hang up'), json(503, {}), json(200, RECEIPT));
  const first = await caught(client.submit('entry', { declaration: DECLARATION }));
  expect([first.code, first.retryable, first.idempotencyKey]).toEqual(['NETWORK', true, 'key-1']);
  const second = await caught(
    client.submit('entry', { declaration: DECLARATION }, { idempotencyKey: first.idempotencyKey }),
  );
  expect([second.code, second.status, second.retryable, second.idempotencyKey]).toEqual([
    'SERVER',
    503,
    true,
    'key-1',
  ]);
  expect(await client.submit('entry', { declaration: DECLARATION }, { idempotencyKey: 'key-1' })).toEqual(
    RECEIPT,
  );
  expect(requests.map((r) => r.headers['Idempotency-Key'])).toEqual(['key-1', 'key-1', 'key-1']);
});

it('maps a network failure to NETWORK with a Chinese message and the cause', async () => {
  const cause = new TypeError('Failed to fetch');
  const { client } = fake(cause);
  const error = await caught(client.getIdentities());
  expect(error.code).toBe('NETWORK');
  expect(error.message).toBe('网络连接失败，请检查网络后重试');
  expect(error.cause).toBe(cause);
  expect(error.status).toBeUndefined();
});

it('fails with TIMEOUT at the deadline, keeping the action’s key, even when the adapter never answers', async () => {
  vi.useFakeTimers();
  try {
    const requests: HttpRequest[] = [];
    const client = createBackendClient({
      baseUrl: BASE,
      sessionToken: 'tok-1',
      timeoutMs: 5_000,
      createIdempotencyKey: () => 'key-1',
      adapter: (request) => {
        requests.push(request);
        return new Promise<HttpResponse>(() => undefined);
      },
    });
    const pending = caught(client.submit('entry', { declaration: DECLARATION }));
    await vi.advanceTimersByTimeAsync(4_999);
    expect(vi.getTimerCount()).toBe(1);
    await vi.advanceTimersByTimeAsync(1);
    const error = await pending;
    expect([error.code, error.retryable, error.idempotencyKey, error.message]).toEqual([
      'TIMEOUT',
      true,
      'key-1',
      '网络请求超时，请检查网络后重试',
    ]);
    expect(requests[0]?.timeoutMs).toBe(5_000);
    expect(isUnansweredBackendError(error)).toBe(true);
    expect(vi.getTimerCount()).toBe(0);
  } finally {
    vi.useRealTimers();
  }
});

it('maps an adapter’s own HttpTimeoutError to TIMEOUT and other rejections to NETWORK', async () => {
  const { client } = fake(new HttpTimeoutError('request:fail timeout'), new TypeError('request:fail'));
  expect((await caught(client.getIdentities())).code).toBe('TIMEOUT');
  const network = await caught(client.getIdentities());
  expect(network.code).toBe('NETWORK');
  expect(isUnansweredBackendError(network)).toBe(true);
  expect(isUnansweredBackendError(new BackendError('SERVER', 'x'))).toBe(false);
});

it('maps 401 to SESSION_EXPIRED, drops the token and tells the app once', async () => {
  const onSessionExpired = vi.fn();
  const requests: HttpRequest[] = [];
  const client = createBackendClient({
    baseUrl: BASE,
    sessionToken: 'tok-1',
    onSessionExpired,
    adapter: (request) => {
      requests.push(request);
      return Promise.resolve(json(401, { code: 'TOKEN_EXPIRED' }));
    },
  });
  const error = await caught(client.queryRecords('entry'));
  expect([error.code, error.status, error.message]).toEqual([
    'SESSION_EXPIRED',
    401,
    '登录已超时，请重新登录',
  ]);
  expect(error.data).toEqual({ backendCode: 'TOKEN_EXPIRED' });
  expect(client.sessionToken).toBeUndefined();
  expect(onSessionExpired).toHaveBeenCalledTimes(1);
  // Without a session nothing is sent: the same typed error comes back at once.
  const again = await caught(client.queryRecords('entry'));
  expect(isBackendError(again, 'SESSION_EXPIRED')).toBe(true);
  expect(requests).toHaveLength(1);
  expect(onSessionExpired).toHaveBeenCalledTimes(1);
});

it('maps 422 to VALIDATION with each field’s Chinese message and path', async () => {
  const body = {
    code: 'VALIDATION_FAILED',
    message: '申报信息有误',
    errors: [
      { path: 'goods[3].quantity', message: '请输入申报数量' },
      { path: 'header.currency', message: '请选择正确的币制' },
      { nonsense: true },
    ],
  };
  const { client } = fake(json(422, body));
  const error = await caught(client.submit('entry', { declaration: DECLARATION }));
  expect([error.code, error.status, error.message, error.retryable]).toEqual([
    'VALIDATION',
    422,
    '申报信息有误',
    false,
  ]);
  expect(error.fieldErrors).toEqual([
    { path: 'goods[3].quantity', message: '请输入申报数量' },
    { path: 'header.currency', message: '请选择正确的币制' },
  ]);
  expect(error.idempotencyKey).toBe('key-1');
});

it('maps 403, 404, 409, other 4xx and 5xx to their codes, with a default message when the body has none', async () => {
  const { client } = fake(
    json(403, {}),
    json(404, {}),
    json(409, { message: '当前状态不允许撤销' }),
    json(429, {}),
    { status: 502, headers: {}, body: '<html>Bad Gateway</html>' },
  );
  const codes = [];
  for (let i = 0; i < 5; i += 1) {
    const error = await caught(client.revoke('entry', '202401000000000001', '原因'));
    codes.push([error.code, error.message]);
  }
  expect(codes).toEqual([
    ['FORBIDDEN', '当前身份无权进行此操作'],
    ['NOT_FOUND', '未找到该单据'],
    ['CONFLICT', '当前状态不允许撤销'],
    ['BAD_REQUEST', '请求有误，请稍后重试'],
    ['SERVER', '系统繁忙，请稍后重试'],
  ]);
});

it('accepts a body an adapter already parsed, an empty 204, and refuses a 2xx that is not JSON', async () => {
  const { client } = fake(
    { status: 200, headers: {}, body: { items: [], total: 0, page: 1, pageSize: 20 } },
    { status: 204, headers: {}, body: '' },
    { status: 200, headers: {}, body: 'not json' },
  );
  expect(await client.queryDocuments('entry')).toEqual({ items: [], total: 0, page: 1, pageSize: 20 });
  await expect(client.delete('entry', '202401000000000001')).resolves.toBeUndefined();
  expect((await caught(client.getIdentities())).code).toBe('BAD_RESPONSE');
});

it('hands out fresh keys for callers that hold the key of an action before sending it', () => {
  const { client } = fake();
  expect([client.newIdempotencyKey(), client.newIdempotencyKey()]).toEqual(['key-1', 'key-2']);
});

it('marks exactly the six keyed actions as idempotent routes', () => {
  const idempotent = Object.entries(BACKEND_ROUTES)
    .filter(([, route]) => route.idempotent)
    .map(([name]) => name);
  expect(idempotent.sort()).toEqual(['authenticate', 'change', 'modify', 'revoke', 'saveDraft', 'submit']);
});
