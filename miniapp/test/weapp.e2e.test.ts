// Boots the real WeChat build (`npm run build:weapp`, or the build HUSHI_WEAPP_DIST names) in a simulated
// mini-program logic layer against the mock host's HTTP server, as WeChat devtools runs it with
// `npm run mock-host`: the bridge over the dev HTTP binding, the backend over `wx.request`.
import { fileURLToPath } from 'node:url';
import { afterEach, beforeEach, expect, it } from 'vitest';
import { createMockHost, startMockHostServer } from '@hushi/mock-host';
import type { MockHostServer, ScenarioPatch } from '@hushi/mock-host';
import { createWeappRuntime } from './support/weappRuntime';
import type { WeappRuntime } from './support/weappRuntime';

/** The WeChat build under test. */
const WEAPP_DIST = process.env.HUSHI_WEAPP_DIST ?? fileURLToPath(new URL('../dist/weapp', import.meta.url));
/** The host URL `build:weapp` embeds by default (config/index.ts, HUSHI_HOST_URL). */
const BUILT_HOST_URL = 'http://127.0.0.1:8787';

let server: MockHostServer;
let runtime: WeappRuntime | undefined;

beforeEach(async () => {
  server = await startMockHostServer(createMockHost().handlers, { port: 0 });
});
afterEach(async () => {
  runtime?.close();
  runtime = undefined;
  await server.close();
});

/** Starts the build in a fresh simulated WeChat, talking to this test's mock host. */
function launchApp(): WeappRuntime {
  runtime = createWeappRuntime({ distDir: WEAPP_DIST, origins: { [BUILT_HOST_URL]: server.url } });
  runtime.launch();
  return runtime;
}

async function setScenarios(patch: ScenarioPatch): Promise<void> {
  const response = await fetch(`${server.url}/__mock/scenarios`, {
    method: 'PUT',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify(patch),
  });
  expect(response.status).toBe(200);
}

/** The bridge methods the app called through the dev HTTP binding, in order. */
function bridgeMethods(app: WeappRuntime): string[] {
  return app.requests
    .filter((request) => request.url === `${BUILT_HOST_URL}/__bridge/v1`)
    .map((request) => (JSON.parse(request.body ?? '') as { method: string }).method);
}

/** The backend requests the app made, as `METHOD /path`. */
function backendCalls(app: WeappRuntime): string[] {
  return app.requests
    .filter((request) => request.url.startsWith(`${BUILT_HOST_URL}/api/`))
    .map((request) => `${request.method} ${new URL(request.url).pathname}`);
}

function consoleErrors(app: WeappRuntime): string[] {
  return app.console.filter((entry) => entry.level === 'error').map((entry) => entry.text);
}

/** Waits for 身份选择 to show the account's identities; returns the page's text. */
async function identityPageTexts(app: WeappRuntime): Promise<string[]> {
  return app.waitFor(() => {
    const page = app.currentPage();
    return page?.route === 'pages/identity/index' && page.texts().includes('合作社') && page.texts();
  }, '身份选择 with the identities');
}

it('signs the logged-in 边民 in through the bridge and the backend, then shows 身份选择', async () => {
  const app = launchApp();
  const texts = await identityPageTexts(app);

  expect(app.navigations).toEqual([{ api: 'reLaunch', url: '/pages/identity/index' }]);
  expect(bridgeMethods(app)).toEqual(['host.getInfo', 'auth.getSession']);
  expect(backendCalls(app)).toEqual(['POST /api/v1/sessions', 'GET /api/v1/me/identities']);
  expect(texts).toContain('玉香南');
  expect(texts).toContainEqual(expect.stringMatching(/^\d{3}\*{5}\d{2}[\dX]$/));
  expect(texts.join(' ')).not.toMatch(/\d{17}[\dX]/);
  expect(texts.filter((text) => ['边民', '互助组', '合作社'].includes(text))).toEqual([
    '边民',
    '互助组',
    '合作社',
  ]);
  expect(texts).toContain('进入菜单选择');
  expect(consoleErrors(app)).toEqual([]);
});

it('logs in through the host login page when nobody is logged in to the host', async () => {
  await setScenarios({ auth: 'loggedOut' });
  const app = launchApp();
  await identityPageTexts(app);

  expect(bridgeMethods(app)).toEqual(['host.getInfo', 'auth.getSession', 'auth.login']);
  expect(app.navigations).toEqual([{ api: 'reLaunch', url: '/pages/identity/index' }]);
  expect(consoleErrors(app)).toEqual([]);
});

it('stays on the login page with 重试 when the user closes the host login page', async () => {
  await setScenarios({ auth: 'loginCancelled' });
  const app = launchApp();
  const texts = await app.waitFor(() => {
    const shown = app.currentPage()?.texts() ?? [];
    return shown.includes('重试') && shown;
  }, 'the retry button');

  expect(texts).toContain('您已取消登录');
  expect(bridgeMethods(app)).toEqual(['host.getInfo', 'auth.getSession', 'auth.login']);
  expect(backendCalls(app)).toEqual([]);
  expect(app.navigations).toEqual([]);
});
