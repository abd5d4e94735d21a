// The reference web host in Chromium: the H5 mini-app's conformance page runs the whole bridge
// conformance suite against it, an "operator" (this test) arranging each condition through the host
// page's controls and the browser's settings; then the origin checks of both ends, and a 申报 whose
// fix and face the host signed.
import { createServer } from 'node:http';
import type { Server } from 'node:http';
import { calculateJwkThumbprint, importJWK, jwtVerify } from 'jose';
import type { JWK } from 'jose';
import { afterAll, beforeAll, expect, it } from 'vitest';
import type { CDPSession, Frame, Page } from 'playwright-core';
import { conformanceSuite, formatReportTable } from '@hushi/bridge-spec/conformance';
import type { ConformanceReport } from '@hushi/bridge-spec/conformance';
import { startH5Server } from '../../../miniapp/scripts/h5Server.mjs';
import { launchChromium } from '../../../test/support/chromium';
import type { ChromiumSession } from '../../../test/support/chromium';
import { DALUO_INSIDE, DEMO_AUTH_CODE, sampleEntryInput, SCENARIO_FIXES } from '@hushi/mock-host';
import {
  declareAndCaptureSubmit,
  expectDeclared,
  expectSignedFix,
  fillEntryBasics,
  fillGoods,
  openDeclareForm,
} from '../../../miniapp/test/support/declareScreen';
import { startWebHost } from '../scripts/serve.mjs';

/** A position fix at 友谊关, as the browser's geolocation override. */
const FIX = { latitude: 21.9736, longitude: 106.7048, accuracy: 12 };
/**
 * Chromium's fake camera (its permission granted or refused like the location's, through the
 * context's permissions), and the browser's own network location service out of reach (Debian's
 * Chromium has an API key for it), so that without the geolocation override no fix ever comes:
 * `location.timeout` then behaves the same on any machine.
 */
const CHROMIUM_FLAGS = [
  '--use-fake-device-for-media-stream',
  '--host-resolver-rules=MAP www.googleapis.com ~NOTFOUND',
];

let h5: { url: string; close(): Promise<void> };
let webHost: { url: string; close(): Promise<void> };
let foreign: Server;
let foreignOrigin: string;
let chromium: ChromiumSession;
let hostPage: Page;
let hostCdp: CDPSession;
let app: Frame;

const originOf = (url: string): string => new URL(url).origin;

/** Where the docs' screenshots live. */
const SCREENSHOTS = new URL('../../../docs/screenshots', import.meta.url).pathname;

/**
 * Saves `element` (the host page when absent) as docs/screenshots/<name>.png when `HUSHI_SCREENSHOTS`
 * is set, so that an ordinary test run leaves the checkout clean.
 */
async function saveScreenshot(name: string, element?: string): Promise<void> {
  if (!process.env.HUSHI_SCREENSHOTS) return;
  const path = `${SCREENSHOTS}/${name}.png`;
  await (element ? hostPage.locator(element).screenshot({ path }) : hostPage.screenshot({ path }));
}

beforeAll(async () => {
  // Two loopback origins that are different sites: the mini-app on localhost, the host on 127.0.0.1.
  h5 = await startH5Server({ host: 'localhost' });
  webHost = await startWebHost({ miniappUrl: h5.url });
  // A third origin, for frames that must be ignored.
  foreign = createServer((_req, res) => {
    res.setHeader('content-type', 'text/html; charset=utf-8');
    res.end('<!doctype html><title>foreign</title><p>foreign page</p>');
  });
  await new Promise<void>((resolve) => foreign.listen(0, '127.0.0.1', resolve));
  foreignOrigin = `http://127.0.0.1:${(foreign.address() as { port: number }).port}`;
  chromium = await launchChromium(
    { viewport: { width: 1100, height: 820 }, locale: 'zh-CN' },
    CHROMIUM_FLAGS,
  );
  hostPage = chromium.context.pages()[0] ?? (await chromium.context.newPage());
  hostCdp = await chromium.context.newCDPSession(hostPage);
  await hostPage.goto(`${webHost.url}?page=/pages/conformance/index`);
  const frame = await (await hostPage.waitForSelector('#miniapp')).contentFrame();
  if (!frame) throw new Error('no mini-app frame');
  app = frame;
  await app.locator('.nut-button', { hasText: '开始检查' }).waitFor();
});

afterAll(async () => {
  await chromium.close();
  await webHost.close();
  await h5.close();
  await new Promise((resolve) => foreign.close(resolve));
});

