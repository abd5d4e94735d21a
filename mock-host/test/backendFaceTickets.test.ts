// The mock host as a whole: the backend verifies the host face service's real JWS tickets, and the
// bridge logs in the scenario's current person.
import { afterAll, beforeAll, expect, it } from 'vitest';
import { calculateJwkThumbprint, exportJWK, generateKeyPair } from 'jose';
import { setupServer } from 'msw/node';
import { createBackendClient, createBridge, createInMemoryBinding, isBackendError } from '@hushi/sdk';
import { createFaceTicketService } from '../src/host/faceTickets';
import { MAX_TRUSTED_FACE_KEYS } from '../src/host/hostKeyRing';
import type { FaceTicketSubject } from '../src/host/faceTickets';
import { createMockHost } from '../src/createMockHost';
import { createMemoryStorage } from '../src/host/hostStorage';
import { sampleEntryInput, SEED_ENTRUSTED } from '../src/backend/seedDeclarations';
import { DALUO_INSIDE } from '../src/backend/seedFences';
import { DEMO_AUTH_CODE, SEED_PERSONS } from '../src/backend/seedPersons';

let clock = Date.now();
const mock = createMockHost({ storage: createMemoryStorage(), now: () => clock });
const server = setupServer(...mock.handlers);
beforeAll(async () => {
  server.listen({ onUnhandledRequest: 'error' });
  await mock.backend.ready;
});
afterAll(() => {
  server.close();
});

const BASE = 'http://hushi.test';

/** A fix inside the 打洛 fence, taken now. */
const insideFix = () => ({ ...DALUO_INSIDE, datum: 'wgs84' as const, accuracy: 8, timestamp: clock });

let drafts = 0;

/** A 边民 client logged in, with one open face challenge for a new declaration (a fresh draft id). */
async function residentWithChallenge() {
  const client = createBackendClient({ baseUrl: BASE });
  await client.exchangeSession(DEMO_AUTH_CODE);
  await client.selectIdentity('resident');
  drafts += 1;
  const draftId = `draft-${drafts}`;
  const { nonce } = await client.createFaceChallenge({ purpose: 'submit', businessId: draftId });
  const subject: FaceTicketSubject = {
    personId: SEED_PERSONS.resident.id,
    purpose: 'declare',
    bizId: draftId,
    nonce,
  };
  return { client, subject };
}

type Client = ReturnType<typeof createBackendClient>;

/** 申报 of a new 进境申报单 inside the fence, as the draft the face ticket's subject names. */
const submitWith = (client: Client, subject: FaceTicketSubject, faceTicket: string) =>
  client.submit('entry', {
    declaration: sampleEntryInput(),
    draftId: subject.bizId,
    location: insideFix(),
    faceTicket,
  });

/** The backend's own code of a refused submit. */
async function refusalOf(client: Client, subject: FaceTicketSubject, faceTicket: string): Promise<unknown> {
  const error = await submitWith(client, subject, faceTicket).catch((e: unknown) => e);
  return isBackendError(error, 'FORBIDDEN') ? error.data : error;
}

const forger = createFaceTicketService();
const REFUSED_TICKETS: [string, (s: FaceTicketSubject) => Promise<string>, string][] = [
  ['signed by another key', (s) => forger.issue(s), 'FORGED'],
  ['edited after signing', async (s) => `${(await mock.faceTickets.issue(s)).slice(0, -4)}AAAA`, 'FORGED'],
  [
    'for another person',
    (s) => mock.faceTickets.issue({ ...s, personId: SEED_PERSONS.groupRepresentative.id }),
    'WRONG_PERSON',
  ],
  ['for another business', (s) => mock.faceTickets.issue({ ...s, bizId: `${s.bizId}-2` }), 'WRONG_BUSINESS'],
  ['for another purpose', (s) => mock.faceTickets.issue({ ...s, purpose: 'authorize' }), 'WRONG_PURPOSE'],
  [
    'answering a nonce never issued',
    (s) => mock.faceTickets.issue({ ...s, nonce: 'invented-nonce-0123456789' }),
    'WRONG_NONCE',
  ],
];

