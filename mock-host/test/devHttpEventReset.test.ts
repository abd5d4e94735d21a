// The sdk's dev HTTP transport against the mock host's real events handler (msw/node): a host restart
// and an overrun ring answer a reset, the transport recovers from it, and held polls are bounded.
import { afterAll, afterEach, beforeAll, expect, it } from 'vitest';
import { setupServer } from 'msw/node';
import { createBridge, createDevHttpTransport } from '@hushi/sdk';
import type { Bridge, BridgeLogger } from '@hushi/sdk';
import { createBridgeHost } from '../src/host/bridgeHost';
import type { BridgeHost, BridgeHostOptions } from '../src/host/bridgeHost';
import { fixtureMethods } from '../src/host/fixtureMethods';
import { bridgeHandlers } from '../src/handlers/bridge';

const BASE = 'http://mock-host.test';
const HOLD_MS = 300;
const server = setupServer();

beforeAll(() => {
  server.listen({ onUnhandledRequest: 'error' });
});
afterEach(() => {
  server.resetHandlers();
});
afterAll(() => {
  server.close();
});

/** Starts (or "restarts") the mock host at {@link BASE}: later handlers of `server.use` win. */
function startHost(options: Partial<BridgeHostOptions> = {}, holdMs = HOLD_MS): BridgeHost {
  const host = createBridgeHost({ methods: fixtureMethods(), ...options });
  server.use(...bridgeHandlers(host, { holdMs }));
  return host;
}

/** A bridge over the dev HTTP transport that records the `session.expired` reasons and the warnings. */
async function connect(): Promise<{ bridge: Bridge; reasons: unknown[]; warnings: unknown[] }> {
  const warnings: unknown[] = [];
  const logger: BridgeLogger = { debug: () => undefined, warn: (_message, data) => warnings.push(data) };
  const transport = createDevHttpTransport({ baseUrl: BASE, retryDelayMs: 20, logger });
  const bridge = await createBridge({ transport });
  const reasons: unknown[] = [];
  bridge.on('session.expired', (data) => reasons.push(data.reason));
  return { bridge, reasons, warnings };
}

/** Resolves once `host` holds a poll, i.e. the transport has learnt its cursor and waits. */
async function pollHeldBy(host: BridgeHost): Promise<void> {
  await expect.poll(() => host.pendingWaits()).toBe(1);
}

it('recovers from a restart of the host: the old cursor gets a reset and the next session.expired arrives', async () => {
  const before = startHost();
  const { bridge, reasons, warnings } = await connect();
  await pollHeldBy(before);
  before.emit('session.expired', { reason: 'timeout' });
  await expect.poll(() => reasons).toEqual(['timeout']);

  // The restart: a new instance starts its log again, and emits before the client's next poll reaches it.
  const after = startHost();
  after.emit('session.expired', { reason: 'logout' });
  await expect.poll(() => reasons, { timeout: 3_000 }).toEqual(['timeout', 'logout']);
  expect(warnings).toMatchObject([{ reason: 'unknown', delivered: 1 }]);

  // From the new cursor on, events come as usual.
  await pollHeldBy(after);
  after.emit('session.expired', { reason: 'account-switch' });
  await expect.poll(() => reasons).toEqual(['timeout', 'logout', 'account-switch']);
  expect(warnings).toHaveLength(1);
  bridge.close();
});

it('answers a reset when the ring overran the cursor, with the newest events, and goes on', async () => {
  const host = startHost({ eventCapacity: 4 });
  const { bridge, reasons, warnings } = await connect();
  await pollHeldBy(host);
  // Ten events in one go: the held poll wakes after the ring dropped the six oldest.
  for (let i = 1; i <= 10; i++) host.emit('session.expired', { reason: i === 10 ? 'logout' : 'timeout' });
  await expect.poll(() => reasons).toEqual(['timeout', 'timeout', 'timeout', 'logout']);
  expect(warnings).toMatchObject([{ reason: 'expired', delivered: 4 }]);
  await pollHeldBy(host);
  host.emit('session.expired', { reason: 'account-switch' });
  await expect.poll(() => reasons).toHaveLength(5);
  bridge.close();
});

it('a poll from a previous host instance is answered at once with a reset, not held', async () => {
  const before = createBridgeHost({ methods: {} });
  before.emit('app.visibility', { visible: true });
  const { cursor: old } = before.eventsAfter(null);
  const host = startHost();
  const started = Date.now();
  const response = await fetch(`${BASE}/__bridge/v1/events`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ after: old }),
  });
  expect(Date.now() - started).toBeLessThan(HOLD_MS);
  expect(await response.json()).toEqual({
    reset: true,
    reason: 'unknown',
    cursor: host.eventsAfter(null).cursor,
    events: [],
  });
});

it('holds at most maxEventWaiters polls, answers 503 beyond, and releases a poll whose client aborts', async () => {
  // Held far longer than the test waits: only the abort can end the first poll in time.
  const host = startHost({ maxEventWaiters: 1 }, 60_000);
  const { cursor } = host.eventsAfter(null);
  const poll = (signal?: AbortSignal): Promise<Response> =>
    fetch(`${BASE}/__bridge/v1/events`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ after: cursor }),
      signal,
    });
  const controller = new AbortController();
  const held = poll(controller.signal);
  await pollHeldBy(host);
  const refused = await poll();
  expect(refused.status).toBe(503);
  expect(refused.headers.get('retry-after')).toBe('1');

  controller.abort();
  await expect(held).rejects.toThrow();
  // The aborted poll no longer takes the one place, well before its hold time would have ended.
  await expect.poll(() => host.pendingWaits()).toBe(0);
});
