// The H5 mini-app's release build on a cheap phone over a slow network: the time from navigation to its
// first interactive screen (身份选择: the identity choices and the "进入菜单选择" button, after the host
// login and the backend session) and the JavaScript it downloads before it, in headless Debian Chromium
// under CPU throttling ×4 and a slow-4G profile. Run under tsx (`npm run size`): it shares the test
// suite's Chromium launcher and imports the mock host's sources.
//
// What runs where, as on a phone: the build is served gzipped by a production-like server
// (serveH5Build.mjs), the customs backend behind it on the same origin is the mock host as a real HTTP
// server on 127.0.0.1 (started, its database open, before any timing), and the host app's bridge is a
// native WebView interface (`window.hushiBridge`, answered through `__hushiBridgeReceive`) played by
// this process. No service worker: requests answered by one would bypass the network throttling.
/* global window, document -- installNativeBridge, firstScreenShown and scriptsReceived run in the page */
import { BRIDGE_VERSION } from '@hushi/bridge-spec';
import { createMockHost, startMockHostServer } from '@hushi/mock-host';
import { createBackendClient } from '@hushi/sdk';
import { launchChromium } from '../test/support/chromium.ts';
import { serveH5Build } from './serveH5Build.mjs';

/** CPU throttling of a cheap phone against this machine (Chrome DevTools' "4× slowdown"). */
export const CPU_SLOWDOWN = 4;
/** Slow 4G: 1.6 Mbps down, 750 kbps up, 150 ms added to each request (CDP's units: bytes/s, ms). */
export const SLOW_4G = { latency: 150, downloadThroughput: 1_600_000 / 8, uploadThroughput: 750_000 / 8 };

/**
 * The native side of the WebView bridge, installed before the app's scripts: each request text goes to
 * the host in the measuring process (`__hushiNativeHost`), its reply comes back as the native side of
 * Android's binding sends it, by calling `__hushiBridgeReceive(text)`.
 */
function installNativeBridge() {
  const nativeHost = window.__hushiNativeHost;
  window.hushiBridge = {
    postMessage(text) {
      void nativeHost(text).then((reply) => {
        if (reply !== null) window.__hushiBridgeReceive(reply);
      });
    },
  };
}

/**
 * The page's clock (ms since navigation start) once the first interactive screen is on view, an identity
 * choice and the 进入菜单选择 button rendered and visible; `false` before.
 */
function firstScreenShown() {
  const choice = document.querySelector('.identity-choice');
  const button = [...document.querySelectorAll('.nut-button, button')].find((element) =>
    element.textContent.includes('进入菜单选择'),
  );
  return choice?.checkVisibility() && button?.checkVisibility() ? performance.now() : false;
}

/** The JavaScript the page had received by `until` (page clock): bytes over the wire and bodies. */
function scriptsReceived(until) {
  const scripts = performance
    .getEntriesByType('resource')
    .filter((entry) => new URL(entry.name).pathname.endsWith('.js') && entry.responseEnd <= until);
  return {
    files: scripts.map((entry) => new URL(entry.name).pathname),
    /** Response bodies as sent (gzip), 0 for a file taken from the HTTP cache. */
    encodedBytes: scripts.reduce((sum, entry) => sum + entry.encodedBodySize, 0),
    /** Headers and bodies as transferred, 0 for a file taken from the HTTP cache. */
    transferBytes: scripts.reduce((sum, entry) => sum + entry.transferSize, 0),
    /** Bodies once decompressed. */
    decodedBytes: scripts.reduce((sum, entry) => sum + entry.decodedBodySize, 0),
  };
}

/** Loads the app once in a new tab of `context` under the profile; its first screen's time and JS. */
async function oneLoad(context, url) {
  const page = await context.newPage();
  try {
    const cdp = await context.newCDPSession(page);
    await cdp.send('Network.enable');
    await cdp.send('Network.emulateNetworkConditions', { offline: false, ...SLOW_4G });
    await cdp.send('Emulation.setCPUThrottlingRate', { rate: CPU_SLOWDOWN });
    await page.goto(url, { waitUntil: 'commit' });
    const shown = await page.waitForFunction(firstScreenShown, undefined, {
      polling: 'raf',
      timeout: 60_000,
    });
    const ms = await shown.jsonValue();
    return { ms, scripts: await page.evaluate(scriptsReceived, ms) };
  } finally {
    await page.close();
  }
}

/** A fresh Chromium (its own empty profile: no HTTP cache) whose pages reach `host` as the WebView host. */
async function launchPhone(host) {
  const chromium = await launchChromium({ viewport: { width: 375, height: 740 }, isMobile: true });
  await chromium.context.exposeFunction('__hushiNativeHost', async (text) => {
    const reply = await host.handle(JSON.parse(text));
    return reply === null ? null : JSON.stringify(reply);
  });
  await chromium.context.addInitScript(installNativeBridge);
  return chromium;
}

/**
 * One login through the host and the backend before anything is timed, as the app does it: their first
 * requests load and compile code (over a second on this machine), part of the mock host's start.
 */
async function warmUp(host, backendUrl) {
  const reply = await host.handle({
    v: BRIDGE_VERSION,
    id: 'warm-up',
    method: 'auth.getSession',
    params: {},
  });
  if (!reply?.ok) throw new Error(`The mock host did not log in: ${JSON.stringify(reply)}`);
  const backend = createBackendClient({ baseUrl: backendUrl });
  await backend.exchangeSession(reply.result.authCode);
  await backend.getIdentities();
}

/**
 * Measures the release build in `distDir` (`npm run build:h5:release`): `coldRuns` loads each in a fresh
 * browser profile (empty HTTP cache), then `warmRuns` loads in the last one (files cached, revalidated as
 * their headers say), all throttled. Each load signs in afresh through the host and the backend.
 * @returns {Promise<{ cold: Load[], warm: Load[] }>} where a Load is `{ ms, scripts }` (see
 *   {@link scriptsReceived})
 */
export async function measureH5FirstScreen({ distDir, coldRuns = 5, warmRuns = 5 }) {
  const mock = createMockHost();
  await mock.ready;
  const backend = await startMockHostServer(mock.handlers, { port: 0, allowedOrigins: [] });
  await warmUp(mock.host, backend.url);
  const server = await serveH5Build({ distDir, backendUrl: backend.url });
  const cold = [];
  const warm = [];
  try {
    for (let run = 0; run < coldRuns; run++) {
      const phone = await launchPhone(mock.host);
      try {
        cold.push(await oneLoad(phone.context, server.url));
        if (run === coldRuns - 1) {
          for (let i = 0; i < warmRuns; i++) warm.push(await oneLoad(phone.context, server.url));
        }
      } finally {
        await phone.close();
      }
    }
    return { cold, warm };
  } finally {
    await server.close();
    await backend.close();
  }
}
