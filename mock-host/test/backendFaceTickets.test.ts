// The mock host as a whole: the backend verifies the host face service's real JWS tickets, and the
// bridge logs in the scenario's current person.
import { afterAll, beforeAll, expect, it } from 'vitest';
import { exportJWK, generateKeyPair } from 'jose';
import { setupServer } from 'msw/node';
import { createBackendClient, createBridge, createInMemoryBinding, isBackendError } from '@hushi/sdk';
import { createFaceTicketService } from '../src/faceTickets';
import type { FaceTicketSubject } from '../src/faceTickets';
import { createMockHost } from '../src/handlers/index';
import { createMemoryStorage } from '../src/hostStorage';
import { sampleEntryInput, SEED_ENTRUSTED } from '../src/backend/seedDeclarations';
import { DALUO_INSIDE } from '../src/backend/seedFences';
import { DEMO_AUTH_CODE, SEED_PERSONS } from '../src/backend/seedPersons';

let clock = Date.now();
const mock = createMockHost({ storage: createMemoryStorage(), now: () => clock });
const server = setupServer(...mock.handlers);
beforeAll(() => {
  server.listen({ onUnhandledRequest: 'error' });
});
afterAll(() => {
  server.close();
});

const BASE = 'http://hushi.test';

/** A fix inside the 打洛 fence, taken now. */
const insideFix = () => ({ ...DALUO_INSIDE, datum: 'wgs84' as const, accuracy: 8, timestamp: clock });

/** A 边民 client logged in, with one open face challenge for a new declaration `draft-1`. */
async function residentWithChallenge() {
  const client = createBackendClient({ baseUrl: BASE });
  await client.exchangeSession(DEMO_AUTH_CODE);
  await client.selectIdentity('resident');
  const { nonce } = await client.createFaceChallenge({ purpose: 'submit', businessId: 'draft-1' });
  const subject: FaceTicketSubject = {
    personId: SEED_PERSONS.resident.id,
    purpose: 'declare',
    bizId: 'draft-1',
    nonce,
  };
  return { client, subject };
}

/** The backend's own code of a refused submit. */
async function refusalOf(
  client: ReturnType<typeof createBackendClient>,
  faceTicket: string,
): Promise<unknown> {
  const error = await client
    .submit('entry', { declaration: sampleEntryInput(), location: insideFix(), faceTicket })
    .catch((e: unknown) => e);
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
  ['for another business', (s) => mock.faceTickets.issue({ ...s, bizId: 'draft-2' }), 'WRONG_BUSINESS'],
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
    expect(await refusalOf(client, await ticketFor(subject))).toEqual({ backendCode });
    const receipt = await client.submit('entry', {
      declaration: sampleEntryInput(),
      location: insideFix(),
      faceTicket: await mock.faceTickets.issue(subject),
    });
    expect(receipt.status).toBe('declared');
  });
}

it('refuses a ticket past its own expiry, and one whose challenge has expired', async () => {
  clock += 10 * 60_000;
  const { client, subject } = await residentWithChallenge();
  const ticket = await mock.faceTickets.issue(subject);
  clock += 3 * 60_000; // tickets live 2 minutes, challenges 5
  expect(await refusalOf(client, ticket)).toEqual({ backendCode: 'EXPIRED' });
  clock += 3 * 60_000;
  expect(await refusalOf(client, await mock.faceTickets.issue(subject))).toEqual({
    backendCode: 'FACE_CHALLENGE_MISSING',
  });
});

it('accepts a signed ticket for the issued nonce once, and refuses its replay', async () => {
  const { client, subject } = await residentWithChallenge();
  const faceTicket = await mock.faceTickets.issue(subject);
  const receipt = await client.submit('entry', {
    declaration: sampleEntryInput(),
    location: insideFix(),
    faceTicket,
  });
  expect(receipt.status).toBe('declared');
  expect(await refusalOf(client, faceTicket)).toEqual({ backendCode: 'FACE_CHALLENGE_MISSING' });
});

it('lets a 委托边民 authenticate with an authorize ticket bound to the 预录入编号', async () => {
  const group = createBackendClient({ baseUrl: BASE });
  await group.exchangeSession(mock.backend.mintAuthCode(SEED_PERSONS.groupRepresentative.id));
  await group.selectIdentity('mutualAidGroup');
  const c = await group.createFaceChallenge({ purpose: 'submit', businessId: 'g-1' });
  const submitted = await group.submit('entry', {
    declaration: sampleEntryInput({}, SEED_ENTRUSTED),
    location: insideFix(),
    faceTicket: await mock.faceTickets.issue({
      personId: SEED_PERSONS.groupRepresentative.id,
      purpose: 'declare',
      bizId: 'g-1',
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

it('accepts tickets of a host face service once its public key is registered at /__mock/face-keys', async () => {
  clock += 10 * 60_000;
  const host = createFaceTicketService({ now: () => clock });
  const register = (jwk: unknown) =>
    fetch(`${BASE}/__mock/face-keys`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ jwk }),
    });
  const { client, subject } = await residentWithChallenge();
  expect(await refusalOf(client, await host.issue(subject))).toEqual({ backendCode: 'FORGED' });

  const { privateKey } = await generateKeyPair('ES256', { extractable: true });
  expect((await register(await exportJWK(privateKey))).status).toBe(400);
  expect((await register({ kty: 'EC', crv: 'P-256', x: 'AA', y: 'AA' })).status).toBe(400);
  const registered = await register(await exportJWK(await host.publicKey()));
  expect(await registered.json()).toEqual({ trusted: 1 });

  const receipt = await client.submit('entry', {
    declaration: sampleEntryInput(),
    location: insideFix(),
    faceTicket: await host.issue(subject),
  });
  expect(receipt.status).toBe('declared');
  expect(await (await fetch(`${BASE}/__mock/face-keys`)).json()).toEqual({ trusted: 1 });
});
