// The sdk's dev HTTP transport against the mock host as a real HTTP server on loopback.
import { afterAll, beforeAll, expect, it } from 'vitest';
import { createBridge, createDevHttpTransport, isBridgeError } from '@hushi/sdk';
import { bridgeHandlers } from '../src/handlers/bridge';
import { createBridgeHost } from '../src/host/bridgeHost';
import { fixtureMethods } from '../src/host/fixtureMethods';
import { MOCK_TOKEN_HEADER } from '../src/controlToken';
import { startMockHostServer } from '../src/server';
import type { MockHostServer } from '../src/server';

const host = createBridgeHost({ methods: fixtureMethods() });
let server: MockHostServer;

beforeAll(async () => {
  server = await startMockHostServer(bridgeHandlers(host, { holdMs: 2_000 }), { port: 0 });
});
afterAll(async () => {
  await server.close();
});

it('connects, calls and receives host events over HTTP', async () => {
  const bridge = await createBridge({ transport: createDevHttpTransport({ baseUrl: server.url }) });
  expect(bridge.host.hostName).toBe('hushi-mock-host');
  expect(await bridge.call('location.get', { datum: 'wgs84' })).toMatchObject({
    datum: 'wgs84',
    source: 'gps',
  });

  const expired = new Promise((resolve) => bridge.on('session.expired', resolve));
  // Give the first poll time to learn the cursor, then emit through the control endpoint.
  await new Promise((resolve) => setTimeout(resolve, 200));
  const emitted = await fetch(`${server.url}/__mock/bridge/emit`, {
    method: 'POST',
    headers: { [MOCK_TOKEN_HEADER]: server.controlToken, 'content-type': 'application/json' },
    body: JSON.stringify({ event: 'session.expired', data: { reason: 'timeout' } }),
  });
  expect(emitted.status).toBe(200);
  expect(await expired).toEqual({ reason: 'timeout' });
  bridge.close();
});

it('answers CORS preflights of the H5 dev page on another port, and of no other origin', async () => {
  const preflight = (origin: string): Promise<Response> =>
    fetch(`${server.url}/__bridge/v1`, {
      method: 'OPTIONS',
      headers: { origin, 'access-control-request-method': 'POST' },
    });
  const allowed = await preflight('http://127.0.0.1:10086');
  expect(allowed.status).toBe(204);
  expect(allowed.headers.get('access-control-allow-origin')).toBe('http://127.0.0.1:10086');
  expect(allowed.headers.get('access-control-allow-headers')).toContain('content-type');
  const foreign = await preflight('http://evil.example');
  expect(foreign.status).toBe(403);
  expect(foreign.headers.get('access-control-allow-origin')).toBeNull();
});

it('rejects HOST_NOT_FOUND when nothing listens at the URL', async () => {
  const closed = await startMockHostServer([], { port: 0 });
  await closed.close();
  const error: unknown = await createBridge({
    transport: createDevHttpTransport({ baseUrl: closed.url }),
  }).catch((e: unknown) => e);
  expect(isBridgeError(error, 'HOST_NOT_FOUND')).toBe(true);
});
