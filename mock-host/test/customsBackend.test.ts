// The sdk's real backend client against the mock customs backend's msw handlers (msw/node), on PGlite
// (customsBackend.postgres.test.ts runs the same on a PostgreSQL server).
import { afterEach, expect, it } from 'vitest';
import {
  canPerform,
  createBackendClient,
  DECLARATION_STATUSES,
  validateCreditCode,
  validateIdNumber,
} from '@hushi/sdk';
import type { BackendClient, DeclarationAction, DeclarationStatus, FenceFix } from '@hushi/sdk';
import { DALUO_INSIDE, FAR_OUTSIDE, YOUYIGUAN_INSIDE } from '../src/backend/seedFences';
import { sampleEntryInput, sampleImportInput, SEED_ENTRUSTED } from '../src/backend/seedDeclarations';
import { DEMO_AUTH_CODE, SEED_PERSONS } from '../src/backend/seedPersons';
import { customsControlHandlers } from '../src/handlers/customsControl';
import { priced } from './support/backendCalls';
import { backendFailure } from './support/backendFailure';
import { BACKEND_BASE_URL, useBackendOverMsw } from './support/backendOverMsw';
import type { SeedPersonKey } from './support/backendOverMsw';

const BASE = BACKEND_BASE_URL;
let clock = Date.now();

const { backend, login } = await useBackendOverMsw({
  // These rules are not about signed fixes (backendLocationTickets.test.ts is): unsigned fixes pass.
  now: () => clock,
  extraHandlers: customsControlHandlers,
});

afterEach(() => {
  clock = Date.now();
});

type PersonKey = SeedPersonKey;

/** What the host's face.verify would give after the backend's challenge. */
async function faceTicket(
  client: BackendClient,
  who: PersonKey,
  purpose: 'submit' | 'authenticate',
  businessId: string,
): Promise<string> {
  const c = await client.createFaceChallenge({ purpose, businessId });
  const bridgePurpose = purpose === 'submit' ? 'declare' : 'authorize';
  return `face:${SEED_PERSONS[who].id}:${bridgePurpose}:${businessId}:${c.nonce}`;
}

const fix = (point: { lat: number; lng: number }): FenceFix => ({
  ...point,
  datum: 'wgs84',
  accuracy: 10,
  timestamp: clock,
});

const failure = backendFailure;

async function step(preEntryNumber: string, event: string): Promise<Response> {
  return fetch(`${BASE}/__mock/customs/${preEntryNumber}/step`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ event }),
  });
}

it('logs the main 边民 in with the bridge fixture auth code, and on every later call', async () => {
  for (let i = 0; i < 2; i++) {
    const client = createBackendClient({ baseUrl: BASE });
    const session = await client.exchangeSession(DEMO_AUTH_CODE);
    expect(Date.parse(session.expiresAt)).toBeGreaterThan(clock);
    const me = await client.getIdentities();
    expect(me).toMatchObject({
      realNameVerified: true,
      name: SEED_PERSONS.resident.name,
      maskedIdNumber: '532*****' + SEED_PERSONS.resident.idNumber.slice(-3),
    });
    expect(me.identities.find((i) => i.role === 'resident')?.available).toBe(true);
  }
});

it('seed persons carry valid 身份证号 and the 合作社 a valid 统一社会信用代码', () => {
  for (const person of Object.values(SEED_PERSONS))
    expect(validateIdNumber(person.idNumber).valid).toBe(true);
  expect(validateCreditCode(SEED_PERSONS.cooperativeRepresentative.cooperative.creditCode).valid).toBe(true);
});

it('a minted auth code is single use and an unknown one is refused', async () => {
  const code = await backend.mintAuthCode(SEED_PERSONS.resident.id);
  await createBackendClient({ baseUrl: BASE }).exchangeSession(code);
  expect((await failure(createBackendClient({ baseUrl: BASE }).exchangeSession(code))).code).toBe(
    'SESSION_EXPIRED',
  );
  expect((await failure(createBackendClient({ baseUrl: BASE }).exchangeSession('ac_nope'))).code).toBe(
    'SESSION_EXPIRED',
  );
});

