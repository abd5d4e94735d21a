import { expect, it } from 'vitest';
import { resultValidators, validateResponse } from '@hushi/bridge-spec';
import type { BridgeResponse, MethodName } from '@hushi/bridge-spec';
import { methodFixtures } from '@hushi/bridge-spec/fixtures';
import { createBridgeHost } from './bridgeHost';
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
  expect(events.eventsAfter(-1).events).toHaveLength(2);
});
