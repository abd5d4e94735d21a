import { expect, it } from 'vitest';
import { resultValidators, validateResponse } from '@hushi/bridge-spec';
import type { BridgeResponse, MethodName } from '@hushi/bridge-spec';
import { methodFixtures } from '@hushi/bridge-spec/fixtures';
import { createBridgeHost, DEFAULT_EVENT_CAPACITY } from './bridgeHost';
import { fixtureMethods } from './fixtureMethods';

// The request loop itself is bridge-spec's createHostDispatcher, tested there; these check the mock's use of it.

it('answers every valid fixture request from the fixture methods with a valid result', async () => {
  const host = createBridgeHost({ methods: fixtureMethods() });
  expect(host.info()).toMatchObject({ hostName: 'hushi-mock-host', platform: 'devtools' });
  for (const [method, fixture] of Object.entries(methodFixtures)) {
    for (const { name, message } of fixture.requests.valid) {
      const reply = (await host.handle(message)) as BridgeResponse;
      expect(validateResponse(reply), name).toBe(true);
      expect(reply, name).toMatchObject({ id: (message as { id: string }).id, ok: true });
      if (reply.ok) expect(resultValidators[method as MethodName](reply.result), name).toBe(true);
    }
  }
});

it('keeps an event log readable from a cursor, wakes waiting polls and refuses a malformed event', async () => {
  const events = createBridgeHost({ methods: {} });
  const { cursor: start } = events.eventsAfter(null);
  expect(events.eventsAfter(start)).toEqual({ cursor: start, events: [] });
  const woken = events.nextEvent(10_000);
  events.emit('app.visibility', { visible: false });
  expect(await woken).toBe('event');
  events.emit('session.expired', { reason: 'timeout' });
  expect(events.eventsAfter(start + 1)).toEqual({
    cursor: start + 2,
    events: [{ event: 'session.expired', data: { reason: 'timeout' } }],
  });
  expect(events.eventsAfter(null)).toEqual({ cursor: start + 2, events: [] });
  expect(() => {
    events.emit('app.visibility', 'no' as never);
  }).toThrow(TypeError);
  expect(events.eventsAfter(start).events).toHaveLength(2);
});

it('keeps at most its capacity of events: one read returns at most what the ring holds', () => {
  const host = createBridgeHost({ methods: {} });
  const { cursor: start } = host.eventsAfter(null);
  for (let i = 0; i < 20_001; i++) host.emit('app.visibility', { visible: i % 2 === 0 });
  const batch = host.eventsAfter(start);
  expect(batch.events).toHaveLength(DEFAULT_EVENT_CAPACITY);
  expect(batch.cursor).toBe(start + 20_001);
  // The newest event is the 20 001st (i = 20 000, visible).
  expect(batch.events.at(-1)).toEqual({ event: 'app.visibility', data: { visible: true } });
  // The oldest cursor the ring still serves without a gap.
  const oldest = host.eventsAfter(start + 20_001 - DEFAULT_EVENT_CAPACITY);
  expect(oldest.reset).toBeUndefined();
  expect(oldest.events).toHaveLength(DEFAULT_EVENT_CAPACITY);
  expect(host.eventsAfter(start + 20_000).events).toHaveLength(1);

  const small = createBridgeHost({ methods: {}, eventCapacity: 3 });
  const { cursor: smallStart } = small.eventsAfter(null);
  for (let i = 0; i < 5; i++) small.emit('app.visibility', { visible: i % 2 === 0 });
  expect(small.eventsAfter(smallStart + 2).events).toHaveLength(3);
  expect(small.eventsAfter(-1).events).toHaveLength(3);
});

it('answers a reset with what the ring holds for a cursor older than the ring', () => {
  const host = createBridgeHost({ methods: {}, eventCapacity: 4 });
  const { cursor: stale } = host.eventsAfter(null);
  for (let i = 1; i <= 10; i++) host.emit('session.expired', { reason: i === 10 ? 'logout' : 'timeout' });
  const batch = host.eventsAfter(stale);
  expect(batch).toMatchObject({ reset: true, reason: 'expired', cursor: stale + 10 });
  expect(batch.events).toHaveLength(4);
  expect(batch.events.at(-1)).toEqual({ event: 'session.expired', data: { reason: 'logout' } });
  // One step too old is a reset too; the next cursor is served as usual.
  expect(host.eventsAfter(stale + 5)).toMatchObject({ reset: true, reason: 'expired' });
  expect(host.eventsAfter(stale + 6)).toEqual({ cursor: stale + 10, events: batch.events });
  expect(host.eventsAfter(batch.cursor)).toEqual({ cursor: stale + 10, events: [] });
});

it('answers a reset for a cursor it never issued: another instance, the future, -1 or not an integer', () => {
  const before = createBridgeHost({ methods: {} });
  before.emit('app.visibility', { visible: true });
  const { cursor: old } = before.eventsAfter(null);

  // The "restarted" host: the old cursor is unknown to it, and its first answer holds what came since.
  const restarted = createBridgeHost({ methods: {} });
  const { cursor: fresh } = restarted.eventsAfter(null);
  expect(fresh).not.toBe(old);
  expect(restarted.eventsAfter(old)).toEqual({ reset: true, reason: 'unknown', cursor: fresh, events: [] });
  restarted.emit('session.expired', { reason: 'timeout' });
  const batch = restarted.eventsAfter(old);
  expect(batch).toEqual({
    reset: true,
    reason: 'unknown',
    cursor: fresh + 1,
    events: [{ event: 'session.expired', data: { reason: 'timeout' } }],
  });
  expect(restarted.eventsAfter(batch.cursor)).toEqual({ cursor: fresh + 1, events: [] });

  for (const cursor of [fresh + 2, -1, 0, fresh + 0.5, Number.MAX_SAFE_INTEGER + 2]) {
    expect(restarted.eventsAfter(cursor), String(cursor)).toMatchObject({
      reset: true,
      reason: 'unknown',
      cursor: fresh + 1,
      events: batch.events,
    });
  }
  // Cursors stay safe integers, as every JSON reader round-trips them.
  expect(Number.isSafeInteger(fresh)).toBe(true);
});

it('bounds the pending waits, ends a wait when its signal aborts, and after its time', async () => {
  const host = createBridgeHost({ methods: {}, maxEventWaiters: 2 });
  const controller = new AbortController();
  const first = host.nextEvent(60_000, controller.signal);
  const second = host.nextEvent(60_000);
  expect(host.pendingWaits()).toBe(2);
  // A third wait is not held: it ends at once, without a timer.
  expect(await host.nextEvent(60_000)).toBe('busy');
  controller.abort();
  expect(await first).toBe('aborted');
  expect(host.pendingWaits()).toBe(1);
  // The aborted wait left its place.
  const third = host.nextEvent(60_000);
  host.emit('app.visibility', { visible: true });
  expect(await Promise.all([second, third])).toEqual(['event', 'event']);
  expect(await host.nextEvent(60_000, controller.signal)).toBe('aborted');
  expect(await host.nextEvent(5)).toBe('timeout');
  expect(await createBridgeHost({ methods: {}, maxEventWaiters: 0 }).nextEvent(60_000)).toBe('busy');
});

it('refuses a capacity or a waiter bound that is not a whole number', () => {
  expect(() => createBridgeHost({ methods: {}, eventCapacity: 0 })).toThrow(RangeError);
  expect(() => createBridgeHost({ methods: {}, eventCapacity: 1.5 })).toThrow(RangeError);
  expect(() => createBridgeHost({ methods: {}, maxEventWaiters: -1 })).toThrow(RangeError);
});
