// What binds a request to what it may touch: a face ticket to its declaration, a 关联进境申报单 to its
// declarant, an Idempotency-Key to its person and identity, a draft to the shape that reads back.
import { afterAll, beforeAll, expect, it } from 'vitest';
import { createCustomsBackend } from '../src/backend/customsBackend';
import { DALUO_INSIDE } from '../src/backend/seedFences';
import { sampleEntryInput, sampleImportInput } from '../src/backend/seedDeclarations';
import { SEED_PERSONS } from '../src/backend/seedPersons';
import { backendRequest, loginCaller, standInFaceVerifier } from './support/backendCalls';
import type { BackendCaller } from './support/backendCalls';
import { openTestDatabase } from './support/testDatabases';

const testDatabase = await openTestDatabase();
const backend = createCustomsBackend({
  verifyFaceTicket: standInFaceVerifier,
  // These rules are not about signed fixes (backendLocationTickets.test.ts is): unsigned fixes pass.
  locationPolicy: () => 'development',
  database: testDatabase.database,
});
let resident: BackendCaller;

beforeAll(async () => {
  await backend.ready;
  resident = await loginCaller(backend, SEED_PERSONS.resident.id, 'resident');
});
afterAll(() => testDatabase.dispose());

const inside = () => ({ ...DALUO_INSIDE, datum: 'wgs84', accuracy: 10, timestamp: Date.now() });
const codeOf = (reply: { body?: unknown }) => (reply.body as { code?: string } | undefined)?.code;

/** The 预录入编号 of the first of the caller's declarations of `kind` in `status`. */
async function first(caller: BackendCaller, kind: string, status: string): Promise<string> {
  const page = await caller.call('queryRecords', {
    params: { kind },
    query: new URLSearchParams({ status }),
  });
  const pre = (page.body as { items: { preEntryNumber: string }[] }).items[0]?.preEntryNumber;
  if (pre === undefined) throw new Error(`no ${kind} ${status}`);
  return pre;
}

it('a face ticket of declaration A cannot create a new declaration B', async () => {
  const saved = await resident.call('saveDraft', {
    params: { kind: 'entry' },
    body: { declaration: sampleEntryInput() },
  });
  const a = (saved.body as { preEntryNumber: string }).preEntryNumber;
  const ticketOfA = await resident.faceTicket('submit', a);
  const submitNew = (body: Record<string, unknown>) =>
    resident.call('submit', {
      params: { kind: 'entry' },
      body: { declaration: sampleEntryInput(), location: inside(), faceTicket: ticketOfA, ...body },
    });
  expect(await submitNew({})).toMatchObject({ status: 422, body: { errors: [{ path: 'draftId' }] } });
  expect(await submitNew({ draftId: a })).toMatchObject({
    status: 422,
    body: { errors: [{ path: 'draftId' }] },
  });
  const other = await submitNew({ draftId: 'draft-b' });
  expect(other.status).toBe(403);
  // The ticket still declares A, the declaration it was issued for.
  const declared = await resident.call('submit', {
    params: { kind: 'entry' },
    body: { declaration: sampleEntryInput(), preEntryNumber: a, location: inside(), faceTicket: ticketOfA },
  });
  expect(declared).toMatchObject({ status: 200, body: { preEntryNumber: a, status: 'declared' } });
});

it('a 进口申报单 names only its declarant’s own declared 进境申报单, with one message for none and not yours', async () => {
  const group = await loginCaller(backend, SEED_PERSONS.groupRepresentative.id, 'mutualAidGroup');
  const groupEntry = await first(group, 'entry', 'approved');
  const ownDraft = await first(resident, 'entry', 'draft');
  const ownDeclared = await first(resident, 'entry', 'goodsReleased');
  const declareImport = async (related: string, draftId: string) =>
    resident.call('submit', {
      params: { kind: 'import' },
      body: {
        declaration: sampleImportInput(related),
        draftId,
        location: inside(),
        faceTicket: await resident.faceTicket('submit', draftId),
      },
    });
  const refusals = [
    await declareImport(groupEntry, 'draft-other'),
    await declareImport('209901000000999999', 'draft-none'),
    await declareImport(ownDraft, 'draft-own-draft'),
  ];
  for (const reply of refusals) {
    expect(reply.status).toBe(422);
    expect(reply.body).toEqual(refusals[0]?.body);
    expect(codeOf(reply)).toBe('RELATED_ENTRY_NOT_FOUND');
  }
  expect((await declareImport(ownDeclared, 'draft-own')).status).toBe(201);

  // A draft may name anything, but the list no longer echoes another person's 业务模式.
  const groupMode = await group.call('saveDraft', {
    params: { kind: 'entry' },
    body: { declaration: sampleEntryInput({ businessMode: '03' }) },
  });
  await group.call('submit', {
    params: { kind: 'entry' },
    body: {
      declaration: sampleEntryInput({ businessMode: '03' }),
      preEntryNumber: (groupMode.body as { preEntryNumber: string }).preEntryNumber,
      location: inside(),
    },
  });
  const probe = await resident.call('saveDraft', {
    params: { kind: 'import' },
    body: { declaration: sampleImportInput(groupEntry) },
  });
  const probeNumber = (probe.body as { preEntryNumber: string }).preEntryNumber;
  const rows = await resident.call('queryRecords', {
    params: { kind: 'import' },
    query: new URLSearchParams({ preEntryNumber: probeNumber }),
  });
  expect((rows.body as { items: Record<string, unknown>[] }).items[0]).not.toHaveProperty('businessMode');
});