/** Adds an iframe of `url` to the host page and returns it once loaded. */
async function addFrame(id: string, url: string): Promise<Frame> {
  await hostPage.evaluate(
    ([frameId, src]) => {
      const frame = document.createElement('iframe');
      frame.id = frameId;
      frame.src = src;
      document.body.append(frame);
    },
    [id, url] as const,
  );
  const frame = await (await hostPage.waitForSelector(`#${id}`)).contentFrame();
  if (!frame) throw new Error(`no frame #${id}`);
  await frame.waitForLoadState();
  return frame;
}

/** The id of the last request of `method` the host page logged. */
async function lastRequestId(method: string): Promise<string> {
  const log = (await hostPage.locator('#log').textContent()) ?? '';
  const id = new RegExp(`→ ${method.replace('.', '\\.')} \\(id ([^)]+)\\)`).exec(log)?.[1];
  if (!id) throw new Error(`the host logged no ${method} request`);
  return id;
}

// ---- the operator: each condition as a host team would arrange it on this host ----

async function clickIfEnabled(selector: string): Promise<void> {
  if (await hostPage.locator(selector).isEnabled()) await hostPage.click(selector);
}

/**
 * Logged in, location and camera permissions granted to the host page (of `hostUrl`), a fix, face
 * passes, no faults, the mini-app shown.
 */
async function arrangeDefault(hostUrl = webHost.url): Promise<void> {
  await chromium.context.grantPermissions(['geolocation', 'camera'], { origin: originOf(hostUrl) });
  await chromium.context.setGeolocation(FIX);
  await hostPage.selectOption('#face-outcome', 'pass');
  await hostPage.setChecked('#fail-all', false);
  await hostPage.setChecked('#slow', false);
  await clickIfEnabled('#log-in');
  if (await hostPage.locator('#reopen').isVisible()) await hostPage.click('#reopen');
}

/** Each state condition from the normal state, each trigger as it is. */
const OPERATOR: Record<string, () => Promise<unknown>> = {
  default: () => arrangeDefault(),
  // The browser's settings: permission refused, "location unavailable", a provider that finds nothing.
  'location.permissionDenied': async () => {
    await chromium.context.clearPermissions();
    await chromium.context.grantPermissions(['camera'], { origin: originOf(webHost.url) });
  },
  'location.unavailable': () => chromium.context.setGeolocation(null),
  // No override: the browser's real positioning, whose network service is out of reach here.
  'location.timeout': () => hostCdp.send('Emulation.clearGeolocationOverride'),
  // Logged out: nobody to sign a challenged fix for (the page's key never becomes unavailable).
  'location.attestationUnavailable': () => hostPage.click('#log-out'),
  // The host page's controls.
  'face.livenessFailed': () => hostPage.selectOption('#face-outcome', 'livenessFailed'),
  'face.notMatched': () => hostPage.selectOption('#face-outcome', 'notMatched'),
  'face.cancelled': () => hostPage.selectOption('#face-outcome', 'cancelled'),
  'auth.loggedOut': () => hostPage.click('#log-out'),
  // Logged out now; the login page's 取消 is pressed when it shows (see below).
  'auth.loginCancelled': () => hostPage.click('#log-out'),
  'host.failing': () => hostPage.setChecked('#fail-all', true),
  'host.slowReplies': () => hostPage.setChecked('#slow', true),
  // app.close only hides the frame: the run goes on, and 重新打开 brings it back.
  'app.closeHarmless': () => Promise.resolve(),
  'event.sessionExpired': () => hostPage.click('#log-out'),
  'event.appHidden': async () => {
    await hostPage.click('#to-background');
    await hostPage.click('#to-foreground');
  },
};

/**
 * While auth.login waits on the host's login page: a frame of a foreign origin posts a forged success
 * reply to that very request, and a reply to an id never sent, into the mini-app's frame. The mini-app
 * must ignore both (else auth.login.cancelled or wire.exactlyOnce fails); then the user presses 取消.
 */
async function forgeRepliesThenCancelLogin(): Promise<void> {
  await hostPage.locator('#login-page').waitFor({ state: 'visible' });
  const pendingId = await lastRequestId('auth.login');
  // Proof that the forged messages do reach the mini-app's window (which must then ignore them).
  await app.evaluate((origin) => {
    const seen: unknown[] = [];
    (window as { __FORGED_SEEN__?: unknown[] }).__FORGED_SEEN__ = seen;
    window.addEventListener('message', (event) => {
      if (event.origin === origin) seen.push(event.data);
    });
  }, foreignOrigin);
  const intruder = await addFrame('intruder', `${foreignOrigin}/`);
  await intruder.evaluate((id) => {
    const miniapp = window.parent.frames[0];
    if (!miniapp) throw new Error('no mini-app frame to post to');
    const forged = { authCode: 'forged-auth-code', expiresAt: Date.now() + 60_000 };
    miniapp.postMessage(JSON.stringify({ id, ok: true, result: forged }), '*');
    miniapp.postMessage(JSON.stringify({ id: 'forged-id-1', ok: true, result: {} }), '*');
  }, pendingId);
  await hostPage.waitForTimeout(200);
  await hostPage.click('#login-cancel');
}