it('refuses an account that is not real-name verified, as the FAQ says', async () => {
  const client = await login('unverified');
  const me = await client.getIdentities();
  expect(me.realNameVerified).toBe(false);
  expect(me.identities.every((i) => !i.available && i.reason?.includes('实名制'))).toBe(true);
  const refused = await failure(client.selectIdentity('resident'));
  expect(refused.code).toBe('FORBIDDEN');
  expect(refused.message).toContain('实名制');
});

it('refuses the 边民 identity of a user who has not filed it on the web end', async () => {
  const client = await login('unfiled');
  const resident = (await client.getIdentities()).identities.find((i) => i.role === 'resident');
  expect(resident).toMatchObject({ available: false, reason: '请先在边民互市贸易系统web端进行备案边民身份' });
  expect(await failure(client.selectIdentity('resident'))).toMatchObject({
    code: 'FORBIDDEN',
    message: '请先在边民互市贸易系统web端进行备案边民身份',
  });
});

it('lets the 互助组 representative pick 边民 or 互助组, and the 合作社 representative 合作社', async () => {
  const group = await login('groupRepresentative');
  const groupIds = (await group.getIdentities()).identities;
  expect(groupIds.filter((i) => i.available).map((i) => i.role)).toEqual(['resident', 'mutualAidGroup']);
  expect(await group.selectIdentity('mutualAidGroup')).toMatchObject({ groupName: '打洛镇曼山边民互助组' });
  const coop = await login('cooperativeRepresentative');
  expect(await coop.selectIdentity('cooperative')).toMatchObject({
    available: true,
    cooperativeCreditCode: SEED_PERSONS.cooperativeRepresentative.cooperative.creditCode,
  });
  expect((await failure(coop.selectIdentity('resident'))).code).toBe('FORBIDDEN');
});

it('ends a session after inactivity and on the control call: 401 → SESSION_EXPIRED', async () => {
  const client = await login('resident', 'resident');
  clock += 31 * 60_000;
  expect((await failure(client.getIdentities())).code).toBe('SESSION_EXPIRED');
  const again = await login('resident', 'resident');
  await fetch(`${BASE}/__mock/backend/expire-sessions`, { method: 'POST' });
  expect((await failure(again.queryRecords('entry'))).code).toBe('SESSION_EXPIRED');
});

it('serves code tables, supervision sites and fences', async () => {
  const client = await login('resident', 'resident');
  const tables = await client.getCodeTables(['businessMode', 'currency']);
  expect(Object.keys(tables).sort()).toEqual(['businessMode', 'currency']);
  expect(tables.businessMode?.map((e) => e.code)).toEqual(['01', '02', '03']);
  expect((await client.getSupervisionSites('8609')).map((s) => s.code)).toContain('ASDFG000015');
  expect((await client.getFences()).features).toHaveLength(3);
  expect((await client.getFences('8609')).features.map((f) => f.id)).toEqual(['daluo']);
  const connected = (await client.getFences()).features.map((f) => [f.id, f.properties.connected]);
  expect(connected).toEqual([
    ['daluo', true],
    ['erenhot', true],
    ['youyiguan', false],
  ]);
});

it('申请记录查询 finds 暂存 without dates; a date range goes by 申报时间 and leaves undated drafts out', async () => {
  const client = await login('resident', 'resident');
  const all = await client.queryRecords('entry', { pageSize: 100 });
  expect(all.items.some((i) => i.status === 'draft')).toBe(true);
  const today = new Date(clock + 8 * 3_600_000).toISOString().slice(0, 10);
  const ranged = await client.queryRecords('entry', { from: '2000-01-01', to: today, pageSize: 100 });
  expect(ranged.items.some((i) => i.status === 'draft')).toBe(false);
  expect(ranged.items.every((i) => i.declaredAt !== undefined && i.declaredAt.slice(0, 10) <= today)).toBe(
    true,
  );
  expect(ranged.total).toBe(all.items.filter((i) => i.declaredAt !== undefined).length);
});