it('scopes an Idempotency-Key to the person and the identity', async () => {
  const group = await loginCaller(backend, SEED_PERSONS.groupRepresentative.id, 'resident');
  const body = { declaration: sampleEntryInput({ businessMode: '01' }) };
  const asResident = await group.call('submit', { params: { kind: 'entry' }, body, idempotencyKey: 'same' });
  const other = await resident.call('submit', { params: { kind: 'entry' }, body, idempotencyKey: 'same' });
  expect(asResident.status).toBe(201);
  expect(other.status).toBe(201);
  expect(other.body).not.toEqual(asResident.body);
  await group.call('selectIdentity', { body: { role: 'mutualAidGroup' } });
  const withEntrusted = {
    declaration: { ...sampleEntryInput({ businessMode: '01' }), entrustedResidents: [] },
  };
  const asGroup = await group.call('submit', {
    params: { kind: 'entry' },
    body: withEntrusted,
    idempotencyKey: 'same',
  });
  // Not the resident identity's stored receipt: the action ran (and needs 委托边民 under this identity).
  expect(asGroup).toMatchObject({ status: 422, body: { errors: [{ path: 'entrustedResidents' }] } });
});

it('takes the Bearer scheme in any case, and nothing else', async () => {
  const session = await backend.handle(
    'exchangeSession',
    backendRequest({ body: { authCode: await backend.mintAuthCode(SEED_PERSONS.resident.id) } }),
  );
  const token = (session.body as { token: string }).token;
  for (const authorization of [`bearer ${token}`, `BEARER ${token}`, `Bearer  ${token}`])
    expect((await backend.handle('getIdentities', backendRequest({ authorization }))).status).toBe(200);
  for (const authorization of [`Basic ${token}`, token, `Bearer ${token}x`, `Bearer ${'t'.repeat(10_000)}`])
    expect((await backend.handle('getIdentities', backendRequest({ authorization }))).status).toBe(401);
});

it('暂存 stores only what reads back: every list present, fields within the schema', async () => {
  const save = (declaration: unknown) =>
    resident.call('saveDraft', { params: { kind: 'entry' }, body: { declaration } });
  expect((await save({ kind: 'entry', header: {} })).status).toBe(422);
  const long = sampleEntryInput({ billNumber: 'B'.repeat(1_000) });
  expect(await save(long)).toMatchObject({ status: 422, body: { errors: [{ path: 'header.billNumber' }] } });
  const tooMany = sampleEntryInput();
  tooMany.goods = Array.from(
    { length: 1_000 },
    (_, i) => ({ ...tooMany.goods[0], lineNo: i + 1 }) as (typeof tooMany.goods)[number],
  );
  expect(await save(tooMany)).toMatchObject({ status: 422, body: { errors: [{ path: 'goods' }] } });
  const unknown = { ...sampleEntryInput(), extra: { deep: [[[1]]] } };
  expect((await save(unknown)).status).toBe(422);
  const nested = sampleEntryInput() as unknown as { header: Record<string, unknown> };
  nested.header.billNumber = { a: { b: { c: 1 } } };
  expect((await save(nested)).status).toBe(422);

  const empty = {
    kind: 'entry',
    header: { billNumber: null },
    goods: [{}, { quantity: null, totalPrice: null }],
    qualifications: [{}],
    vehicles: [{}],
    attachments: [{}],
    entrustedResidents: [{}, { idNumber: null, quota: null }],
  };
  const stored = await save(empty);
  expect(stored.status).toBe(201);
  const pre = (stored.body as { preEntryNumber: string }).preEntryNumber;
  expect((await resident.call('queryRecords', { params: { kind: 'entry' } })).status).toBe(200);
  expect((await resident.call('getDetail', { params: { kind: 'entry', preEntryNumber: pre } })).status).toBe(
    200,
  );
  expect((await resident.call('listPendingAuthentications', { params: { kind: 'entry' } })).status).toBe(200);
});
