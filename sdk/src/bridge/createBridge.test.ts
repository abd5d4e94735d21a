import { afterEach, expect, it, vi } from 'vitest';
import { BRIDGE_VERSION } from '@hushi/bridge-spec';
import type { BridgeRequest } from '@hushi/bridge-spec';
import { fixtureHostInfo, fixtureReply, startFakeHost } from '../../test/fakeHost';
import { BridgeError } from '../errors';
import { createBridge } from './createBridge';
import type { BridgeLogger } from './logger';

afterEach(() => {
  vi.useRealTimers();
});

/** Resolves with the error a promise rejects with, or fails the test if it resolves. */
async function rejection(promise: Promise<unknown>): Promise<BridgeError> {
  const error: unknown = await promise.then(
    () => {
      throw new Error('expected a rejection');
    },
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(BridgeError);
  return error as BridgeError;
}

it('connects through the host.getInfo handshake and exposes what the host said', async () => {
  const fake = startFakeHost();
  const bridge = await createBridge({ transport: fake.transport });
  expect(bridge.host.hostName).toBe('mock-host');
  expect(fake.requests[0]).toMatchObject({ v: BRIDGE_VERSION, method: 'host.getInfo', params: {} });
});

it('supports() follows the host declaration and the client table', async () => {
  const old = await createBridge({
    transport: startFakeHost(fixtureHostInfo('old host without face.verify')).transport,
  });
  expect(old.supports('location.get')).toBe(true);
  expect(old.supports('face.verify')).toBe(false);
  expect(old.supports('no.suchMethod')).toBe(false);
  expect(old.supports('constructor')).toBe(false);
});

it('rejects HOST_NOT_FOUND when nobody answers the handshake in time', async () => {
  const fake = startFakeHost();
  fake.answer('host.getInfo', () => undefined);
  const error = await rejection(createBridge({ transport: fake.transport, handshakeTimeoutMs: 30 }));
  expect(error.code).toBe('HOST_NOT_FOUND');
});

it('rejects VERSION_MISMATCH for a host of another major, whether it says so or the client sees it', async () => {
  const future = startFakeHost(fixtureHostInfo('host of another major'));
  expect((await rejection(createBridge({ transport: future.transport }))).code).toBe('VERSION_MISMATCH');

  const refusing = startFakeHost();
  refusing.answer('host.getInfo', (r) =>
    fixtureReply('host.getInfo', r.id, "host refuses the caller's major"),
  );
  expect((await rejection(createBridge({ transport: refusing.transport }))).code).toBe('VERSION_MISMATCH');
});

it('rejects INVALID_MESSAGE when the handshake result is malformed', async () => {
  const fake = startFakeHost();
  fake.answer('host.getInfo', (r) => ({ id: r.id, ok: true, result: { hostName: 'h' } }));
  expect((await rejection(createBridge({ transport: fake.transport }))).code).toBe('INVALID_MESSAGE');
});

it('resolves each method with the host result', async () => {
  const fake = startFakeHost();
  const bridge = await createBridge({ transport: fake.transport });
  expect(await bridge.call('location.get', { datum: 'wgs84' })).toMatchObject({
    lat: 21.9736,
    datum: 'wgs84',
  });
  expect((await bridge.call('auth.getSession', {})).authCode).toBe('ac_7Yc2kQ9xLm3P');
  const { ticket } = await bridge.call('face.verify', {
    purpose: 'declare',
    bizId: '202201000000003569',
    nonce: 'n0nce-3f9a2b7c1d4e5f60',
  });
  expect(ticket.split('.')).toHaveLength(3);
  expect(await bridge.call('app.close', {})).toEqual({});
});

it('refuses a method the host did not declare locally, without sending it', async () => {
  const fake = startFakeHost(fixtureHostInfo('old host without face.verify'));
  const bridge = await createBridge({ transport: fake.transport });
  const error = await rejection(
    bridge.call('face.verify', { purpose: 'declare', bizId: 'b1', nonce: 'n0nce-3f9a2b7c1d4e5f60' }),
  );
  expect(error.code).toBe('UNSUPPORTED_METHOD');
  expect(fake.requests.map((r) => r.method)).toEqual(['host.getInfo']);
});

it('refuses invalid params locally with INVALID_PARAMS naming the field', async () => {
  const fake = startFakeHost();
  const bridge = await createBridge({ transport: fake.transport });
  // @ts-expect-error: the datum is required and typed; the check must also hold for untyped callers.
  const error = await rejection(bridge.call('location.get', { datum: 'bd09' }));
  expect(error.code).toBe('INVALID_PARAMS');
  expect(error.data).toMatchObject({ errors: [{ path: '/datum', keyword: 'enum' }] });
  expect(fake.requests).toHaveLength(1);
});

it('turns a host error reply into a BridgeError with the host code and retryable flag', async () => {
  const fake = startFakeHost();
  fake.answer('location.get', (r) => fixtureReply('location.get', r.id, 'permission denied'));
  const bridge = await createBridge({ transport: fake.transport });
  const error = await rejection(bridge.call('location.get', { datum: 'gcj02' }));
  expect([error.code, error.retryable, error.message]).toEqual([
    'PERMISSION_DENIED',
    false,
    'location permission denied',
  ]);
});

it('maps an error code this client does not know to INTERNAL and keeps the host code', async () => {
  const fake = startFakeHost();
  fake.answer('location.get', (r) => ({
    id: r.id,
    ok: false,
    error: { code: 'GEOFENCE_BUSY', message: 'later', retryable: true },
  }));
  const bridge = await createBridge({ transport: fake.transport });
  const error = await rejection(bridge.call('location.get', { datum: 'wgs84' }));
  expect([error.code, error.data?.hostCode, error.retryable]).toEqual(['INTERNAL', 'GEOFENCE_BUSY', true]);
});

it('rejects INVALID_MESSAGE when a result breaks the schema, e.g. a pass/fail boolean instead of a ticket', async () => {
  const fake = startFakeHost();
  fake.answer('face.verify', (r) => ({ id: r.id, ok: true, result: { passed: true } }));
  const bridge = await createBridge({ transport: fake.transport });
  const error = await rejection(
    bridge.call('face.verify', { purpose: 'declare', bizId: 'b1', nonce: 'n0nce-3f9a2b7c1d4e5f60' }),
  );
  expect(error.code).toBe('INVALID_MESSAGE');
});

it('rejects TIMEOUT at the deadline and drops the late reply without touching later calls', async () => {
  const fake = startFakeHost();
  let held: BridgeRequest | undefined;
  fake.answer('location.get', (r) => {
    held ??= r;
    return held === r ? undefined : fixtureReply('location.get', r.id, 'Ruili, gcj02, network');
  });
  const warn = vi.fn();
  const bridge = await createBridge({ transport: fake.transport, logger: { debug: vi.fn(), warn } });
  expect((await rejection(bridge.call('location.get', { datum: 'wgs84' }, { timeoutMs: 20 }))).code).toBe(
    'TIMEOUT',
  );
  const second = bridge.call('location.get', { datum: 'gcj02' });
  fake.host.deliver(JSON.stringify(fixtureReply('location.get', held?.id ?? '', 'Youyiguan, wgs84, gps')));
  expect((await second).lat).toBe(24.0112);
  expect(warn).toHaveBeenCalledWith(expect.stringContaining('late, duplicate or unknown id'), {
    id: held?.id,
  });
});

it('gives location.get a deadline longer than the timeout it hands the host', async () => {
  vi.useFakeTimers();
  const fake = startFakeHost();
  const bridge = await createBridge({ transport: fake.transport, timeoutMs: 1_000 });
  fake.answer('location.get', () => undefined);
  const call = bridge.call('location.get', { datum: 'wgs84', timeoutMs: 30_000 });
  const settled = vi.fn();
  call.catch(settled);
  await vi.advanceTimersByTimeAsync(31_000);
  expect(settled).not.toHaveBeenCalled();
  await vi.advanceTimersByTimeAsync(1_100);
  expect(settled).toHaveBeenCalledWith(expect.objectContaining({ code: 'TIMEOUT' }));
});

it('cancels with an AbortSignal, before or after sending', async () => {
  const fake = startFakeHost();
  fake.answer('auth.login', () => undefined);
  const bridge = await createBridge({ transport: fake.transport });
  const controller = new AbortController();
  const call = bridge.call('auth.login', {}, { signal: controller.signal });
  controller.abort();
  expect((await rejection(call)).code).toBe('CANCELLED');
  const sent = fake.requests.length;
  expect((await rejection(bridge.call('auth.login', {}, { signal: AbortSignal.abort() }))).code).toBe(
    'CANCELLED',
  );
  await Promise.resolve();
  expect(fake.requests.length).toBe(sent);
});

it('matches replies by id, in any order, and ignores duplicates and strangers', async () => {
  const fake = startFakeHost();
  const held: BridgeRequest[] = [];
  fake.answer('location.get', (r) => {
    held.push(r);
    return undefined;
  });
  const bridge = await createBridge({ transport: fake.transport });
  const first = bridge.call('location.get', { datum: 'wgs84' });
  const second = bridge.call('location.get', { datum: 'gcj02' });
  await vi.waitFor(() => {
    expect(held).toHaveLength(2);
  });
  const [a, b] = held as [BridgeRequest, BridgeRequest];
  fake.host.deliver(JSON.stringify({ id: 'nobody', ok: true, result: {} }));
  fake.host.deliver(fixtureReply('location.get', b.id, 'Ruili, gcj02, network'));
  fake.host.deliver(fixtureReply('location.get', b.id, 'Youyiguan, wgs84, gps'));
  fake.host.deliver(fixtureReply('location.get', a.id, 'Youyiguan, wgs84, gps'));
  expect((await first).lat).toBe(21.9736);
  expect((await second).lat).toBe(24.0112);
});

it('delivers validated events to listeners until they unsubscribe, and drops malformed ones', async () => {
  const fake = startFakeHost();
  const bridge = await createBridge({ transport: fake.transport });
  const seen: unknown[] = [];
  const thrower = vi.fn(() => {
    throw new Error('listener bug');
  });
  bridge.on('app.visibility', thrower);
  const stop = bridge.on('app.visibility', (data) => seen.push(data.visible));
  fake.host.deliver({ event: 'app.visibility', data: { visible: false } });
  fake.host.deliver({ event: 'app.visibility', data: { visible: 'yes' } });
  fake.host.deliver({ event: 'future.event', data: {} });
  fake.host.deliver('{"event":"app.visibility","data":{"visible":true}}');
  await vi.waitFor(() => {
    expect(seen).toEqual([false, true]);
  });
  stop();
  bridge.off('app.visibility', thrower);
  fake.host.deliver({ event: 'app.visibility', data: { visible: false } });
  await new Promise((resolve) => setTimeout(resolve, 5));
  expect(seen).toEqual([false, true]);
  expect(thrower).toHaveBeenCalledTimes(2);
});

it('rejects pending calls with CANCELLED on close, and calls after it', async () => {
  const fake = startFakeHost();
  fake.answer('face.verify', () => undefined);
  const bridge = await createBridge({ transport: fake.transport });
  const call = bridge.call('face.verify', {
    purpose: 'authorize',
    bizId: 'b1',
    nonce: 'n0nce-3f9a2b7c1d4e5f60',
  });
  bridge.close();
  expect((await rejection(call)).code).toBe('CANCELLED');
  expect((await rejection(bridge.call('app.close', {}))).code).toBe('CANCELLED');
});

it('fails a call with HOST_NOT_FOUND when the transport cannot send', async () => {
  const fake = startFakeHost();
  const bridge = await createBridge({
    transport: {
      ...fake.transport,
      send(request) {
        if (request.method === 'app.close') throw new Error('socket gone');
        return fake.transport.send(request);
      },
    },
  });
  expect((await rejection(bridge.call('app.close', {}))).code).toBe('HOST_NOT_FOUND');
});

it('logs every call with its id, outcome and duration', async () => {
  const fake = startFakeHost();
  const entries: [string, Record<string, unknown> | undefined][] = [];
  const logger: BridgeLogger = {
    debug: (m, d) => entries.push([m, d]),
    warn: (m, d) => entries.push([m, d]),
  };
  const bridge = await createBridge({ transport: fake.transport, logger });
  await bridge.call('auth.getSession', {});
  const id = fake.requests[1]?.id ?? '';
  expect(entries.map(([m]) => m)).toContain(`→ auth.getSession #${id}`);
  const done = entries.find(([m]) => m === `← auth.getSession #${id} ok`);
  expect(typeof done?.[1]?.ms).toBe('number');
});