it('seeds the main 边民 with own declarations in every status but 待认证, and 待认证 ones to authenticate', async () => {
  const client = await login('resident', 'resident');
  for (const kind of ['entry', 'import'] as const) {
    const all = await client.queryRecords(kind, { pageSize: 100 });
    const statuses = new Set(all.items.map((i) => i.status));
    for (const { status } of DECLARATION_STATUSES)
      if (status !== 'pendingAuthentication') expect(statuses).toContain(status);
    expect((await client.listPendingAuthentications(kind)).total).toBeGreaterThan(0);
    const documents = await client.queryDocuments(kind, { pageSize: 100 });
    expect(documents.items.every((d) => d.declarationNumber !== undefined)).toBe(true);
    expect(documents.total).toBeLessThan(all.total);
  }
  const approved = await client.queryRecords('entry', { status: 'approved' });
  expect(approved.items).toHaveLength(1);
  const detail = await client.getDetail('entry', approved.items[0]?.preEntryNumber ?? '');
  expect(detail.header).toMatchObject({
    status: 'approved',
    declarantCategory: '1',
    supervisionSiteName: '打洛边民互市监管场所',
  });
});

it('answers CONFLICT to every action the status forbids', async () => {
  const client = await login('resident', 'resident');
  const body = { declaration: sampleEntryInput() };
  const calls: Record<
    Exclude<DeclarationAction, 'copy' | 'authenticate'>,
    (pre: string) => Promise<unknown>
  > = {
    modify: (pre) => client.modify('entry', pre, body),
    delete: (pre) => client.delete('entry', pre),
    amend: (pre) => client.change('entry', pre, body),
    cancel: (pre) => client.revoke('entry', pre, '录入有误'),
  };
  let checked = 0;
  for (const item of (await client.queryRecords('entry', { pageSize: 100 })).items) {
    for (const [action, call] of Object.entries(calls)) {
      if (canPerform(item.status, action as DeclarationAction)) continue;
      expect([item.status, action, (await failure(call(item.preEntryNumber))).code]).toEqual([
        item.status,
        action,
        'CONFLICT',
      ]);
      checked++;
    }
  }
  expect(checked).toBeGreaterThan(20);
  const group = await login('groupRepresentative', 'mutualAidGroup');
  const pending = (await group.queryRecords('entry', { status: 'pendingAuthentication' })).items[0];
  expect((await failure(group.modify('entry', pending?.preEntryNumber ?? '', body))).code).toBe('CONFLICT');
  expect((await failure(group.delete('entry', pending?.preEntryNumber ?? ''))).code).toBe('CONFLICT');
});

it('keeps declarations to their owner: others get NOT_FOUND, a 委托边民 FORBIDDEN to change', async () => {
  const owner = await login('resident', 'resident');
  const own = (await owner.queryRecords('entry', { status: 'draft' })).items[0]?.preEntryNumber ?? '';
  const other = await login('secondResident', 'resident');
  expect(
    (await other.queryRecords('entry', { pageSize: 100 })).items.map((i) => i.preEntryNumber),
  ).not.toContain(own);
  expect((await failure(other.getDetail('entry', own))).code).toBe('NOT_FOUND');
  expect((await failure(other.delete('entry', own))).code).toBe('NOT_FOUND');
  const entrusted = (await owner.listPendingAuthentications('entry')).items[0]?.preEntryNumber ?? '';
  expect((await owner.getDetail('entry', entrusted)).entrustedResidents).toHaveLength(2);
  expect((await failure(owner.copy('entry', entrusted))).code).toBe('FORBIDDEN');
  expect((await failure(owner.getDetail('import', own))).code).toBe('NOT_FOUND');
  const noIdentity = await login('resident');
  expect((await failure(noIdentity.queryRecords('entry'))).code).toBe('FORBIDDEN');
});

