// The WebView binding in real Chromium: an iframe mini-app talking to its parent web host across
// origins, and a native-style host (iOS message handler + global receive function).
import { build } from 'esbuild';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { launchChromium } from '../../test/support/chromium';
import type { ChromiumSession } from '../../test/support/chromium';
import { serveRoutes } from '../../test/support/staticServer';
import type { StaticServer } from '../../test/support/staticServer';

/** The host side, in plain JS: answers host.getInfo and location.get, then emits an event. */
const HOST_LOGIC = `
function answer(request) {
  if (request.method === 'host.getInfo') {
    return { id: request.id, ok: true, result: { hostName: 'page-host', hostVersion: '1', bridgeVersion: '1.0.0',
      platform: 'web', methods: { 'host.getInfo': '1.0.0', 'location.get': '1.0.0' } } };
  }
  if (request.method === 'location.get') {
    return { id: request.id, ok: true, result: { lat: 43.65, lng: 111.98, datum: request.params.datum, accuracy: 8,
      timestamp: Date.now(), source: 'gps' } };
  }
  return { id: request.id, ok: false, error: { code: 'UNSUPPORTED_METHOD', message: 'no', retryable: false } };
}`;

/** The mini-app side: connects, calls location.get, waits for one app.visibility event. */
const CLIENT_LOGIC = `
window.runClient = async function (options) {
  try {
    const bridge = await HushiSdk.createBridge({ transport: HushiSdk.detectTransport(options), handshakeTimeoutMs: 1000 });
    const visible = new Promise((resolve) => bridge.on('app.visibility', (data) => resolve(data.visible)));
    const fix = await bridge.call('location.get', { datum: 'gcj02' });
    return { binding: bridge.host.hostName, datum: fix.datum, lat: fix.lat, visible: await visible };
  } catch (error) {
    return { error: error.code || String(error) };
  }
};`;

let session: ChromiumSession;
let server: StaticServer;

beforeAll(async () => {
  const bundle = await build({
    entryPoints: ['sdk/src/bridge/index.ts'],
    bundle: true,
    format: 'iife',
    globalName: 'HushiSdk',
    conditions: ['source'],
    target: 'es2017',
    write: false,
  });
  const sdk = bundle.outputFiles[0]?.text ?? '';
  server = await serveRoutes({
    '/sdk.js': ['text/javascript', sdk],
    '/child.html': [
      'text/html',
      `<!doctype html><script src="/sdk.js"></script><script>${CLIENT_LOGIC}</script>`,
    ],
    '/parent.html': [
      'text/html',
      `<!doctype html><script>${HOST_LOGIC}
      const childOrigin = new URL(location.href).searchParams.get('child');
      window.addEventListener('message', (event) => {
        if (event.origin !== childOrigin) return;
        const frame = document.querySelector('iframe').contentWindow;
        const reply = answer(JSON.parse(event.data));
        frame.postMessage(JSON.stringify(reply), childOrigin);
        if (JSON.parse(event.data).method === 'location.get') {
          setTimeout(() => frame.postMessage(JSON.stringify({ event: 'app.visibility', data: { visible: false } }), childOrigin), 10);
        }
      });
      </script><iframe></iframe>`,
    ],
    '/native.html': [
      'text/html',
      `<!doctype html><script>${HOST_LOGIC}
      window.webkit = { messageHandlers: { hushiBridge: { postMessage(text) {
        const request = JSON.parse(text);
        setTimeout(() => {
          window.__hushiBridgeReceive(JSON.stringify(answer(request)));
          if (request.method === 'location.get') {
            window.__hushiBridgeReceive(JSON.stringify({ event: 'app.visibility', data: { visible: true } }));
          }
        }, 0);
      } } } };
      </script><script src="/sdk.js"></script><script>${CLIENT_LOGIC}</script>`,
    ],
  });
  session = await launchChromium();
}, 60_000);

afterAll(async () => {
  await session.close();
  await server.close();
});

async function runInIframe(parentOrigin: string): Promise<unknown> {
  const page = await session.context.newPage();
  const child = `http://localhost:${server.port}`;
  await page.goto(`http://127.0.0.1:${server.port}/parent.html?child=${encodeURIComponent(child)}`);
  await page.evaluate((src) => {
    const frame = document.querySelector('iframe');
    if (!frame) throw new Error('no iframe');
    return new Promise((resolve) => {
      frame.onload = resolve;
      frame.src = src;
    });
  }, `${child}/child.html`);
  const frame = page.frames().find((f) => f.url().startsWith(child));
  if (!frame) throw new Error('child frame not loaded');
  const result = await frame.evaluate(
    (origin) =>
      (window as unknown as { runClient(o: unknown): Promise<unknown> }).runClient({
        webView: { parentOrigin: origin },
      }),
    parentOrigin,
  );
  await page.close();
  return result;
}

it('an iframe mini-app calls its cross-origin parent host and receives its events', async () => {
  expect(await runInIframe(`http://127.0.0.1:${server.port}`)).toEqual({
    binding: 'page-host',
    datum: 'gcj02',
    lat: 43.65,
    visible: false,
  });
});

it('drops messages from any origin but the configured parent, so the handshake finds no host', async () => {
  expect(await runInIframe('http://127.0.0.2:1')).toEqual({ error: 'HOST_NOT_FOUND' });
});

it('a native-style host answers through the global receive function', async () => {
  const page = await session.context.newPage();
  await page.goto(`http://127.0.0.1:${server.port}/native.html`);
  const result = await page.evaluate(() =>
    (window as unknown as { runClient(o: unknown): Promise<unknown> }).runClient({}),
  );
  expect(result).toEqual({ binding: 'page-host', datum: 'gcj02', lat: 43.65, visible: true });
  await page.close();
});

it('a plain browser tab has no host: detection fails with HOST_NOT_FOUND', async () => {
  const page = await session.context.newPage();
  await page.goto(`http://127.0.0.1:${server.port}/child.html`);
  const result = await page.evaluate(() =>
    (window as unknown as { runClient(o: unknown): Promise<unknown> }).runClient({}),
  );
  expect(result).toEqual({ error: 'HOST_NOT_FOUND' });
  await page.close();
});
