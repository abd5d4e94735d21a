// The mock host as a whole: the backend verifies the host face service's real JWS tickets, and the
// bridge logs in the scenario's current person.
import { afterAll, beforeAll, expect, it } from 'vitest';
import { setupServer } from 'msw/node';
import { createBackendClient, createBridge, createInMemoryBinding, isBackendError } from '@hushi/sdk';
import { createMockHost } from '../src/handlers/index';
import { createMemoryStorage } from '../src/scenarioStorage';
import { sampleEntryInput, SEED_ENTRUSTED } from '../src/backend/seedDeclarations';
import { DALUO_INSIDE } from '../src/backend/seedFences';
import { DEMO_AUTH_CODE, SEED_PERSONS } from '../src/backend/seedPersons';

const mock = createMockHost({ storage: createMemoryStorage() });
const server = setupServer(...mock.handlers);
beforeAll(() => {
  server.listen({ onUnhandledRequest: 'error' });
});
afterAll(() => {
  server.close();
});

const BASE = 'http://hushi.test';

it('accepts a signed ticket for the issued nonce once, and refuses its replay', async () => {
  const client = createBackendClient({ baseUrl: BASE });
  await client.exchangeSession(DEMO_AUTH_CODE);
  await client.selectIdentity('resident');
  const { nonce } = await client.createFaceChallenge({ purpose: 'submit', businessId: 'draft-1' });
  const personId = SEED_PERSONS.resident.id;
  const faceTicket = await mock.faceTickets.issue({ personId, purpose: 'declare', bizId: 'draft-1', nonce });
  const location = { ...DALUO_INSIDE, datum: 'wgs84' as const, accuracy: 8, timestamp: Date.now() };
  const receipt = await client.submit('entry', { declaration: sampleEntryInput(), location, faceTicket });
  expect(receipt.status).toBe('declared');
  const replay = await client
    .submit('entry', { declaration: sampleEntryInput(), location, faceTicket })
    .catch((e: unknown) => e);
  expect(isBackendError(replay) && replay.code).toBe('FORBIDDEN');
});

it('lets a 委托边民 authenticate with an authorize ticket bound to the 预录入编号', async () => {
  const group = createBackendClient({ baseUrl: BASE });
  await group.exchangeSession(mock.backend.mintAuthCode(SEED_PERSONS.groupRepresentative.id));
  await group.selectIdentity('mutualAidGroup');
  const c = await group.createFaceChallenge({ purpose: 'submit', businessId: 'g-1' });
  const submitted = await group.submit('entry', {
    declaration: sampleEntryInput({}, SEED_ENTRUSTED),
    location: { ...DALUO_INSIDE, datum: 'wgs84', accuracy: 8, timestamp: Date.now() },
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