it('a representative declares → 待认证; each 委托边民 authenticates; then 已申报', async () => {
  const group = await login('groupRepresentative', 'mutualAidGroup');
  const declaration = sampleEntryInput({}, SEED_ENTRUSTED);
  const submitted = await group.submit('entry', {
    declaration,
    draftId: 'draft-1',
    location: fix(DALUO_INSIDE),
    faceTicket: await faceTicket(group, 'groupRepresentative', 'submit', 'draft-1'),
  });
  expect(submitted.status).toBe('pendingAuthentication');
  const pre = submitted.preEntryNumber;
  expect(pre).toMatch(/^\d{4}01\d{12}$/);
  // The representative cannot authenticate for a resident, not even as the declaration's owner.
  expect((await failure(group.authenticate('entry', pre, 'x'))).code).toBe('FORBIDDEN');

  const first = await login('resident', 'resident');
  const row = (await first.listPendingAuthentications('entry')).items.find((i) => i.preEntryNumber === pre);
  expect(row).toMatchObject({
    quota: '60.00',
    authenticated: false,
    declarantName: SEED_PERSONS.groupRepresentative.name,
  });
  expect((await failure(first.authenticate('entry', pre, 'forged'))).code).toBe('FORBIDDEN');
  const half = await first.authenticate(
    'entry',
    pre,
    await faceTicket(first, 'resident', 'authenticate', pre),
  );
  expect(half).toEqual({
    preEntryNumber: pre,
    status: 'pendingAuthentication',
    authenticatedCount: 1,
    residentCount: 2,
  });
  const again = await faceTicket(first, 'resident', 'authenticate', pre);
  expect((await failure(first.authenticate('entry', pre, again))).code).toBe('CONFLICT');

  const stranger = await login('unfiled');
  expect((await failure(stranger.listPendingAuthentications('entry'))).code).toBe('FORBIDDEN');

  const second = await login('secondResident', 'resident');
  const done = await second.authenticate(
    'entry',
    pre,
    await faceTicket(second, 'secondResident', 'authenticate', pre),
  );
  expect(done).toMatchObject({ status: 'declared', authenticatedCount: 2 });
  expect((await group.getDetail('entry', pre)).entrustedResidents.every((r) => r.authenticated)).toBe(true);
});

it('lists a 委托边民 the manual 待认证 row fields, keeping what they authenticated with its new status', async () => {
  const first = await login('resident', 'resident');
  const second = await login('secondResident', 'resident');
  const open = (await second.listPendingAuthentications('entry')).items.filter((i) => !i.authenticated);
  const row = (await first.listPendingAuthentications('entry')).items.find(
    (i) =>
      !i.authenticated &&
      i.groupName !== undefined &&
      open.some((o) => o.preEntryNumber === i.preEntryNumber),
  );
  expect(row).toMatchObject({
    status: 'pendingAuthentication',
    customsCode: '8609',
    supervisionSiteName: '打洛边民互市监管场所',
    groupName: SEED_PERSONS.groupRepresentative.mutualAidGroup.name,
  });
  const pre = row?.preEntryNumber ?? '';
  await first.authenticate('entry', pre, await faceTicket(first, 'resident', 'authenticate', pre));
  await second.authenticate('entry', pre, await faceTicket(second, 'secondResident', 'authenticate', pre));
  const after = (await second.listPendingAuthentications('entry')).items.find(
    (i) => i.preEntryNumber === pre,
  );
  expect(after).toMatchObject({ status: 'declared', authenticated: true });
  const approved = (await first.listPendingAuthentications('entry')).items.filter(
    (i) => i.status === 'approved',
  );
  expect(approved.every((i) => i.authenticated)).toBe(true);
});

it('a 进口申报单 by a 合作社 is always 待认证, and a 边民 own one 已申报', async () => {
  const coop = await login('cooperativeRepresentative', 'cooperative');
  const ownEntry = async (client: BackendClient): Promise<string> =>
    (await client.queryRecords('entry', { status: 'documentsReleased' })).items[0]?.preEntryNumber ?? '';
  const receipt = await coop.submit('import', {
    declaration: sampleImportInput(await ownEntry(coop), SEED_ENTRUSTED),
    draftId: 'draft-d',
    location: fix(DALUO_INSIDE),
    faceTicket: await faceTicket(coop, 'cooperativeRepresentative', 'submit', 'draft-d'),
  });
  expect(receipt.status).toBe('pendingAuthentication');
  expect(receipt.preEntryNumber).toMatch(/^\d{4}03\d{12}$/);
  const resident = await login('resident', 'resident');
  const own = await resident.submit('import', {
    declaration: sampleImportInput(await ownEntry(resident)),
    draftId: 'draft-d',
    location: fix(DALUO_INSIDE),
    faceTicket: await faceTicket(resident, 'resident', 'submit', 'draft-d'),
  });
  expect(own.status).toBe('declared');
});

