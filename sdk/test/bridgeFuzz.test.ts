// Property-based test: the bridge client fed random and malformed messages. Across all runs at least
// 10,000 messages are delivered; none may throw out of the client, every failed call must be a typed
// BridgeError, and a call may only resolve with a result that was really sent under its own id.
import fc from 'fast-check';
import { afterAll, beforeAll, expect, it } from 'vitest';
import type { BridgeRequest, MethodName } from '@hushi/bridge-spec';
import { resultValidators } from '@hushi/bridge-spec';
import { envelopeFixture, eventFixtures, methodFixtures } from '@hushi/bridge-spec/fixtures';
import { BridgeError } from '../src/errors';
import { createBridge } from '../src/bridge/createBridge';
import { createInMemoryBinding } from '../src/bridge/transports/inMemoryTransport';
import { silentLogger } from '../src/bridge/logger';
import { fixtureHostInfo } from './fakeHost';

const RUNS = 250;
const MESSAGES_PER_RUN = 48;
const CALLED: MethodName[] = ['location.get', 'auth.getSession', 'face.verify'];
const PARAMS: Record<string, unknown> = {
  'location.get': { datum: 'wgs84' },
  'auth.getSession': {},
  'face.verify': { purpose: 'declare', bizId: 'b1', nonce: 'n0nce-3f9a2b7c1d4e5f60' },
};

const uncaught: unknown[] = [];
const onUncaught = (error: unknown): void => {
  uncaught.push(error);
};
beforeAll(() => {
  process.on('uncaughtException', onUncaught);
  process.on('unhandledRejection', onUncaught);
});
afterAll(() => {
  process.off('uncaughtException', onUncaught);
  process.off('unhandledRejection', onUncaught);
});

const fixtureMessages: unknown[] = [
  ...Object.values(methodFixtures).flatMap((f) =>
    [...f.responses.valid, ...f.responses.invalid].map((m) => m.message),
  ),
  ...Object.values(eventFixtures).flatMap((f) => [...f.valid, ...f.invalid].map((m) => m.message)),
];

/**
 * A message template; `idSlot` decides which id it carries once the run's real ids are known:
 * one of the pending calls' ids (index), a stranger's, or none.
 */
const message = (ids: fc.Arbitrary<number>) =>
  fc.record({
    idSlot: ids,
    body: fc.oneof(
      { weight: 3, arbitrary: fc.constantFrom(...fixtureMessages) },
      { weight: 2, arbitrary: fc.constantFrom(...envelopeFixture.invalid.map((f) => f.raw)) },
      { weight: 2, arbitrary: fc.jsonValue() },
      { weight: 1, arbitrary: fc.anything() },
      { weight: 1, arbitrary: fc.string() },
      {
        weight: 3,
        arbitrary: fc.record(
          {
            ok: fc.oneof(fc.boolean(), fc.anything()),
            result: fc.oneof(fc.object(), fc.constantFrom(...fixtureMessages), fc.anything()),
            error: fc.oneof(
              fc.record({ code: fc.string(), message: fc.string(), retryable: fc.boolean() }),
              fc.record({
                code: fc.constantFrom('TIMEOUT', 'INTERNAL', 'NOPE'),
                message: fc.string(),
                retryable: fc.boolean(),
                data: fc.object(),
              }),
              fc.anything(),
            ),
            event: fc.oneof(fc.constantFrom('app.visibility', 'session.expired', 'x.y'), fc.string()),
            data: fc.oneof(fc.object(), fc.anything()),
          },
          { requiredKeys: [] },
        ),
      },
    ),
    asText: fc.boolean(),
  });

let delivered = 0;
let resolved = 0;
const unvalidatedEvents: unknown[] = [];

it(`survives ${RUNS * MESSAGES_PER_RUN} random and malformed messages with typed failures only`, async () => {
  await fc.assert(
    fc.asyncProperty(
      fc.array(message(fc.integer({ min: -2, max: CALLED.length - 1 })), {
        minLength: MESSAGES_PER_RUN,
        maxLength: MESSAGES_PER_RUN,
      }),
      async (messages) => {
        const binding = createInMemoryBinding();
        const held: BridgeRequest[] = [];
        binding.host.onRequest((raw) => {
          const request = raw as BridgeRequest;
          if (request.method === 'host.getInfo') {
            binding.host.deliver({ id: request.id, ok: true, result: fixtureHostInfo() });
          } else held.push(request);
        });
        const bridge = await createBridge({ transport: binding.transport, logger: silentLogger });
        bridge.on('app.visibility', (data) => {
          if (typeof data.visible !== 'boolean') unvalidatedEvents.push(data);
        });
        const outcomes = CALLED.map((method) =>
          bridge.call(method, PARAMS[method] as never, { timeoutMs: 1_000 }).then(
            (value: unknown) => ({ method, value }),
            (error: unknown) => ({ method, error }),
          ),
        );
        await new Promise((resolve) => setTimeout(resolve, 0));
        const sentById = new Map<string, unknown[]>();
        for (const { idSlot, body, asText } of messages) {
          const id = idSlot >= 0 ? held[idSlot]?.id : idSlot === -1 ? 'stranger-1' : undefined;
          const framed =
            typeof body === 'object' && body !== null && !Array.isArray(body) && id !== undefined
              ? { ...body, id }
              : body;
          if (id !== undefined) sentById.set(id, [...(sentById.get(id) ?? []), framed]);
          let wire: unknown = framed;
          if (asText) {
            try {
              wire = JSON.stringify(framed);
            } catch {
              wire = framed; // BigInt and friends: deliver the value itself.
            }
          }
          binding.host.deliver(wire);
          delivered += 1;
        }
        await new Promise((resolve) => setTimeout(resolve, 0));
        bridge.close();
        for (const [index, outcome] of (await Promise.all(outcomes)).entries()) {
          if ('error' in outcome) {
            expect(outcome.error).toBeInstanceOf(BridgeError);
            continue;
          }
          resolved += 1;
          // Resolved: the value must satisfy the method's schema and have been sent under this call's id.
          expect(resultValidators[outcome.method](outcome.value)).toBe(true);
          const id = held[index]?.id ?? '';
          const candidates = (sentById.get(id) ?? []).map((m) => (m as { result?: unknown } | null)?.result);
          expect(candidates.some((result) => JSON.stringify(result) === JSON.stringify(outcome.value))).toBe(
            true,
          );
        }
      },
    ),
    { numRuns: RUNS },
  );
  expect(delivered).toBeGreaterThanOrEqual(10_000);
  // Some calls did get a well-formed reply among the noise, so the id property above was exercised.
  expect(resolved).toBeGreaterThan(0);
  expect(uncaught).toEqual([]);
  expect(unvalidatedEvents).toEqual([]);
}, 60_000);
