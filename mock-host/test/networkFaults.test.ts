// The `network` scenario: a lost reply after the backend acted (over HTTP the connection drops; in the
// page a network error), replies held for `slowDelayMs`, and no backend while the page is offline.
import { expect, it, vi } from 'vitest';
import { getResponse } from 'msw';
import { createBackendClient, isBackendError } from '@hushi/sdk';
import { createMemoryStorage } from '../src/host/hostStorage';
import { scenarioNetworkFaults } from '../src/host/networkFaults';
import { createScenarioStore } from '../src/host/scenarioStore';
import { sampleEntryInput } from '../src/backend/seedDeclarations';
import { DEMO_AUTH_CODE } from '../src/backend/seedPersons';
import { useMockHostServer } from './support/mockHostServer';

const http = useMockHostServer();
const { mock } = http;

it('loses the next action’s reply once over HTTP: the draft exists, the same key gets its number', async () => {
  const client = createBackendClient({ baseUrl: http.server.url });
  await client.exchangeSession(DEMO_AUTH_CODE);
  await client.selectIdentity('resident');
  const before = (await client.queryRecords('entry')).total;
  mock.scenarios.set({ network: 'loseNextActionReply' });
  // A query is no action: its reply arrives.
  expect((await client.queryRecords('entry')).total).toBe(before);
  const request = { declaration: sampleEntryInput({ billNumber: 'TY-LOST-1' }) };
  const lost = await client.saveDraft('entry', request).catch((error: unknown) => error);
  expect(isBackendError(lost, 'NETWORK')).toBe(true);
  const key = isBackendError(lost) ? lost.idempotencyKey : undefined;
  expect(key).toBeDefined();
  expect(mock.scenarios.get().network).toBe('delivered');
  expect((await client.queryRecords('entry')).total).toBe(before + 1);
  const retried = await client.saveDraft('entry', request, key === undefined ? {} : { idempotencyKey: key });
  const page = await client.queryRecords('entry');
  expect(page.total).toBe(before + 1);
  expect(page.items.map((item) => item.preEntryNumber)).toContain(retried.preEntryNumber);
});

it('holds every reply for slowDelayMs when stalled, and reaches no backend from an offline page', async () => {
  const scenarios = createScenarioStore({ storage: createMemoryStorage() });
  const sleep = vi.fn(() => Promise.resolve());
  let offline = false;
  const faults = scenarioNetworkFaults(scenarios, { sleep, offline: () => offline });
  scenarios.set({ network: 'stalled', slowDelayMs: 20_000 });
  expect(await faults.afterAnswer('getIdentities')).toBe('delivered');
  expect(sleep).toHaveBeenCalledWith(20_000);
  scenarios.set({ network: 'loseNextActionReply' });
  expect(await faults.afterAnswer('getIdentities')).toBe('delivered');
  expect(await faults.afterAnswer('submit')).toBe('lost');
  expect(await faults.afterAnswer('submit')).toBe('delivered');
  expect(faults.unreachable()).toBe(false);
  offline = true;
  expect(faults.unreachable()).toBe(true);
});

it('answers a network error in the page while navigator says offline', async () => {
  vi.stubGlobal('navigator', { onLine: false });
  try {
    const response = await getResponse(mock.handlers, new Request('http://page.test/api/v1/me/identities'));
    expect(response?.type).toBe('error');
  } finally {
    vi.unstubAllGlobals();
  }
  const online = await getResponse(mock.handlers, new Request('http://page.test/api/v1/me/identities'));
  expect(online?.status).toBe(401);
});