for (const [kind, ticketFor, backendCode] of REFUSED_TICKETS) {
  it(`refuses a ticket ${kind} (${backendCode}) and still accepts the right one`, async () => {
    clock += 10 * 60_000; // every earlier challenge has expired
    const { client, subject } = await residentWithChallenge();
    expect(await refusalOf(client, subject, await ticketFor(subject))).toEqual({ backendCode });
    const receipt = await submitWith(client, subject, await mock.faceTickets.issue(subject));
    expect(receipt.status).toBe('declared');
  });
}

it('refuses a ticket past its own expiry, and one whose challenge has expired', async () => {
  clock += 10 * 60_000;
  const { client, subject } = await residentWithChallenge();
  const ticket = await mock.faceTickets.issue(subject);
  clock += 3 * 60_000; // tickets live 2 minutes, challenges 5
  expect(await refusalOf(client, subject, ticket)).toEqual({ backendCode: 'EXPIRED' });
  clock += 3 * 60_000;
  expect(await refusalOf(client, subject, await mock.faceTickets.issue(subject))).toEqual({
    backendCode: 'FACE_CHALLENGE_EXPIRED',
  });
});

it('accepts a signed ticket for the issued nonce once, and refuses its replay (FACE_CHALLENGE_USED)', async () => {
  const { client, subject } = await residentWithChallenge();
  const pre = (await submitWith(client, subject, await mock.faceTickets.issue(subject))).preEntryNumber;
  // 发往海关失败 lets the declarant 修改 it, with a ticket bound to its 预录入编号.
  await mock.backend.stepCustoms(pre, 'sendToCustomsFailed');
  const { nonce } = await client.createFaceChallenge({ purpose: 'submit', businessId: pre });
  const faceTicket = await mock.faceTickets.issue({ ...subject, bizId: pre, nonce });
  const modify = () =>
    client.modify('entry', pre, { declaration: sampleEntryInput(), location: insideFix(), faceTicket });
  expect((await modify()).status).toBe('declared');
  await mock.backend.stepCustoms(pre, 'sendToCustomsFailed');
  const replay = await modify().catch((e: unknown) => e);
  expect(isBackendError(replay, 'FORBIDDEN') && replay.data).toEqual({ backendCode: 'FACE_CHALLENGE_USED' });
  // Nor does it pass for another declaration.
  const other = await residentWithChallenge();
  expect(await refusalOf(other.client, other.subject, faceTicket)).toEqual({ backendCode: 'WRONG_BUSINESS' });
});

it('keeps 20 open challenges per person: a ticket for one superseded by newer ones is refused', async () => {
  clock += 10 * 60_000;
  const { client, subject } = await residentWithChallenge();
  for (let i = 0; i < 20; i += 1)
    await client.createFaceChallenge({ purpose: 'submit', businessId: subject.bizId });
  expect(await refusalOf(client, subject, await mock.faceTickets.issue(subject))).toEqual({
    backendCode: 'WRONG_NONCE',
  });
});

it('lets a 委托边民 authenticate with an authorize ticket bound to the 预录入编号', async () => {
  const group = createBackendClient({ baseUrl: BASE });
  await group.exchangeSession(await mock.backend.mintAuthCode(SEED_PERSONS.groupRepresentative.id));
  await group.selectIdentity('mutualAidGroup');
  const c = await group.createFaceChallenge({ purpose: 'submit', businessId: 'draft-g1' });
  const submitted = await group.submit('entry', {
    declaration: sampleEntryInput({}, SEED_ENTRUSTED),
    draftId: 'draft-g1',
    location: insideFix(),
    faceTicket: await mock.faceTickets.issue({
      personId: SEED_PERSONS.groupRepresentative.id,
      purpose: 'declare',
      bizId: 'draft-g1',
      nonce: c.nonce,
    }),
  });
  const resident = createBackendClient({ baseUrl: BASE });
  await resident.exchangeSession(DEMO_AUTH_CODE);
  await resident.selectIdentity('resident');
  const pre = submitted.preEntryNumber;
  const a = await resident.createFaceChallenge({ purpose: 'authenticate', businessId: pre });
  const ticket = await mock.faceTickets.issue({
    personId: SEED_PERSONS.resident.id,
    purpose: 'authorize',
    bizId: pre,
    nonce: a.nonce,
  });
  expect(await resident.authenticate('entry', pre, ticket)).toMatchObject({
    authenticatedCount: 1,
    residentCount: 2,
  });
});