const PROMPT = '.conformance__condition';

it('passes every case of the conformance suite, run from the mini-app inside the host', async () => {
  await arrangeDefault();
  await app.locator('.nut-button', { hasText: '开始检查' }).click();
  const arranged: string[] = [];
  for (;;) {
    await app.waitForFunction(
      (selector) =>
        document.querySelector(selector) !== null ||
        (window as { __HUSHI_CONFORMANCE_REPORT__?: unknown }).__HUSHI_CONFORMANCE_REPORT__ !== undefined,
      PROMPT,
    );
    const prompt = app.locator(PROMPT);
    if ((await prompt.count()) === 0) break;
    const condition = (await prompt.textContent())?.trim() ?? '';
    const operate = OPERATOR[condition];
    if (!operate) throw new Error(`no operator step for condition ${condition}`);
    // Every state starts from the normal one, as the suite's descriptions mean it.
    if (conformanceSuite.conditions[condition]?.kind === 'state' && condition !== 'default') {
      await arrangeDefault();
    }
    await operate();
    arranged.push(condition);
    if (condition === 'location.permissionDenied') {
      await saveScreenshot('conformance-prompt', '#phone');
    }
    if (await hostPage.locator('#reopen').isVisible()) await hostPage.click('#reopen');
    await app.locator('.nut-button', { hasText: '已就绪' }).click();
    if (condition === 'auth.loginCancelled') await forgeRepliesThenCancelLogin();
    // The next prompt is for another condition (the runner never asks for the same one twice in a row).
    await app.waitForFunction(
      ([selector, previous]) => document.querySelector(selector)?.textContent.trim() !== previous,
      [PROMPT, condition] as const,
    );
  }
  const report = (await app.evaluate(
    () => (window as { __HUSHI_CONFORMANCE_REPORT__?: unknown }).__HUSHI_CONFORMANCE_REPORT__,
  )) as ConformanceReport;
  const table = formatReportTable(report);
  console.log(table);
  expect(report.totals, table).toEqual({
    total: conformanceSuite.cases.length,
    pass: conformanceSuite.cases.length,
    fail: 0,
    skip: 0,
  });
  expect(report).toMatchObject({
    ok: true,
    transport: 'webview',
    host: { hostName: 'hushi-web-host', platform: 'web' },
  });
  expect(new Set(arranged)).toEqual(new Set(Object.keys(conformanceSuite.conditions)));
  // The forged replies reached the mini-app's window, and the run above shows they were ignored.
  expect(await app.evaluate(() => (window as { __FORGED_SEEN__?: unknown[] }).__FORGED_SEEN__?.length)).toBe(
    2,
  );
  // The page shows the totals, and closing the mini-app did not lose them.
  await expect
    .poll(() => app.locator('.conformance__totals').textContent())
    .toContain(
      `共 ${conformanceSuite.cases.length} 项：通过 ${conformanceSuite.cases.length}，失败 0，跳过 0`,
    );
  await app.locator('.conformance__totals').scrollIntoViewIfNeeded();
  await saveScreenshot('web-host-conformance', '#phone');
  await saveScreenshot('web-host');
}, 90_000);

it('ignores messages from any window but the mini-app frame, and answers none of them', async () => {
  const request = JSON.stringify({ v: '1.0.0', id: 'foreign-1', method: 'host.getInfo', params: {} });
  /** Posts a valid request to the host page from `frame` and collects whatever comes back for 1 s. */
  const probe = (frame: Frame): Promise<unknown[]> =>
    frame.evaluate(async (text) => {
      const received: unknown[] = [];
      window.addEventListener('message', (event) => received.push(event.data));
      window.parent.postMessage(text, '*');
      await new Promise((resolve) => setTimeout(resolve, 1_000));
      return received;
    }, request);
  // Another origin, and the mini-app's own origin in another frame (right origin, wrong window).
  const other = await addFrame('other-origin', `${foreignOrigin}/`);
  const sameOrigin = await addFrame('same-origin-other-window', `${h5.url}mockServiceWorker.js`);
  expect(await probe(other)).toEqual([]);
  expect(await probe(sameOrigin)).toEqual([]);
  const log = (await hostPage.locator('#log').textContent()) ?? '';
  expect(log).toContain(`✕ ignored a message from another window (origin ${foreignOrigin})`);
  expect(log).toContain(`✕ ignored a message from another window (origin ${originOf(h5.url)})`);
  expect(log).not.toContain('foreign-1');
});