it('a double submit with one Idempotency-Key creates one declaration', async () => {
  const client = await login('resident', 'resident');
  const before = (await client.queryRecords('entry')).total;
  const request = {
    declaration: sampleEntryInput(),
    draftId: 'draft-9',
    location: fix(DALUO_INSIDE),
    faceTicket: await faceTicket(client, 'resident', 'submit', 'draft-9'),
  };
  const key = client.newIdempotencyKey();
  const [a, b] = await Promise.all([
    client.submit('entry', request, { idempotencyKey: key }),
    client.submit('entry', request, { idempotencyKey: key }),
  ]);
  const c = await client.submit('entry', request, { idempotencyKey: key });
  expect(a).toEqual(b);
  expect(c).toEqual(a);
  expect(a.status).toBe('declared');
  expect((await client.queryRecords('entry')).total).toBe(before + 1);
  // Another key is another action: the draft was declared once, so it is refused.
  expect((await failure(client.submit('entry', request))).code).toBe('CONFLICT');
  // A retry brings fresh evidence (a new fix, a new ticket) and is the same action: same receipt.
  const retry = { ...request, location: fix(DALUO_INSIDE), faceTicket: 'another.ticket.jws' };
  expect(await client.submit('entry', retry, { idempotencyKey: key })).toEqual(a);
  // The same key for another declaration is refused, not answered with the first receipt.
  const changed = { ...request, declaration: { ...request.declaration, billNumber: 'TY-OTHER' } };
  const reused = await failure(client.submit('entry', changed, { idempotencyKey: key }));
  expect(reused.code).toBe('VALIDATION');
  expect(reused.message).toBe('请求内容与首次提交不一致，请重新提交');
  expect((await client.queryRecords('entry')).total).toBe(before + 1);
});

it('a 暂存 retried with its Idempotency-Key after a lost reply makes one draft, the same 预录入编号', async () => {
  const client = await login('resident', 'resident');
  const before = (await client.queryRecords('entry')).total;
  const request = { declaration: sampleEntryInput({ billNumber: 'TY-OFFLINE-1' }) };
  const key = client.newIdempotencyKey();
  const first = await client.saveDraft('entry', request, { idempotencyKey: key });
  const again = await client.saveDraft('entry', request, { idempotencyKey: key });
  expect(again).toEqual(first);
  expect((await client.queryRecords('entry')).total).toBe(before + 1);
  // Without a key it is another 暂存: another draft.
  const other = await client.saveDraft('entry', request);
  expect(other.preEntryNumber).not.toBe(first.preEntryNumber);
  const unkeyed = await fetch(`${BASE}/api/v1/declarations/entry/drafts`, {
    method: 'POST',
    headers: { authorization: `Bearer ${client.sessionToken ?? ''}`, 'content-type': 'application/json' },
    body: JSON.stringify(request),
  });
  expect([unkeyed.status, ((await unkeyed.json()) as { code: string }).code]).toEqual([
    400,
    'IDEMPOTENCY_KEY_REQUIRED',
  ]);
});

it('re-checks the fence: outside, not connected, missing fix; and needs a face ticket', async () => {
  const client = await login('resident', 'resident');
  const ticket = await faceTicket(client, 'resident', 'submit', 'draft-d');
  expect(
    await failure(
      client.submit('entry', {
        draftId: 'draft-d',
        declaration: sampleEntryInput(),
        location: fix(FAR_OUTSIDE),
        faceTicket: ticket,
      }),
    ),
  ).toEqual({ code: 'VALIDATION', message: '当前位置不在申报区域内', paths: ['location'] });
  const pingxiang = sampleEntryInput({ customsCode: '7208', supervisionSiteCode: 'PXYYG000001' });
  expect(
    await failure(
      client.submit('entry', {
        draftId: 'draft-d',
        declaration: pingxiang,
        location: fix(YOUYIGUAN_INSIDE),
        faceTicket: ticket,
      }),
    ),
  ).toMatchObject({ code: 'VALIDATION', message: '该区域暂不支持在移动端申报！' });
  // Inside the 友谊关 fence while declaring at 打洛 is not inside the declaration's area.
  expect(
    (
      await failure(
        client.submit('entry', {
          draftId: 'draft-d',
          declaration: sampleEntryInput(),
          location: fix(YOUYIGUAN_INSIDE),
          faceTicket: ticket,
        }),
      )
    ).message,
  ).toMatch(/该区域暂不支持在移动端申报|当前位置不在申报区域内/);
  expect(
    (
      await failure(
        client.submit('entry', {
          draftId: 'draft-d',
          declaration: sampleEntryInput(),
          faceTicket: ticket,
        }),
      )
    ).paths,
  ).toEqual(['location']);
  expect(
    (
      await failure(
        client.submit('entry', {
          draftId: 'draft-d',
          declaration: sampleEntryInput(),
          location: fix(DALUO_INSIDE),
        }),
      )
    ).paths,
  ).toEqual(['faceTicket']);
  expect(
    (
      await failure(
        client.submit('entry', {
          draftId: 'draft-d',
          declaration: sampleEntryInput(),
          location: fix(DALUO_INSIDE),
          faceTicket: 'forged',
        }),
      )
    ).code,
  ).toBe('FORBIDDEN');
  // The ticket survived the refusals: its nonce is used only by the submit that passes.
  const passed = await client.submit('entry', {
    draftId: 'draft-d',
    declaration: sampleEntryInput(),
    location: fix(DALUO_INSIDE),
    faceTicket: ticket,
  });
  expect(passed.status).toBe('declared');
});

