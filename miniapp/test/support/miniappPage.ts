import type { Page } from 'playwright-core';
import { afterAll, beforeAll } from 'vitest';
import { launchChromium } from '../../../test/support/chromium';
import type { ChromiumSession } from '../../../test/support/chromium';
import { startH5Server } from '../../scripts/h5Server.mjs';

/** The identities of 身份选择 as their labels on screen. */
export type RoleLabel = '边民' | '互助组' | '合作社';

/** The demo persons of the mock backend's seed (mock-host/src/backend/seedPersons.ts). */
export const PERSONS = {
  resident: 'P0001',
  secondResident: 'P0002',
  unverified: 'P0003',
  unfiled: 'P0004',
  groupRepresentative: 'P0005',
  cooperativeRepresentative: 'P0006',
} as const;

/** A part of the mock host's scenarios (see mock-host/src/host/scenarios.ts), as `PUT /__mock/scenarios` takes it. */
export type ScenarioPatch = Record<string, unknown>;

/** The H5 mini-app in headless Chromium, with the mock host running in the page. */
export interface MiniappSession {
  page: Page;
  url: string;
  /** Changes the mock host's scenarios (persisted in the page's localStorage). */
  setScenarios(patch: ScenarioPatch): Promise<void>;
  /**
   * Reloads and logs in as `person` on a phone without kept forms, picks `role` in 身份选择 and waits
   * for the menu.
   */
  loginAs(person: keyof typeof PERSONS, role: RoleLabel): Promise<void>;
  /** Clicks the NutUI button whose text is exactly `text`. */
  clickButton(text: string): Promise<void>;
  close(): Promise<void>;
}

/** How {@link openMiniapp} opens the app. */
export interface OpenOptions {
  /**
   * Called with the page and the server's URL before the app is first loaded: what a host app sets up
   * before it loads the mini-app (init scripts, bindings).
   */
  beforeLoad?: (page: Page, url: string) => Promise<void>;
}

/**
 * The longest wait for the first screen after a load: the mock backend in the page opens its database
 * first (seconds on two busy cores).
 */
const FIRST_SCREEN_TIMEOUT_MS = 60_000;

/** The prefix of the forms the app keeps in storage (miniapp/src/stores/keptForms.ts). */
export const KEPT_FORM_PREFIX = 'hushi.keptForm.';

/** A phone-sized page. */
const VIEWPORT = { width: 375, height: 740 };

/**
 * Serves the H5 build (run `npm run build:h5` first; `npm test` does) and opens it in Chromium.
 * Each session has a fresh browser profile, so mock scenarios and data start from the seed.
 */
export async function openMiniapp(options: OpenOptions = {}): Promise<MiniappSession> {
  const server = await startH5Server();
  let chromium: ChromiumSession | undefined;
  try {
    chromium = await launchChromium({ viewport: VIEWPORT, locale: 'zh-CN' });
  } catch (error) {
    await server.close();
    throw error;
  }
  const browser = chromium;
  const page = browser.context.pages()[0] ?? (await browser.context.newPage());
  try {
    await options.beforeLoad?.(page, server.url);
  } catch (error) {
    await browser.close();
    await server.close();
    throw error;
  }
  await page.goto(server.url);
  await page.waitForFunction(() => (window as { __HUSHI_HOST_READY__?: unknown }).__HUSHI_HOST_READY__);
  await page.evaluate(
    () => (window as unknown as { __HUSHI_HOST_READY__: Promise<unknown> }).__HUSHI_HOST_READY__,
  );

  const setScenarios = async (patch: ScenarioPatch): Promise<void> => {
    const status = await page.evaluate(async (body) => {
      const response = await fetch('/__mock/scenarios', {
        method: 'PUT',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify(body),
      });
      return response.status;
    }, patch);
    if (status !== 200) throw new Error(`PUT /__mock/scenarios answered ${status}`);
  };

  const clickButton = async (text: string): Promise<void> => {
    await page
      .locator('.nut-button', { hasText: new RegExp(`^\\s*${text}\\s*$`) })
      .first()
      .click();
  };

  return {
    page,
    url: server.url,
    setScenarios,
    clickButton,
    async loginAs(person, role) {
      await setScenarios({ currentPerson: { personId: PERSONS[person] } });
      // A fresh start on this phone: no form kept from an earlier test is offered back.
      await page.evaluate((prefix) => {
        for (const key of Object.keys(localStorage)) if (key.startsWith(prefix)) localStorage.removeItem(key);
      }, KEPT_FORM_PREFIX);
      await page.goto(server.url);
      await page.reload();
      // The mock backend in the page opens its database (PGlite on IndexedDB) before the first screen.
      await page.locator('.identity-choice').first().waitFor({ timeout: FIRST_SCREEN_TIMEOUT_MS });
      await page.locator('.identity-choice', { hasText: role }).locator('.nut-radio').click();
      await clickButton('进入菜单选择');
      await page.getByText('常见问题').waitFor();
    },
    async close() {
      await browser.close();
      await server.close();
    },
  };
}

/**
 * Opens one mini-app session for the calling test file (before its first test, closed after its last)
 * and returns it; each page action waits at most `timeoutMs`. Read it inside tests and hooks only.
 * @example
 * const app = useMiniapp();
 * beforeEach(() => app.loginAs('resident', '边民'));
 */
export function useMiniapp({ timeoutMs = 8000 } = {}): MiniappSession {
  let session: MiniappSession | undefined;
  beforeAll(async () => {
    session = await openMiniapp();
    session.page.setDefaultTimeout(timeoutMs);
  });
  afterAll(async () => {
    await session?.close();
  });
  const current = (): MiniappSession => {
    if (!session) throw new Error('no mini-app session outside the tests of a file that calls useMiniapp()');
    return session;
  };
  return {
    get page() {
      return current().page;
    },
    get url() {
      return current().url;
    },
    setScenarios: (patch) => current().setScenarios(patch),
    loginAs: (person, role) => current().loginAs(person, role),
    clickButton: (text) => current().clickButton(text),
    close: () => current().close(),
  };
}
