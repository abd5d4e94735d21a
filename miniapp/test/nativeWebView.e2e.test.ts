// The H5 mini-app in a native WebView, iOS (WKWebView) and Android style, end to end in Chromium: the
// native side (simulated in Node, test/support/nativeWebView.ts) injects the bridge's message handler
// and answers through `window.__hushiBridgeReceive`, with the mock host in the page as its request
// handler. The app signs in through it and passes the whole conformance suite over it.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { conformanceSuite, formatReportTable } from '@hushi/bridge-spec/conformance';
import type { ConformanceReport } from '@hushi/bridge-spec/conformance';
import {
  conformanceArrange,
  createBridgeHost,
  createMemoryStorage,
  createScenarioStore,
} from '@hushi/mock-host';
import type { Scenarios } from '@hushi/mock-host';
import {
  clickButton,
  declareAndCaptureSubmit,
  expectDeclared,
  expectRefusedKeepingForm,
  expectSignedFix,
  fillEntryBasics,
  fillGoods,
  openDeclareForm,
} from './support/declareScreen';
import { openMiniapp } from './support/miniappPage';
import type { MiniappSession } from './support/miniappPage';
import { simulateNativeWebView } from './support/nativeWebView';
import type { NativePlatform, NativeWebView } from './support/nativeWebView';

/** A control request to the mock host in the page, and its JSON answer. */
async function controlRequest(page: Page, method: string, path: string, body?: unknown): Promise<unknown> {
  const [status, answer] = await page.evaluate(
    async ([requestMethod, url, json]) => {
      const response = await fetch(url, {
        method: requestMethod,
        headers: { 'content-type': 'application/json' },
        ...(json === undefined ? {} : { body: json }),
      });
      return [response.status, (await response.json()) as unknown] as const;
    },
    [method, path, body === undefined ? undefined : JSON.stringify(body)] as const,
  );
  if (status !== 200) throw new Error(`${method} ${path} answered ${status}: ${JSON.stringify(answer)}`);
  return answer;
}

/**
 * The mock host's own `conformanceArrange`, for the mock host in the page: it runs on a copy of the
 * page's scenarios and on an event log of its own, whose outcome is then applied to the page's mock
 * host with its control requests (`PUT /__mock/scenarios`, `POST /__mock/bridge/emit`).
 */
async function arrangeInPage(app: MiniappSession, condition: string): Promise<boolean> {
  const current = (await controlRequest(app.page, 'GET', '/__mock/scenarios')) as { scenarios: Scenarios };
  const scenarios = createScenarioStore({ storage: createMemoryStorage() });
  scenarios.set(current.scenarios);
  const host = createBridgeHost({ methods: {} });
  if (conformanceArrange({ host, scenarios })(condition) !== true) return false;
  await app.setScenarios({ ...scenarios.get() });
  for (const event of host.eventsAfter(-1).events) {
    await controlRequest(app.page, 'POST', '/__mock/bridge/emit', event);
  }
  return true;
}

const PROMPT = '.conformance__condition';

/** Answers each prompt of the running conformance page until the report is there; the conditions asked. */
async function operateConformance(app: MiniappSession): Promise<string[]> {
  const conditions: string[] = [];
  for (;;) {
    await app.page.waitForFunction(
      (selector) =>
        document.querySelector(selector) !== null ||
        (window as { __HUSHI_CONFORMANCE_REPORT__?: unknown }).__HUSHI_CONFORMANCE_REPORT__ !== undefined,
      PROMPT,
    );
    const prompt = app.page.locator(PROMPT);
    if ((await prompt.count()) === 0) return conditions;
    const condition = (await prompt.textContent())?.trim() ?? '';
    conditions.push(condition);
    expect(await arrangeInPage(app, condition), condition).toBe(true);
    await app.clickButton('已就绪');
    // The runner never asks for the same condition twice in a row.
    await app.page.waitForFunction(
      ([selector, previous]) => document.querySelector(selector)?.textContent.trim() !== previous,
      [PROMPT, condition] as const,
    );
  }
}

const PLATFORMS: [NativePlatform, string][] = [
  ['ios', 'an iOS WKWebView (window.webkit.messageHandlers.hushiBridge)'],
  ['android', 'an Android WebView (window.hushiBridge)'],
];

