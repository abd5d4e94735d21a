import { afterAll, beforeAll, expect, it } from 'vitest';
import { openMemoryDatabase } from '../database/memoryDatabase';
import { migrate } from '../database/migrate';
import type { SqlDatabase } from '../database/sqlDatabase';
import type { BackendReply } from './idempotency';
import {
  IDEMPOTENCY_KEY_TTL_MS,
  idempotencyKeyProblem,
  KEY_REUSED_REPLY,
  replayOrRecord,
} from './idempotency';
import type { IdempotencyScope } from './idempotency';

const NOW = Date.UTC(2026, 10, 25, 2);
let database: SqlDatabase;
let keyNo = 0;

beforeAll(async () => {
  database = await openMemoryDatabase();
  await migrate(database);
});
afterAll(() => database.close());

const scopeOf = (patch: Partial<IdempotencyScope> = {}): IdempotencyScope => ({
  personId: 'P0001',
  role: 'resident',
  route: 'submit',
  key: `k${++keyNo}`,
  request: [{ kind: 'entry' }, { declaration: { a: 1 } }],
  at: NOW,
  ...patch,
});

const run = (scope: IdempotencyScope, action: () => Promise<BackendReply>) =>
  database.transaction((sql) => replayOrRecord(sql, scope, action));

it('runs an action once per key and replays its stored reply', async () => {
  const scope = scopeOf();
  let runs = 0;
  const action = () => Promise.resolve({ status: 201, body: { n: ++runs } });
  expect(await run(scope, action)).toEqual({ status: 201, body: { n: 1 } });
  expect(await run(scope, action)).toEqual({ status: 201, body: { n: 1 } });
  expect(runs).toBe(1);
});

it('scopes keys by person, identity and route', async () => {
  const scope = scopeOf();
  let runs = 0;
  const action = () => Promise.resolve({ status: 200, body: ++runs });
  await run(scope, action);
  await run({ ...scope, personId: 'P0002' }, action);
  await run({ ...scope, role: 'mutualAidGroup' }, action);
  await run({ ...scope, route: 'modify' }, action);
  expect(runs).toBe(4);
});

it('forgets a failed reply, so a retry with the same key runs again', async () => {
  const scope = scopeOf();
  expect((await run(scope, () => Promise.resolve({ status: 422 }))).status).toBe(422);
  expect((await run(scope, () => Promise.resolve({ status: 201 }))).status).toBe(201);
});

it('refuses the same key for a different request, but not for fresh evidence (fix, face ticket)', async () => {
  const scope = scopeOf();
  let runs = 0;
  const action = () => Promise.resolve({ status: 201, body: ++runs });
  await run(scope, action);
  expect(await run({ ...scope, request: [{ kind: 'entry' }, { declaration: { a: 2 } }] }, action)).toEqual(
    KEY_REUSED_REPLY,
  );
  const evidence = { declaration: { a: 1 }, location: { lat: 1 }, faceTicket: 'new' };
  expect((await run({ ...scope, request: [{ kind: 'entry' }, evidence] }, action)).body).toBe(1);
  expect(runs).toBe(1);
});

it('forgets replies after a day', async () => {
  const scope = scopeOf();
  let runs = 0;
  const action = () => Promise.resolve({ status: 201, body: ++runs });
  await run(scope, action);
  await run({ ...scope, at: NOW + IDEMPOTENCY_KEY_TTL_MS + 1 }, action);
  expect(runs).toBe(2);
});

it('needs a key of at most 128 printable characters', () => {
  expect(idempotencyKeyProblem(null)?.status).toBe(400);
  expect(idempotencyKeyProblem('')?.status).toBe(400);
  expect(idempotencyKeyProblem('k'.repeat(129))?.status).toBe(400);
  expect(idempotencyKeyProblem('a b')?.status).toBe(400);
  expect(idempotencyKeyProblem('k'.repeat(128))).toBeUndefined();
});
