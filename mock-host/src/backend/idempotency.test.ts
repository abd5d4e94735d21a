import { expect, it } from 'vitest';
import { createIdempotencyStore, KEY_REUSED_REPLY } from './idempotency';

const scope = { personId: 'P0001', route: 'submit', key: 'k1', fingerprint: '{"a":1}' };

it('runs an action once per key and replays its reply, also to a concurrent repeat', async () => {
  const store = createIdempotencyStore();
  let runs = 0;
  const action = () => Promise.resolve({ status: 201, body: { n: ++runs } });
  const [a, b] = await Promise.all([store.run(scope, action), store.run(scope, action)]);
  expect(a).toEqual({ status: 201, body: { n: 1 } });
  expect(b).toBe(a);
  expect(await store.run(scope, action)).toBe(a);
  expect(runs).toBe(1);
});

it('scopes keys by person and route', async () => {
  const store = createIdempotencyStore();
  let runs = 0;
  const action = () => Promise.resolve({ status: 200, body: ++runs });
  await store.run(scope, action);
  await store.run({ ...scope, personId: 'P0002' }, action);
  await store.run({ ...scope, route: 'modify' }, action);
  expect(runs).toBe(3);
});

it('forgets a failed reply, so a retry with the same key runs again', async () => {
  const store = createIdempotencyStore();
  expect((await store.run(scope, () => Promise.resolve({ status: 422 }))).status).toBe(422);
  expect((await store.run(scope, () => Promise.resolve({ status: 201 }))).status).toBe(201);
});

it('refuses the same key for a different request instead of replaying the first reply', async () => {
  const store = createIdempotencyStore();
  let runs = 0;
  const action = () => Promise.resolve({ status: 201, body: ++runs });
  await store.run(scope, action);
  expect(await store.run({ ...scope, fingerprint: '{"a":2}' }, action)).toBe(KEY_REUSED_REPLY);
  expect(runs).toBe(1);
  expect((await store.run(scope, action)).body).toBe(1);
});
