import { expect, it } from 'vitest';
import { resultValidators, validateResponse } from '@hushi/bridge-spec';
import type { BridgeResponse, MethodName } from '@hushi/bridge-spec';
import { envelopeFixture, methodFixtures } from '@hushi/bridge-spec/fixtures';
import { createBridgeHost, HostFailure } from './bridgeHost';
import { fixtureMethods } from './fixtureMethods';

const host = createBridgeHost({ methods: fixtureMethods() });

for (const [method, fixture] of Object.entries(methodFixtures)) {
  for (const { name, message } of fixture.requests.valid) {
    it(`answers the valid ${method} request "${name}" with a valid result`, async () => {
      const reply = (await host.handle(message)) as BridgeResponse;
      expect(validateResponse(reply)).toBe(true);
      expect(reply).toMatchObject({ id: (message as { id: string }).id, ok: true });
      if (reply.ok) expect(resultValidators[method as MethodName](reply.result)).toBe(true);
    });
  }
  for (const { name, message, expect: code } of fixture.requests.invalid) {
    it(`answers the invalid ${method} request "${name}" with ${code}`, async () => {
      const reply = await host.handle(message);
      expect(reply).toMatchObject({ ok: false, error: { code } });
    });
  }
}

it('declares exactly the methods it implements', () => {
  const partial = createBridgeHost({ methods: { 'location.get': fixtureMethods()['location.get'] } });
  expect(Object.keys(partial.info().methods).sort()).toEqual(['host.getInfo', 'location.get']);
});

it('answers UNSUPPORTED_METHOD for a method it lacks or nobody defined', async () => {
  const partial = createBridgeHost({ methods: {} });
  const lacking = await partial.handle({ v: '1.0.0', id: 'a', method: 'face.verify', params: {} });
  const unknown = await partial.handle({ v: '1.0.0', id: 'b', method: 'doc.scan', params: {} });
  expect([lacking, unknown]).toMatchObject([
    { error: { code: 'UNSUPPORTED_METHOD' } },
    { error: { code: 'UNSUPPORTED_METHOD' } },
  ]);
});

it('answers VERSION_MISMATCH to a caller of another major', async () => {
  expect(await host.handle({ v: '2.1.0', id: 'a', method: 'app.close', params: {} })).toMatchObject({
    id: 'a',
    error: { code: 'VERSION_MISMATCH', retryable: false },
  });
});

it('answers INVALID_MESSAGE when it can attribute a malformed request, and nothing when it cannot', async () => {
  expect(await host.handle({ id: 'a', method: 'app.close' })).toMatchObject({
    id: 'a',
    error: { code: 'INVALID_MESSAGE' },
  });
  for (const { raw } of envelopeFixture.invalid) {
    let value: unknown = raw;
    try {
      value = JSON.parse(raw);
    } catch {
      // Deliberately not JSON.
    }
    const reply = await host.handle(value);
    if (reply) expect(reply).toMatchObject({ ok: false, error: { code: 'INVALID_MESSAGE' } });
  }
  expect(await host.handle('not even an object')).toBeNull();
});

it('turns a HostFailure into an error reply and anything else into INTERNAL', async () => {
  const failing = createBridgeHost({
    methods: {
      'location.get': () => {
        throw new HostFailure('PERMISSION_DENIED', 'denied by the user');
      },
      'app.close': () => {
        throw new Error('bug');
      },
    },
  });
  expect(
    await failing.handle({ v: '1.0.0', id: 'a', method: 'location.get', params: { datum: 'wgs84' } }),
  ).toMatchObject({
    error: { code: 'PERMISSION_DENIED', retryable: false },
  });
  expect(await failing.handle({ v: '1.0.0', id: 'b', method: 'app.close', params: {} })).toMatchObject({
    error: { code: 'INTERNAL', retryable: true },
  });
});

it('keeps an event log readable from a cursor and wakes waiting polls', async () => {
  const events = createBridgeHost({ methods: {} });
  expect(events.eventsAfter(-1)).toEqual({ cursor: -1, events: [] });
  const woken = events.nextEvent(10_000);
  events.emit('app.visibility', { visible: false });
  await woken;
  events.emit('session.expired', { reason: 'timeout' });
  expect(events.eventsAfter(0)).toEqual({
    cursor: 1,
    events: [{ event: 'session.expired', data: { reason: 'timeout' } }],
  });
  expect(() => {
    events.emit('app.visibility', 'no' as never);
  }).toThrow(TypeError);
});