/**
 * Runs `test` with a web host and the mini-app on the same site (both on 127.0.0.1, still two
 * origins): the H5 dev build's mock backend needs its service worker and localStorage, which Chromium
 * refuses to a cross-site iframe.
 */
async function withSameSiteHost(test: (hostUrl: string) => Promise<void>): Promise<void> {
  const sameSiteH5 = await startH5Server();
  const sameSiteHost = await startWebHost({ miniappUrl: sameSiteH5.url });
  try {
    await test(sameSiteHost.url);
  } finally {
    await sameSiteHost.close();
    await sameSiteH5.close();
  }
}

it('hosts the mini-app itself: it logs in through the host, and 帮助 leads to 桥接一致性检查', async () => {
  await withSameSiteHost(async (hostUrl) => {
    await hostPage.goto(hostUrl);
    const frame = await (await hostPage.waitForSelector('#miniapp')).contentFrame();
    if (!frame) throw new Error('no mini-app frame');
    // auth.getSession on this host gives the demo user's code, which the mock backend exchanges.
    await frame.locator('.identity-choice', { hasText: '边民' }).locator('.nut-radio').click();
    await frame.locator('.nut-button', { hasText: '进入菜单选择' }).click();
    await frame.locator('.nut-cell', { hasText: '桥接一致性检查' }).click();
    await frame.locator('.nut-button', { hasText: '开始检查' }).waitFor();
    expect(await hostPage.locator('#log').textContent()).toContain('→ auth.getSession');
  });
});

/** One request from the mini-app's window `frame`, over the WebView binding, and the host's reply. */
function callHost(
  frame: Frame,
  hostUrl: string,
  id: string,
  method: string,
  params: Record<string, unknown>,
): Promise<unknown> {
  return frame.evaluate(
    ([hostOrigin, text, replyId]) =>
      new Promise((resolve) => {
        window.addEventListener('message', (event) => {
          const reply = JSON.parse(String(event.data)) as { id?: string };
          if (event.origin === hostOrigin && reply.id === replyId) resolve(reply);
        });
        window.parent.postMessage(text, hostOrigin);
      }),
    [originOf(hostUrl), JSON.stringify({ v: '1.0.0', id, method, params }), id] as const,
  );
}

/** The host page showing the mini-app's conformance page, arranged as default; the mini-app's frame. */
async function openConformancePage(hostUrl: string): Promise<Frame> {
  await hostPage.goto(`${hostUrl}?page=/pages/conformance/index`);
  await arrangeDefault(hostUrl);
  const frame = await (await hostPage.waitForSelector('#miniapp')).contentFrame();
  if (!frame) throw new Error('no mini-app frame');
  await frame.locator('.nut-button', { hasText: '开始检查' }).waitFor();
  return frame;
}

it('face.verify: a pass is an ES256 ticket that the host page public key verifies; a refused camera is PERMISSION_DENIED', async () => {
  const frame = await openConformancePage(webHost.url);
  const call = (id: string, method: string, params: Record<string, unknown>): Promise<unknown> =>
    callHost(frame, webHost.url, id, method, params);
  const params = { purpose: 'authorize', bizId: 'C20251125000042', nonce: 'ticket-check-nonce-0001' };
  const passed = (await call('t1', 'face.verify', params)) as { ok: boolean; result: { ticket: string } };
  expect(passed.ok).toBe(true);
  await expect.poll(() => hostPage.locator('#face-key').textContent()).toContain('"kty":"EC"');
  const jwk = JSON.parse((await hostPage.locator('#face-key').textContent()) ?? '{}') as JWK;
  const { payload, protectedHeader } = await jwtVerify(passed.result.ticket, await importJWK(jwk, 'ES256'));
  expect(protectedHeader.alg).toBe('ES256');
  expect(payload).toMatchObject({ sub: 'P0001', ...params });
  expect((payload.exp ?? 0) - (payload.iat ?? 0)).toBe(120);
  expect(payload.frame).toMatch(/^[A-Za-z0-9_-]{43}$/);
  // The browser's site settings refuse the camera (and allow location).
  await chromium.context.clearPermissions();
  await chromium.context.grantPermissions(['geolocation'], { origin: originOf(webHost.url) });
  expect(await call('t2', 'face.verify', params)).toEqual({
    id: 't2',
    ok: false,
    error: { code: 'PERMISSION_DENIED', message: 'The browser refused camera permission', retryable: false },
  });
});

