// Every scenario of the mock host through the real sdk client, and the fixes through the sdk fence checker.
import { readFileSync } from 'node:fs';
import { afterEach, expect, it } from 'vitest';
import {
  createBridge,
  createFenceChecker,
  createInMemoryBinding,
  isBridgeError,
  loadFences,
  toWgs84,
} from '@hushi/sdk';
import type { Bridge, FenceFix } from '@hushi/sdk';
import { createMockHost } from '../src/createMockHost';
import type { MockHost } from '../src/createMockHost';
import type { ScenarioPatch } from '../src/host/scenarios';
import { createMemoryStorage } from '../src/host/hostStorage';

const NOW = Date.UTC(2026, 10, 25, 2, 0, 0);
const ports = loadFences(
  JSON.parse(readFileSync(new URL('../../sdk/test/fixtures/fences/ports.geojson', import.meta.url), 'utf8')),
);
const checker = createFenceChecker(ports, {
  connectedHeadCustoms: new Set(['0700', '7200', '8600']),
  toWgs84,
  now: () => NOW,
});

const opened: Bridge[] = [];
afterEach(() => {
  for (const bridge of opened.splice(0)) bridge.close();
});

/** A mock host on the test clock, reached by the sdk client over an in-memory binding. */
async function connect(patch: ScenarioPatch = {}): Promise<{ mock: MockHost; bridge: Bridge }> {
  const mock = createMockHost({ storage: createMemoryStorage(), now: () => NOW });
  mock.scenarios.set(patch);
  const binding = createInMemoryBinding();
  binding.host.onRequest((raw) => {
    void mock.host.handle(raw).then((reply) => {
      if (reply) binding.host.deliver(reply);
    });
  });
  const bridge = await createBridge({ transport: binding.transport });
  opened.push(bridge);
  return { mock, bridge };
}

const located = [
  ['inside', 'inside'],
  ['outside', 'outside'],
  ['far', 'outside'],
  ['lowAccuracy', 'uncertain'],
  ['gcj02', 'inside'],
] as const;

for (const [scenario, status] of located) {
  it(`gives a ${scenario} fix that the fence checker finds ${status}`, async () => {
    const { bridge } = await connect({ location: scenario });
    const fix: FenceFix = await bridge.call('location.get', { datum: 'gcj02', highAccuracy: true });
    expect(fix.timestamp).toBe(NOW);
    expect(checker.check(fix).status).toBe(status);
  });
}

it('tells an outside fix its distance and direction to the fence', async () => {
  const { bridge } = await connect({ location: 'outside' });
  const verdict = checker.check(await bridge.call('location.get', { datum: 'wgs84' }));
  expect(verdict).toMatchObject({
    status: 'outside',
    nearest: { fence: { id: 'erenhot' }, direction: '北' },
  });
  if (verdict.status === 'outside') expect(verdict.nearest?.distanceM).toBeCloseTo(350, -1);
});

it('puts a far fix hundreds of kilometres from the nearest fence', async () => {
  const { bridge } = await connect({ location: 'far' });
  const verdict = checker.check(await bridge.call('location.get', { datum: 'wgs84' }));
  expect(verdict.status === 'outside' && verdict.nearest?.distanceM).toBeGreaterThan(200_000);
});

it('labels WGS-84 fixes wgs84 even when GCJ-02 is asked', async () => {
  const { bridge } = await connect({ location: 'inside' });
  expect(await bridge.call('location.get', { datum: 'gcj02' })).toMatchObject({
    datum: 'wgs84',
    source: 'gps',
  });
});

it('answers the gcj02 scenario in the datum asked, both inside the fence', async () => {
  const { bridge } = await connect({ location: 'gcj02' });
  const gcj = await bridge.call('location.get', { datum: 'gcj02' });
  const wgs = await bridge.call('location.get', { datum: 'wgs84' });
  expect(gcj.datum).toBe('gcj02');
  expect(wgs.datum).toBe('wgs84');
  expect(checker.check(wgs).status).toBe('inside');
  // Back through gcoord's inverse, the GCJ-02 fix lands within a metre of the WGS-84 one.
  const back = toWgs84(gcj);
  expect(Math.abs(back.lat - wgs.lat) * 111_320).toBeLessThan(1);
  expect(Math.abs(back.lng - wgs.lng) * 80_000).toBeLessThan(1);
  // Read as WGS-84, the shifted fix would be hundreds of metres off: the label is what makes it inside.
  expect(checker.check({ ...gcj, datum: 'wgs84' }).status).toBe('outside');
});