for (const [platform, webView] of PLATFORMS) {
  describe(`in ${webView}`, () => {
    let app: MiniappSession;
    let native: NativeWebView;
    beforeAll(async () => {
      app = await openMiniapp({
        beforeLoad: async (page, url) => {
          native = await simulateNativeWebView(page, platform, url);
        },
      });
    });
    afterAll(async () => {
      native.close();
      await app.close();
    });

    it('signs in through the native bridge and shows the three identities of 身份选择', async () => {
      await app.setScenarios({ currentPerson: { personId: 'P0005' } });
      const before = native.postedMethods().length;
      await app.page.reload();
      await app.page.locator('.identity-choice').first().waitFor();
      expect(await app.page.locator('.identity-choice').allTextContents()).toEqual([
        '边民',
        '互助组（打洛镇曼山边民互助组）',
        '合作社',
      ]);
      expect(native.postedMethods().slice(before)).toEqual(
        expect.arrayContaining(['host.getInfo', 'auth.getSession']),
      );
      // The auth code that came through the native side is good for the backend: the menu opens.
      await app.page.locator('.identity-choice', { hasText: '互助组' }).locator('.nut-radio').click();
      await app.clickButton('进入菜单选择');
      await app.page.getByText('当前身份：互助组').waitFor();
      await expect.poll(() => native.forwardsSeen()).toBe(native.forwardedCount());
      expect(native.violations()).toEqual([]);
    });

    it('declares with a fix the host signed through the native bridge, after refusing a simulated one with the form kept', async () => {
      await app.setScenarios({ location: 'mocked', face: 'pass', auth: 'loggedIn', host: 'full' });
      await app.loginAs('resident', '边民');
      const before = native.postedMethods().length;
      await openDeclareForm(app.page);
      await fillEntryBasics(app.page, '02', '4');
      await fillGoods(app.page);
      await clickButton(app.page, '申报');
      await expectRefusedKeepingForm(app.page, '检测到模拟定位，请关闭模拟定位后重试');
      await app.setScenarios({ location: 'inside' });
      expectSignedFix(await declareAndCaptureSubmit(app.page, app.page));
      await expectDeclared(app.page, '已申报');
      // Both fixes, the simulated one and the signed one, came through the native side.
      expect(
        native
          .postedMethods()
          .slice(before)
          .filter((method) => method === 'location.get'),
      ).toHaveLength(2);
      await expect.poll(() => native.forwardsSeen()).toBe(native.forwardedCount());
      expect(native.violations()).toEqual([]);
    });

    it('passes the whole conformance suite, run from 帮助 → 桥接一致性检查, through the native binding', async () => {
      await app.loginAs('resident', '边民');
      await app.page.locator('.nut-cell', { hasText: '桥接一致性检查' }).click();
      await app.clickButton('开始检查');
      const conditions = await operateConformance(app);

      const report = (await app.page.evaluate(
        () => (window as { __HUSHI_CONFORMANCE_REPORT__?: unknown }).__HUSHI_CONFORMANCE_REPORT__,
      )) as ConformanceReport;
      const total = conformanceSuite.cases.length;
      // The mock host in the page signs with a key of its own that the page is not handed
      // (`?hostFaceKey=`): the ticket signature case is skipped, never passed; everything else passes.
      expect(report.totals, formatReportTable(report)).toEqual({ total, pass: total - 1, fail: 0, skip: 1 });
      expect(report.cases.find((c) => c.status === 'skip')).toMatchObject({
        id: 'location.get.ticketSignature',
        reason: expect.stringContaining("pass the host's public key as hostKeys") as unknown,
      });
      expect(report).toMatchObject({ ok: true, transport: 'webview', host: { hostName: 'hushi-mock-host' } });
      expect(new Set(conditions)).toEqual(new Set(Object.keys(conformanceSuite.conditions)));
      expect(await app.page.locator('.conformance__totals').textContent()).toContain(
        `共 ${total} 项：通过 ${total - 1}，失败 0，跳过 1`,
      );
      await expect.poll(() => native.forwardsSeen()).toBe(native.forwardedCount());
      expect(native.violations()).toEqual([]);
    }, 60_000);
  });
}