it('hands its face key to the mini-app page, whose mock backend then declares with the host’s face ticket', async () => {
  await withSameSiteHost(async (hostUrl) => {
    const frame = await openConformancePage(hostUrl);
    /** A request to the mock backend of the mini-app's page (same origin, answered in the page). */
    const backend = (method: string, path: string, body: unknown, token?: string, key?: string) =>
      frame.evaluate(
        async ([m, p, b, t, k]) => {
          await (window as unknown as { __HUSHI_HOST_READY__: Promise<unknown> }).__HUSHI_HOST_READY__;
          const response = await fetch(p, {
            method: m,
            headers: {
              'content-type': 'application/json',
              ...(t ? { authorization: `Bearer ${t}` } : {}),
              ...(k ? { 'idempotency-key': k } : {}),
            },
            body: JSON.stringify(b),
          });
          return { status: response.status, body: (await response.json()) as Record<string, unknown> };
        },
        [method, path, body, token, key] as const,
      );
    const session = await backend('POST', '/api/v1/sessions', { authCode: DEMO_AUTH_CODE });
    const token = String(session.body.token);
    await backend('PUT', '/api/v1/me/identity', { role: 'resident' }, token);
    // A new declaration's face challenge is bound to its client draft id, which the 申报 names.
    const bizId = 'draft-web-host-1';
    const challenge = await backend(
      'POST',
      '/api/v1/face-challenges',
      { purpose: 'submit', businessId: bizId },
      token,
    );
    const nonce = String(challenge.body.nonce);
    const verified = (await callHost(frame, hostUrl, 'f1', 'face.verify', {
      purpose: 'declare',
      bizId,
      nonce,
    })) as {
      result: { ticket: string };
    };
    const submitted = await backend(
      'POST',
      '/api/v1/declarations/entry/submissions',
      {
        declaration: sampleEntryInput(),
        draftId: bizId,
        location: { ...DALUO_INSIDE, datum: 'wgs84', accuracy: 8, timestamp: Date.now() },
        faceTicket: verified.result.ticket,
      },
      token,
      'web-host-submit-1',
    );
    expect(submitted).toMatchObject({ status: 201, body: { status: 'declared' } });
  });
});

it('declares through the host: the mini-app’s fix signed with the host’s face key, verified by the mock backend (已申报)', async () => {
  await withSameSiteHost(async (hostUrl) => {
    await hostPage.goto(hostUrl);
    await arrangeDefault(hostUrl);
    // The phone inside the 二连浩特 fence.
    const { lat, lng, accuracy } = SCENARIO_FIXES.inside;
    await chromium.context.setGeolocation({ latitude: lat, longitude: lng, accuracy });
    const frame = await (await hostPage.waitForSelector('#miniapp')).contentFrame();
    if (!frame) throw new Error('no mini-app frame');
    await frame.locator('.identity-choice', { hasText: '边民' }).locator('.nut-radio').click();
    await frame.locator('.nut-button', { hasText: '进入菜单选择' }).click();
    await openDeclareForm(frame);
    await fillEntryBasics(frame, '02', '4');
    await fillGoods(frame);
    const submitted = await declareAndCaptureSubmit(hostPage, frame);
    await expectDeclared(frame, '已申报');

    expectSignedFix(submitted);
    const jwk = JSON.parse((await hostPage.locator('#face-key').textContent()) ?? '{}') as JWK;
    const { payload, protectedHeader } = await jwtVerify(
      String(submitted.locationTicket),
      await importJWK(jwk, 'ES256'),
      { typ: 'hushi-location+jwt' },
    );
    expect(protectedHeader.kid).toBe(await calculateJwkThumbprint(jwk));
    expect(payload).toMatchObject({
      sub: 'P0001',
      purpose: 'declare',
      bizId: submitted.draftId,
      mocked: 'unknown',
    });
    expect(payload.fix).toMatchObject({ lat, lng, datum: 'wgs84', source: 'unknown' });
    // The face ticket names the same key.
    const face = await jwtVerify(String(submitted.faceTicket), await importJWK(jwk, 'ES256'));
    expect(face.protectedHeader.kid).toBe(protectedHeader.kid);
  });
});