it('logs in through the bridge whoever the scenario store says holds the phone', async () => {
  const binding = createInMemoryBinding();
  binding.host.onRequest((request) => {
    void mock.host.handle(request).then((reply) => {
      binding.host.deliver(reply);
    });
  });
  const bridge = await createBridge({ transport: binding.transport });
  const nameOf = async (): Promise<string> => {
    const client = createBackendClient({ baseUrl: BASE });
    await client.exchangeSession((await bridge.call('auth.getSession', {})).authCode);
    return (await client.getIdentities()).name;
  };
  mock.scenarios.setCurrentPerson({ personId: SEED_PERSONS.groupRepresentative.id });
  expect(await nameOf()).toBe(SEED_PERSONS.groupRepresentative.name);
  mock.scenarios.setCurrentPerson({ personId: SEED_PERSONS.resident.id });
  expect(await nameOf()).toBe(SEED_PERSONS.resident.name);
  bridge.close();
});

/** `POST /__mock/face-keys` with `{ jwk }`. */
const register = (jwk: unknown) =>
  fetch(`${BASE}/__mock/face-keys`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ jwk }),
  });

it('accepts tickets of a host face service once its public key is registered at /__mock/face-keys', async () => {
  clock += 10 * 60_000;
  const host = createFaceTicketService({ now: () => clock });
  const { client, subject } = await residentWithChallenge();
  expect(await refusalOf(client, subject, await host.issue(subject))).toEqual({ backendCode: 'FORGED' });

  const { privateKey } = await generateKeyPair('ES256', { extractable: true });
  expect((await register(await exportJWK(privateKey))).status).toBe(400);
  expect((await register({ kty: 'EC', crv: 'P-256', x: 'AA', y: 'AA' })).status).toBe(400);
  const jwk = await exportJWK(await host.publicKey());
  const thumbprint = await calculateJwkThumbprint(jwk);
  expect(await (await register(jwk)).json()).toEqual({ trusted: 1, thumbprint, added: true });
  // The same key posted again (here with a kid and use of its own) is the same key: still one.
  expect(await (await register({ ...jwk, kid: 'web-host', use: 'sig' })).json()).toEqual({
    trusted: 1,
    thumbprint,
    added: false,
  });

  const receipt = await submitWith(client, subject, await host.issue(subject));
  expect(receipt.status).toBe('declared');
  expect(await (await fetch(`${BASE}/__mock/face-keys`)).json()).toEqual({
    trusted: 1,
    keys: [{ kty: 'EC', crv: 'P-256', x: jwk.x, y: jwk.y, kid: thumbprint }],
  });
});

it('refuses to trust more than MAX_TRUSTED_FACE_KEYS face keys with 409 FACE_KEY_LIMIT', async () => {
  const trusted = async () =>
    ((await (await fetch(`${BASE}/__mock/face-keys`)).json()) as { trusted: number }).trusted;
  while ((await trusted()) < MAX_TRUSTED_FACE_KEYS) {
    const { publicKey } = await generateKeyPair('ES256');
    expect((await register(await exportJWK(publicKey))).status).toBe(200);
  }
  const { publicKey } = await generateKeyPair('ES256');
  const refused = await register(await exportJWK(publicKey));
  expect(refused.status).toBe(409);
  expect(await refused.json()).toMatchObject({ code: 'FACE_KEY_LIMIT' });
  expect(await trusted()).toBe(MAX_TRUSTED_FACE_KEYS);
});
