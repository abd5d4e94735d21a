// The developer controls of the mock host over HTTP, with the sdk's dev HTTP binding as the app.
import { expect, it } from 'vitest';
import { createBridge, createDevHttpTransport } from '@hushi/sdk';
import { DEFAULT_SCENARIOS } from '../src/host/scenarios';
import { MOCK_TOKEN_HEADER } from '../src/controlToken';
import { useMockHostServer } from './support/mockHostServer';

const http = useMockHostServer();
const { mock } = http;

/** The developer controls need the server's token. */
const control = (): Record<string, string> => ({ [MOCK_TOKEN_HEADER]: http.server.controlToken });

const put = (body: unknown): Promise<Response> =>
  fetch(`${http.server.url}/__mock/scenarios`, {
    method: 'PUT',
    headers: { ...control(), 'content-type': 'application/json' },
    body: JSON.stringify(body),
  });

it('serves a control page listing every scenario, opened with the token in its URL', async () => {
  const response = await fetch(`${http.server.url}/__mock?token=${http.server.controlToken}`);
  expect(response.headers.get('content-type')).toMatch(/^text\/html/);
  expect(response.headers.get('referrer-policy')).toBe('no-referrer');
  const html = await response.text();
  for (const name of ['inside', 'gcj02', 'permissionDenied', 'livenessFailed', 'oldHost', 'slow']) {
    expect(html).toContain(`<option value="${name}"`);
  }
  expect(html).toContain('/__mock/bridge/emit');
  expect(html).toContain('/__mock/backend/reset');
  // The page sends the token of its URL with its requests.
  expect(html).toContain(`'${MOCK_TOKEN_HEADER}': token`);
});

it('refuses the controls without the token (401) or with a wrong one (403)', async () => {
  expect((await fetch(`${http.server.url}/__mock`)).status).toBe(401);
  expect((await fetch(`${http.server.url}/__mock?token=wrong`)).status).toBe(403);
  const scenarios = await fetch(`${http.server.url}/__mock/scenarios`);
  expect(scenarios.status).toBe(401);
  expect(await scenarios.json()).toEqual({ code: 'MOCK_TOKEN_REQUIRED', message: '缺少模拟主机控制令牌' });
  // The query token opens the page only; the JSON controls take the header.
  expect((await fetch(`${http.server.url}/__mock/scenarios?token=${http.server.controlToken}`)).status).toBe(
    401,
  );
  const wrong = await fetch(`${http.server.url}/__mock/scenarios`, { headers: { [MOCK_TOKEN_HEADER]: 'x' } });
  expect(wrong.status).toBe(403);
});

it('lists the scenarios and their choices as JSON', async () => {
  mock.scenarios.reset();
  const body = (await (
    await fetch(`${http.server.url}/__mock/scenarios`, { headers: control() })
  ).json()) as {
    scenarios: unknown;
    catalogue: { location: { name: string }[] };
  };
  expect(body.scenarios).toEqual(DEFAULT_SCENARIOS);
  expect(body.catalogue.location.map((s) => s.name)).toContain('lowAccuracy');
});

it('switches scenarios with PUT, and the app sees the change on its next call', async () => {
  mock.scenarios.reset();
  const bridge = await createBridge({ transport: createDevHttpTransport({ baseUrl: http.server.url }) });
  expect(await bridge.call('location.get', { datum: 'wgs84' })).toMatchObject({ accuracy: 8 });
  const response = await put({ location: 'lowAccuracy', currentPerson: { personId: 'P0007' } });
  expect(response.status).toBe(200);
  expect(await response.json()).toMatchObject({
    scenarios: { location: 'lowAccuracy', face: 'pass', currentPerson: { personId: 'P0007' } },
  });
  expect(await bridge.call('location.get', { datum: 'wgs84' })).toMatchObject({ accuracy: 40 });
  expect(mock.scenarios.currentPerson()).toEqual({ personId: 'P0007' });
  bridge.close();
});

it('refuses an invalid change with 400 and the problems', async () => {
  mock.scenarios.reset();
  const response = await put({ face: 'smile', slowDelayMs: 'long' });
  expect(response.status).toBe(400);
  expect(await response.json()).toMatchObject({
    code: 'INVALID_SCENARIO',
    message: '场景设置有误',
    problems: [expect.stringContaining('face'), expect.stringContaining('slowDelayMs')],
  });
  const notJson = await fetch(`${http.server.url}/__mock/scenarios`, {
    method: 'PUT',
    headers: { ...control(), 'content-type': 'application/json' },
    body: '{',
  });
  expect(notJson.status).toBe(400);
  expect(await notJson.json()).toEqual({ code: 'BAD_JSON', message: '请求格式有误' });
  // A body not declared JSON (fetch's default text/plain) is refused before it is read as JSON.
  const plain = await fetch(`${http.server.url}/__mock/scenarios`, {
    method: 'PUT',
    headers: control(),
    body: '{}',
  });
  expect(plain.status).toBe(415);
  expect(mock.scenarios.get()).toEqual(DEFAULT_SCENARIOS);
});

it('fires session.expired from the control endpoint the page uses', async () => {
  const bridge = await createBridge({ transport: createDevHttpTransport({ baseUrl: http.server.url }) });
  const expired = new Promise((resolve) => bridge.on('session.expired', resolve));
  // Give the first poll time to learn the cursor.
  await new Promise((resolve) => setTimeout(resolve, 200));
  const response = await fetch(`${http.server.url}/__mock/bridge/emit`, {
    method: 'POST',
    headers: { ...control(), 'content-type': 'application/json' },
    body: JSON.stringify({ event: 'session.expired', data: { reason: 'timeout' } }),
  });
  expect(response.status).toBe(200);
  expect(await expired).toEqual({ reason: 'timeout' });
  bridge.close();
});