it('submits an 区内交易 进境申报单 directly, without fence and face', async () => {
  const client = await login('resident', 'resident');
  expect(
    (await client.submit('entry', { declaration: sampleEntryInput({ businessMode: '01' }) })).status,
  ).toBe('declared');
});

it('answers VALIDATION with each field path', async () => {
  const client = await login('resident', 'resident');
  const declaration = sampleEntryInput({ businessMode: '01' });
  const line: Partial<(typeof declaration.goods)[number]> = { ...declaration.goods[0] };
  delete line.quantity;
  const broken = { ...declaration, header: { ...declaration.header, currency: '' }, goods: [line] };
  const refused = await failure(client.submit('entry', { declaration: broken as typeof declaration }));
  expect(refused.code).toBe('VALIDATION');
  expect(refused.paths).toEqual(expect.arrayContaining(['goods[0].quantity', 'header.currency']));
  const group = await login('groupRepresentative', 'mutualAidGroup');
  expect((await failure(group.submit('entry', { declaration }))).paths).toEqual(['entrustedResidents']);
});

it('暂存, 修改, 复制, 删除 and 撤销 move declarations as the manual says', async () => {
  const client = await login('resident', 'resident');
  const draft = await client.saveDraft('entry', { declaration: sampleEntryInput({ businessMode: '01' }) });
  expect(draft.status).toBe('draft');
  const saved = await client.saveDraft('entry', {
    declaration: sampleEntryInput({ businessMode: '01' }),
    preEntryNumber: draft.preEntryNumber,
  });
  expect(saved.preEntryNumber).toBe(draft.preEntryNumber);
  const copy = await client.copy('entry', draft.preEntryNumber);
  expect(copy).toMatchObject({ status: 'draft' });
  expect(copy.preEntryNumber).not.toBe(draft.preEntryNumber);
  const submitted = await client.submit('entry', {
    declaration: sampleEntryInput({ businessMode: '01' }),
    preEntryNumber: draft.preEntryNumber,
  });
  expect(submitted).toMatchObject({ preEntryNumber: draft.preEntryNumber, status: 'declared' });
  await client.delete('entry', copy.preEntryNumber);
  expect((await failure(client.getDetail('entry', copy.preEntryNumber))).code).toBe('NOT_FOUND');

  const returned =
    (await client.queryRecords('entry', { status: 'returned' })).items[0]?.preEntryNumber ?? '';
  const modified = await client.modify('entry', returned, {
    declaration: sampleEntryInput({ businessMode: '01' }),
  });
  expect(modified.status).toBe('declared');

  const approved =
    (await client.queryRecords('entry', { status: 'approved' })).items[0]?.preEntryNumber ?? '';
  expect((await failure(client.revoke('entry', approved, ''))).paths).toEqual(['reason']);
  expect((await client.revoke('entry', approved, '录入有误')).status).toBe('declared');

  const released =
    (await client.queryRecords('entry', { status: 'goodsReleased' })).items[0]?.preEntryNumber ?? '';
  const changed = await client.change('entry', released, {
    declaration: sampleEntryInput(),
    location: fix(DALUO_INSIDE),
    faceTicket: await faceTicket(client, 'resident', 'submit', released),
  });
  expect(changed).toMatchObject({ status: 'declared' });
  expect(changed.declarationNumber).toBeDefined();
});

