// The rules the backend enforces hold under concurrent requests (each action one transaction), on
// PGlite and, with HUSHI_TEST_POSTGRES_URL, on a PostgreSQL server where transactions do overlap.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createCustomsBackend } from '../src/backend/customsBackend';
import type { CustomsBackend } from '../src/backend/customsBackend';
import { DALUO_INSIDE } from '../src/backend/seedFences';
import { sampleEntryInput, SEED_ENTRUSTED } from '../src/backend/seedDeclarations';
import { SEED_PERSONS } from '../src/backend/seedPersons';
import { loginCaller, priced, standInFaceVerifier } from './support/backendCalls';
import type { BackendCaller } from './support/backendCalls';
import { TEST_DATABASES } from './support/testDatabases';
import type { TestDatabase } from './support/testDatabases';

const inside = () => ({ ...DALUO_INSIDE, datum: 'wgs84', accuracy: 10, timestamp: Date.now() });

/** A 落地加工 进境申报单 of one goods line worth `total` 元 (人民币). */
const worth = (total: string) => priced(sampleEntryInput(), total);

const statuses = (replies: { status: number }[]) => replies.map((r) => r.status).sort();

describe.each(TEST_DATABASES)('on $name', ({ open }) => {
  let testDatabase: TestDatabase;
  let backend: CustomsBackend;
  let resident: BackendCaller;

  beforeAll(async () => {
    testDatabase = await open();
    backend = createCustomsBackend({
      verifyFaceTicket: standInFaceVerifier,
      // These rules are not about signed fixes (backendLocationTickets.test.ts is): unsigned fixes pass.
      locationPolicy: () => 'development',
      database: testDatabase.database,
    });
    await backend.ready;
    resident = await loginCaller(backend, SEED_PERSONS.resident.id, 'resident');
  });
  afterAll(async () => {
    await testDatabase.dispose();
  });

  it('accepts exactly one of 10 concurrent 5,000 元 申报 of one 边民 (daily allowance 8,000 元)', async () => {
    const requests = await Promise.all(
      Array.from({ length: 10 }, async (_, i) => ({
        declaration: worth('5000.00'),
        draftId: `draft-race-${i}`,
        location: inside(),
        faceTicket: await resident.faceTicket('submit', `draft-race-${i}`),
      })),
    );
    const replies = await Promise.all(
      requests.map((body) => resident.call('submit', { params: { kind: 'entry' }, body })),
    );
    expect(statuses(replies)).toEqual([201, ...Array<number>(9).fill(422)]);
    const refusals = replies.filter((r) => r.status === 422).map((r) => (r.body as { code: string }).code);
    expect(new Set(refusals)).toEqual(new Set(['ALLOWANCE_EXCEEDED']));
  });

  it('answers 10 concurrent sends of one 申报 under one Idempotency-Key with one declaration, the same receipt each', async () => {
    const body = {
      declaration: worth('100.00'),
      draftId: 'draft-one-key',
      location: inside(),
      faceTicket: await resident.faceTicket('submit', 'draft-one-key'),
    };
    // The same request resent while the first is still running (a retry after a lost reply).
    const replies = await Promise.all(
      Array.from({ length: 10 }, () =>
        resident.call('submit', { params: { kind: 'entry' }, body, idempotencyKey: 'one-key-10-sends' }),
      ),
    );
    expect(statuses(replies)).toEqual(Array<number>(10).fill(201));
    for (const reply of replies) expect(reply.body).toEqual(replies[0]?.body);
  });

  it('declares one saved draft once when it is submitted with 10 Idempotency-Keys at once', async () => {
    const saved = await resident.call('saveDraft', {
      params: { kind: 'entry' },
      body: { declaration: worth('10.00') },
    });
    const pre = (saved.body as { preEntryNumber: string }).preEntryNumber;
    const tickets = await Promise.all(Array.from({ length: 10 }, () => resident.faceTicket('submit', pre)));
    const replies = await Promise.all(
      tickets.map((faceTicket) =>
        resident.call('submit', {
          params: { kind: 'entry' },
          body: { declaration: worth('10.00'), preEntryNumber: pre, location: inside(), faceTicket },
        }),
      ),
    );
    expect(statuses(replies)).toEqual([200, ...Array<number>(9).fill(409)]);
  });

  it('creates one declaration from one new draft id submitted with 10 Idempotency-Keys at once', async () => {
    const tickets = await Promise.all(
      Array.from({ length: 10 }, () => resident.faceTicket('submit', 'draft-once')),
    );
    const replies = await Promise.all(
      tickets.map((faceTicket) =>
        resident.call('submit', {
          params: { kind: 'entry' },
          body: { declaration: worth('10.00'), draftId: 'draft-once', location: inside(), faceTicket },
        }),
      ),
    );
    expect(statuses(replies)).toEqual([201, ...Array<number>(9).fill(409)]);
  });

  it('counts one 认证 of a 边民 sent 10 times at once', async () => {
    const group = await loginCaller(backend, SEED_PERSONS.groupRepresentative.id, 'mutualAidGroup');
    const declared = await group.call('submit', {
      params: { kind: 'entry' },
      body: {
        declaration: sampleEntryInput({}, SEED_ENTRUSTED),
        draftId: 'draft-entrusted',
        location: inside(),
        faceTicket: await group.faceTicket('submit', 'draft-entrusted'),
      },
    });
    const pre = (declared.body as { preEntryNumber: string }).preEntryNumber;
    const tickets = await Promise.all(
      Array.from({ length: 10 }, () => resident.faceTicket('authenticate', pre)),
    );
    const replies = await Promise.all(
      tickets.map((faceTicket) =>
        resident.call('authenticate', {
          params: { kind: 'entry', preEntryNumber: pre },
          body: { faceTicket },
        }),
      ),
    );
    expect(statuses(replies)).toEqual([200, ...Array<number>(9).fill(409)]);
    const stored = await backend.declaration(pre);
    expect(stored?.authenticated).toEqual([SEED_PERSONS.resident.idNumber.toUpperCase()]);
    expect(stored?.status).toBe('pendingAuthentication');
  });
});
