// The developer controls of the mock host over HTTP, with the sdk's dev HTTP binding as the app.
import { afterAll, beforeAll, expect, it } from 'vitest';
import { createBridge, createDevHttpTransport } from '@hushi/sdk';
import { createMockHost } from '../src/handlers/index';
import { DEFAULT_SCENARIOS } from '../src/scenarios';
import { startMockHostServer } from '../src/server';
import type { MockHostServer } from '../src/server';
import { createMemoryStorage } from '../src/hostStorage';

const mock = createMockHost({ storage: createMemoryStorage() });
let server: MockHostServer;

beforeAll(async () => {
  server = await startMockHostServer(mock.handlers, { port: 0 });
});
afterAll(async () => {
  await server.close();
});

const put = (body: unknown): Promise<Response> =>
  fetch(`${server.url}/__mock/scenarios`, {
    method: 'PUT',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify(body),
  });

it('serves a control page listing every scenario', async () => {
  const response = await fetch(`${server.url}/__mock`);
  expect(response.headers.get('content-type')).toMatch(/^text\/html/);
  const html = await response.text();
  for (const name of ['inside', 'gcj02', 'permissionDenied', 'livenessFailed', 'oldHost', 'slow']) {
    expect(html).toContain(`<option value="${name}"`);
  }
  expect(html).toContain('/__mock/bridge/emit');
  expect(html).toContain('/__mock/backend/reset');
});

it('lists the scenarios and their choices as JSON', async () => {
  mock.scenarios.reset();
  const body = (await (await fetch(`${server.url}/__mock/scenarios`)).json()) as {
    scenarios: unknown;
    catalogue: { location: { name: string }[] };
  };
  expect(body.scenarios).toEqual(DEFAULT_SCENARIOS);
  expect(body.catalogue.location.map((s) => s.name)).toContain('lowAccuracy');
});

it('switches scenarios with PUT, and the app sees the change on its next call', async () => {
  mock.scenarios.reset();
  const bridge = await createBridge({ transport: createDevHttpTransport({ baseUrl: server.url }) });
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
    problems: [expect.stringContaining('face'), expect.stringContaining('slowDelayMs')],
  });
  const notJson = await fetch(`${server.url}/__mock/scenarios`, { method: 'PUT', body: '{' });
  expect(notJson.status).toBe(400);
  expect(mock.scenarios.get()).toEqual(DEFAULT_SCENARIOS);
});

it('fires session.expired from the control endpoint the page uses', async () => {
  const bridge = await createBridge({ transport: createDevHttpTransport({ baseUrl: server.url }) });
  const expired = new Promise((resolve) => bridge.on('session.expired', resolve));
  // Give the first poll time to learn the cursor.
  await new Promise((resolve) => setTimeout(resolve, 200));
  const response = await fetch(`${server.url}/__mock/bridge/emit`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ event: 'session.expired', data: { reason: 'timeout' } }),
  });
  expect(response.status).toBe(200);
  expect(await expired).toEqual({ reason: 'timeout' });
  bridge.close();
});