it('steps the customs pipeline through every status after 已申报', async () => {
  const client = await login('resident', 'resident');
  const newDeclared = async (): Promise<string> =>
    (await client.submit('entry', { declaration: sampleEntryInput({ businessMode: '01' }) })).preEntryNumber;
  const walk = async (pre: string, events: string[], statuses: DeclarationStatus[]): Promise<void> => {
    for (const [i, event] of events.entries()) {
      const response = await step(pre, event);
      expect(response.status).toBe(200);
      expect((await client.getDetail('entry', pre)).header.status).toBe(statuses[i]);
    }
  };
  const main = await newDeclared();
  await walk(
    main,
    ['sentToCustoms', 'customsApproved', 'documentsReleased', 'goodsReleased', 'changeRequested'],
    ['sentToCustoms', 'approved', 'documentsReleased', 'goodsReleased', 'changeRequested'],
  );
  expect((await client.getDetail('entry', main)).header.declarationNumber).toMatch(/^86090\d{13}$/);
  await walk(await newDeclared(), ['sendToCustomsFailed'], ['sendToCustomsFailed']);
  await walk(await newDeclared(), ['sentToCustoms', 'customsReturned'], ['sentToCustoms', 'returned']);
  await walk(
    await newDeclared(),
    ['sentToCustoms', 'customsStorageFailed'],
    ['sentToCustoms', 'customsStorageFailed'],
  );
  expect((await step(main, 'customsApproved')).status).toBe(409);
  expect((await step(main, 'launch')).status).toBe(422);
  expect((await step('202600000000000000', 'sentToCustoms')).status).toBe(404);
});

/** The declaration with one goods line of 1 × `price`. */
it('refuses a submit that takes a resident over the 8,000-yuan daily allowance', async () => {
  const client = await login('resident', 'resident');
  expect(
    await failure(
      client.submit('entry', { declaration: priced(sampleEntryInput({ businessMode: '01' }), '8000.01') }),
    ),
  ).toEqual({
    code: 'VALIDATION',
    message: `${SEED_PERSONS.resident.name}当日申报金额已超过8000元免税额度`,
    paths: ['goods'],
  });
  // Declarations of 3,000 each: the third goes over, whatever the seed declared today.
  const third = priced(sampleEntryInput({ businessMode: '01' }), '3000.00');
  await client.submit('entry', { declaration: third });
  await client.submit('entry', { declaration: third });
  expect((await failure(client.submit('entry', { declaration: third }))).code).toBe('VALIDATION');
  // A representative's declaration counts each 委托边民's 额度.
  const group = await login('groupRepresentative', 'mutualAidGroup');
  const [first, second] = SEED_ENTRUSTED;
  const shared = sampleEntryInput({ businessMode: '01' }, [
    { idNumber: first?.idNumber ?? '', name: first?.name ?? '', quota: '100.00' },
    { idNumber: second?.idNumber ?? '', name: second?.name ?? '', quota: '8000.01' },
  ]);
  expect(await failure(group.submit('entry', { declaration: priced(shared, '8100.01') }))).toMatchObject({
    code: 'VALIDATION',
    message: `${SEED_PERSONS.secondResident.name}当日申报金额已超过8000元免税额度`,
    paths: ['entrustedResidents'],
  });
});

it('暂存 takes an incomplete draft but refuses one that is not shaped like a declaration', async () => {
  const client = await login('resident', 'resident');
  const empty = sampleEntryInput();
  const partial = { ...empty, header: { ...empty.header, billNumber: '' }, goods: [] };
  expect((await client.saveDraft('entry', { declaration: partial })).status).toBe('draft');
  const broken = { ...empty, header: { ...empty.header, packageCount: { n: 3 } }, goods: 'none' };
  const refused = await failure(
    client.saveDraft('entry', { declaration: broken as unknown as typeof empty }),
  );
  expect(refused.code).toBe('VALIDATION');
  expect(refused.paths.sort()).toEqual(['goods', 'header.packageCount']);
  const noHeader = await failure(
    client.saveDraft('entry', { declaration: { ...empty, header: null } as unknown as typeof empty }),
  );
  expect(noHeader.paths).toEqual(['header']);
});
