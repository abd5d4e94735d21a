// The mock host in real Chromium through MSW's service worker: the page bundles mock-host and the
// sdk, starts the worker, and talks to the bridge and the backend of its own origin. The static
// server knows only the page, its script, the worker script and PGlite's files, so every answer comes
// from the page, whose customs backend keeps its database in IndexedDB.
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { launchChromium } from '../../test/support/chromium';
import type { ChromiumSession } from '../../test/support/chromium';
import { serveMockHostPage } from '../../test/support/mockHostPage';
import type { StaticServer } from '../../test/support/staticServer';
import { SCENARIO_STORAGE_KEY } from '../src/host/scenarioStore';

/** The page's script: starts the worker, then exposes steps that use the real sdk, same-origin. */
const PAGE_SCRIPT = `
import { startMockHostWorker } from '@hushi/mock-host/browser';
import { createBackendClient, createBridge, createDevHttpTransport } from '@hushi/sdk';
import { sampleEntryInput } from './mock-host/src/backend/seedDeclarations';

const fail = (error) => ({ error: error && error.code ? error.code : String(error) });

window.workerReady = startMockHostWorker({ quiet: true }).then(
  () => ({ controlled: navigator.serviceWorker.controller !== null }),
  fail,
);

/** A backend client logged in as the scenario's person, picked as 边民. */
async function residentBackend() {
  const bridge = await createBridge({ transport: createDevHttpTransport({ baseUrl: location.origin }) });
  const { authCode } = await bridge.call('auth.getSession', {});
  const backend = createBackendClient({ baseUrl: location.origin });
  await backend.exchangeSession(authCode);
  await backend.selectIdentity('resident');
  return backend;
}

window.steps = {
  async locate() {
    try {
      const bridge = await createBridge({
        transport: createDevHttpTransport({ baseUrl: location.origin }),
        handshakeTimeoutMs: 5000,
      });
      const fix = await bridge.call('location.get', { datum: 'wgs84' });
      return { host: bridge.host.hostName, datum: fix.datum, source: fix.source };
    } catch (error) {
      return fail(error);
    }
  },
  async switchLocation(scenario) {
    const response = await fetch('/__mock/scenarios', {
      method: 'PUT',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ location: scenario }),
    });
    return { status: response.status, location: (await response.json()).scenarios.location };
  },
  async saveDraft() {
    try {
      const receipt = await (await residentBackend()).saveDraft('entry', { declaration: sampleEntryInput() });
      return receipt.preEntryNumber;
    } catch (error) {
      return fail(error);
    }
  },
  async findRecord(preEntryNumber) {
    try {
      const found = await (await residentBackend()).queryRecords('entry', { preEntryNumber });
      return found.items.map((item) => item.status);
    } catch (error) {
      return fail(error);
    }
  },
  async login() {
    try {
      const bridge = await createBridge({ transport: createDevHttpTransport({ baseUrl: location.origin }) });
      const { authCode } = await bridge.call('auth.getSession', {});
      const backend = createBackendClient({ baseUrl: location.origin });
      const session = await backend.exchangeSession(authCode);
      await backend.selectIdentity('resident');
      // A face ticket signed in the page (jose on Web Crypto), bound to a backend-issued nonce.
      const { nonce } = await backend.createFaceChallenge({ purpose: 'submit', businessId: 'draft-1' });
      const { ticket } = await bridge.call('face.verify', { purpose: 'declare', bizId: 'draft-1', nonce });
      return { token: session.token.length > 0, ticketParts: ticket.split('.').length };
    } catch (error) {
      return fail(error);
    }
  },
};
`;

type Steps = {
  locate(): Promise<unknown>;
  saveDraft(): Promise<unknown>;
  findRecord(preEntryNumber: string): Promise<unknown>;
  switchLocation(scenario: string): Promise<unknown>;
  login(): Promise<unknown>;
};

let session: ChromiumSession;
let server: StaticServer;

beforeAll(async () => {
  server = await serveMockHostPage(PAGE_SCRIPT);
  session = await launchChromium();
}, 60_000);

afterAll(async () => {
  await session.close();
  await server.close();
});

async function ready(page: Page): Promise<unknown> {
  return page.evaluate(() => (window as unknown as { workerReady: Promise<unknown> }).workerReady);
}

function step(page: Page, name: keyof Steps, arg = ''): Promise<unknown> {
  return page.evaluate(
    ([n, a]) =>
      (window as unknown as { steps: Record<string, (x: string) => Promise<unknown>> }).steps[n]?.(a),
    [name, arg] as const,
  );
}

it('answers the bridge from the page, keeps a switched scenario across a reload, and logs in', async () => {
  const page = await session.context.newPage();
  await page.goto(`http://127.0.0.1:${server.port}/app.html`);
  expect(await ready(page)).toEqual({ controlled: true });
  expect(await step(page, 'locate')).toEqual({ host: 'hushi-mock-host', datum: 'wgs84', source: 'gps' });

  expect(await step(page, 'switchLocation', 'permissionDenied')).toEqual({
    status: 200,
    location: 'permissionDenied',
  });
  // The handlers run in the page, so the scenario is in the page's localStorage.
  const stored = await page.evaluate((key) => localStorage.getItem(key), SCENARIO_STORAGE_KEY);
  expect(JSON.parse(stored ?? '{}')).toMatchObject({ location: 'permissionDenied' });

  await page.reload();
  expect(await ready(page)).toEqual({ controlled: true });
  expect(await step(page, 'locate')).toEqual({ error: 'PERMISSION_DENIED' });

  expect(await step(page, 'login')).toEqual({ token: true, ticketParts: 3 });
  await page.close();
});

it('keeps the backend’s declarations across a reload', async () => {
  const page = await session.context.newPage();
  await page.goto(`http://127.0.0.1:${server.port}/app.html`);
  expect(await ready(page)).toEqual({ controlled: true });
  const draft = await step(page, 'saveDraft');
  expect(draft).toMatch(/^\d{18}$/);
  await page.reload();
  expect(await ready(page)).toEqual({ controlled: true });
  expect(await step(page, 'findRecord', draft as string)).toEqual(['draft']);
  const databases = await page.evaluate(async () => (await indexedDB.databases()).map((d) => d.name));
  expect(databases.some((name) => name?.endsWith('hushi-mock-host'))).toBe(true);
  await page.close();
});

it('keeps the backend in memory where the page has no IndexedDB', async () => {
  const page = await session.context.newPage();
  await page.addInitScript(() => {
    Object.defineProperty(window, 'indexedDB', { value: undefined });
  });
  await page.goto(`http://127.0.0.1:${server.port}/app.html`);
  expect(await ready(page)).toEqual({ controlled: true });
  expect(await step(page, 'saveDraft')).toMatch(/^\d{18}$/);
  await page.close();
});