for (const [scenario, code] of [
  ['unavailable', 'LOCATION_UNAVAILABLE'],
  ['permissionDenied', 'PERMISSION_DENIED'],
] as const) {
  it(`rejects location.get with ${code} in the ${scenario} scenario`, async () => {
    const { bridge } = await connect({ location: scenario });
    const error: unknown = await bridge.call('location.get', { datum: 'wgs84' }).catch((e: unknown) => e);
    expect(isBridgeError(error, code)).toBe(true);
  });
}

it('passes face verification with a ticket the backend accepts for the current person', async () => {
  const { mock, bridge } = await connect();
  mock.scenarios.setCurrentPerson({ personId: 'P0042' });
  const subject = { personId: 'P0042', purpose: 'declare', bizId: 'D2026001' } as const;
  const nonce = 'nonce-of-the-backend-0123456789ab';
  const { ticket } = await bridge.call('face.verify', { purpose: 'declare', bizId: 'D2026001', nonce });
  expect(await mock.faceTickets.verifyFaceTicket(ticket, { ...subject, nonce })).toMatchObject({
    ok: true,
    claims: { sub: 'P0042' },
  });
});

for (const [scenario, code] of [
  ['livenessFailed', 'FACE_LIVENESS_FAILED'],
  ['notMatched', 'FACE_NOT_MATCHED'],
  ['cancelled', 'CANCELLED'],
] as const) {
  it(`rejects face.verify with ${code} in the ${scenario} scenario`, async () => {
    const { bridge } = await connect({ face: scenario });
    const params = { purpose: 'declare', bizId: 'D1', nonce: 'n0123456789abcdef' } as const;
    const error: unknown = await bridge.call('face.verify', params).catch((e: unknown) => e);
    expect(isBridgeError(error, code)).toBe(true);
  });
}

it('plays a full host that declares every method', async () => {
  const { bridge } = await connect({ host: 'full' });
  expect(bridge.supports('face.verify')).toBe(true);
  expect(bridge.supports('location.get')).toBe(true);
});

it('plays an old host without face.verify, which the client refuses locally', async () => {
  const { mock, bridge } = await connect({ host: 'oldHost' });
  expect(bridge.supports('face.verify')).toBe(false);
  expect(Object.keys(mock.host.info().methods)).not.toContain('face.verify');
  const params = { purpose: 'declare', bizId: 'D1', nonce: 'n0123456789abcdef' } as const;
  const error: unknown = await bridge.call('face.verify', params).catch((e: unknown) => e);
  expect(isBridgeError(error, 'UNSUPPORTED_METHOD')).toBe(true);
  expect(await bridge.call('location.get', { datum: 'wgs84' })).toMatchObject({ datum: 'wgs84' });
});

it('plays a slow host whose replies come after the client timeout', async () => {
  const { mock, bridge } = await connect({ host: 'slow', slowDelayMs: 300 });
  const error: unknown = await bridge
    .call('location.get', { datum: 'wgs84' }, { timeoutMs: 100 })
    .catch((e: unknown) => e);
  expect(isBridgeError(error, 'TIMEOUT')).toBe(true);
  const started = Date.now();
  expect(await bridge.call('location.get', { datum: 'wgs84' }, { timeoutMs: 2_000 })).toMatchObject({
    datum: 'wgs84',
  });
  expect(Date.now() - started).toBeGreaterThanOrEqual(250);
  mock.scenarios.set({ host: 'full' });
  expect(await bridge.call('app.close', {}, { timeoutMs: 100 })).toEqual({});
});

it('follows a scenario change between two calls of the same connection', async () => {
  const { mock, bridge } = await connect();
  expect(checker.check(await bridge.call('location.get', { datum: 'wgs84' })).status).toBe('inside');
  mock.scenarios.set({ location: 'outside' });
  expect(checker.check(await bridge.call('location.get', { datum: 'wgs84' })).status).toBe('outside');
});
