// The WeChat build under test, launched in a simulated WeChat against a per-test mock host, and the
// steps the weapp e2e tests take through it.
import { fileURLToPath } from 'node:url';
import { afterEach, beforeEach, expect } from 'vitest';
import { createMockHost, MOCK_TOKEN_HEADER, startMockHostServer } from '@hushi/mock-host';
import type { MockHost, MockHostServer, ScenarioPatch } from '@hushi/mock-host';
import { createContainerBridge } from './containerBridge';
import type { ContainerBridge } from './containerBridge';
import { createWeappRuntime } from './weappRuntime';
import type { SimulatedPage, WeappRuntime } from './weappRuntime';
import { nodeText } from './weappView';
import type { NodeQuery, ViewNode } from './weappView';

/** The WeChat build under test (`npm run build:weapp`, or the build HUSHI_WEAPP_DIST names). */
export const WEAPP_DIST =
  process.env.HUSHI_WEAPP_DIST ?? fileURLToPath(new URL('../../dist/weapp', import.meta.url));
/** The host URL `build:weapp` embeds by default (config/index.ts, HUSHI_HOST_URL). */
export const BUILT_HOST_URL = 'http://127.0.0.1:8787';

/** The statuses of the seed's 进境申报单 records. */
export const SEEDED_STATUSES = [
  '暂存',
  '00-退单',
  'D3-发往海关失败',
  'N-海关入库失败',
  '已申报',
  'D2-发往海关成功',
  '10-审核通过',
  '08-改单',
  '单证放行',
  '实货放行',
];

/** How {@link WeappApp.launchApp} starts the build. */
export interface LaunchOptions {
  /** Runs the build in a container whose custom API `wx.hushiBridge` carries the bridge. */
  inContainer?: boolean;
  /** What `wx.getSystemInfoSync` answers over the standard phone's (e.g. `fontSizeSetting`). */
  systemInfo?: Readonly<Record<string, unknown>>;
  /** The app's storage: a map passed to two launches keeps what the first one stored. */
  storage?: Map<string, unknown>;
}

/** The current test's mock host and the simulated WeChat it launches; read it inside a test or hook. */
export interface WeappApp {
  /** This test's mock host. */
  readonly mock: MockHost;
  /** This test's mock host's HTTP server, which the build's host URL is routed to. */
  readonly server: MockHostServer;
  /** The container of the app launched `inContainer` in this test, if any. */
  readonly container: ContainerBridge | undefined;
  /**
   * Starts the build in a fresh simulated WeChat, talking to this test's mock host: over the dev HTTP
   * binding as in devtools, or, with `inContainer`, through a container's `wx.hushiBridge`. An app this
   * test launched before is closed first, as a user closes it.
   */
  launchApp(options?: LaunchOptions): WeappRuntime;
  /** Changes this test's mock host's scenarios through `PUT /__mock/scenarios`. */
  setScenarios(patch: ScenarioPatch): Promise<void>;
  /** The headers a request to this test's mock host's developer controls (`/__mock…`) needs: its token. */
  controlHeaders(): Record<string, string>;
}

/**
 * Registers, in the calling test file, hooks that start a fresh mock host server before each test and
 * close it, and the runtime and container the test launched, after it. The state lives in this call,
 * so test files share none of it.
 */
export function useWeappApp(): WeappApp {
  let mock: MockHost | undefined;
  let server: MockHostServer | undefined;
  let runtime: WeappRuntime | undefined;
  let container: ContainerBridge | undefined;

  beforeEach(async () => {
    mock = createMockHost();
    // Its database open (an in-memory PGlite) before the build's first request.
    await mock.ready;
    server = await startMockHostServer(mock.handlers, { port: 0 });
  });
  afterEach(async () => {
    runtime?.close();
    runtime = undefined;
    container?.close();
    container = undefined;
    await server?.close();
    server = undefined;
    await mock?.backend.close();
    mock = undefined;
  });

  const current = <T>(value: T | undefined, name: string): T => {
    if (value === undefined) throw new Error(`no ${name} outside a test of a file that calls useWeappApp()`);
    return value;
  };
  const currentMock = (): MockHost => current(mock, 'mock host');
  const currentServer = (): MockHostServer => current(server, 'mock host server');
  const controlHeaders = (): Record<string, string> => ({
    [MOCK_TOKEN_HEADER]: currentServer().controlToken,
  });

  return {
    get mock() {
      return currentMock();
    },
    get server() {
      return currentServer();
    },
    get container() {
      return container;
    },
    launchApp({ inContainer = false, systemInfo, storage } = {}) {
      // Launching again is closing the app and opening it anew.
      runtime?.close();
      container?.close();
      container = undefined;
      if (inContainer) container = createContainerBridge(currentMock().host);
      runtime = createWeappRuntime({
        distDir: WEAPP_DIST,
        origins: { [BUILT_HOST_URL]: currentServer().url },
        ...(container ? { containerApis: { hushiBridge: container.api } } : {}),
        ...(systemInfo ? { systemInfo } : {}),
        ...(storage ? { storage } : {}),
      });
      runtime.launch();
      return runtime;
    },
    controlHeaders,
    async setScenarios(patch) {
      const response = await fetch(`${currentServer().url}/__mock/scenarios`, {
        method: 'PUT',
        headers: { 'content-type': 'application/json', ...controlHeaders() },
        body: JSON.stringify(patch),
      });
      expect(response.status).toBe(200);
    },
  };
}

/** The bridge methods the app called through the dev HTTP binding, in order. */
export function bridgeMethods(app: WeappRuntime): string[] {
  return app.requests
    .filter((request) => request.url === `${BUILT_HOST_URL}/__bridge/v1`)
    .map((request) => (JSON.parse(request.body ?? '') as { method: string }).method);
}

/** The backend requests the app made, as `METHOD /path`. */
export function backendCalls(app: WeappRuntime): string[] {
  return app.requests
    .filter((request) => request.url.startsWith(`${BUILT_HOST_URL}/api/`))
    .map((request) => `${request.method} ${new URL(request.url).pathname}`);
}

/** The texts the app logged as errors. */
export function consoleErrors(app: WeappRuntime): string[] {
  return app.console.filter((entry) => entry.level === 'error').map((entry) => entry.text);
}

/** Waits for 身份选择 to show the account's identities; returns the page's text. */
export async function identityPageTexts(app: WeappRuntime): Promise<string[]> {
  return app.waitFor(() => {
    const page = app.currentPage();
    return page?.route === 'pages/identity/index' && page.texts().includes('合作社') && page.texts();
  }, '身份选择 with the identities');
}

/** Waits for `route` to be the page on top, showing `text`; returns that page. */
export async function pageShowing(app: WeappRuntime, route: string, text: string): Promise<SimulatedPage> {
  return app.waitFor(() => {
    const page = app.currentPage();
    return page?.route === route && page.texts().includes(text) && page;
  }, `${route} showing ${text}`);
}

/** Picks `role` (边民 unless said) in 身份选择 and enters its menu; returns the menu page. */
export async function enterMenu(
  app: WeappRuntime,
  role: '边民' | '互助组' | '合作社' = '边民',
): Promise<SimulatedPage> {
  await identityPageTexts(app);
  const identity = app.currentPage() as SimulatedPage;
  // A representative's identity names its group: 互助组（打洛镇曼山边民互助组）.
  identity.tap({ text: new RegExp(`^${role}(（|$)`) });
  // 进入菜单选择 is disabled until an identity is picked.
  await app.waitFor(
    () =>
      !identity.find({ text: '进入菜单选择', className: 'nut-button' }).cl?.includes('nut-button-disabled'),
    '进入菜单选择 enabled',
  );
  identity.tap({ text: '进入菜单选择' });
  return pageShowing(app, 'pages/menu/index', '退出');
}

/** The 进境申报单 query screens of the 边民 menu, and their pages. */
const ENTRY_QUERY_PAGES = { 申请记录查询: 'pages/records/index', 单据查询: 'pages/documents/index' } as const;

/** Opens 进境申报单`screen` from the 边民 menu and queries with the default conditions; its page. */
async function queryEntry(app: WeappRuntime, screen: keyof typeof ENTRY_QUERY_PAGES): Promise<SimulatedPage> {
  const menu = await enterMenu(app);
  menu.tap({ text: `进境申报单${screen}`, className: 'nut-cell' });
  const page = await pageShowing(app, ENTRY_QUERY_PAGES[screen], '查询');
  page.tap({ text: '查询' });
  await app.waitFor(() => page.findAll({ className: 'query-result' }).length > 0, `the results of ${screen}`);
  return page;
}

/** Opens 进境申报单申请记录查询 from the 边民 menu and queries with the default conditions. */
export const queryEntryRecords = (app: WeappRuntime): Promise<SimulatedPage> =>
  queryEntry(app, '申请记录查询');

/** Opens 进境申报单单据查询 from the 边民 menu and queries with the default conditions. */
export const queryEntryDocuments = (app: WeappRuntime): Promise<SimulatedPage> => queryEntry(app, '单据查询');

/** The label → value rows of a display card (a result row). */
export function cardRows(card: ViewNode): Record<string, string> {
  const rows: Record<string, string> = {};
  for (const row of card.cn ?? []) {
    const [label, value] = row.cn ?? [];
    if (row.cl === 'display-card__row' && label && value) rows[nodeText(label)] = nodeText(value);
  }
  return rows;
}

/** Opens the code picker of the field `key` (labelled `label`), searches `query` and picks `shown`. */
export async function pickCode(
  app: WeappRuntime,
  form: SimulatedPage,
  field: { key: string; label: string; inside?: NodeQuery },
  query: string,
  shown: string,
): Promise<void> {
  const fieldNode: NodeQuery = {
    className: `form-field--${field.key}`,
    ...(field.inside && { inside: field.inside }),
  };
  form.tap(fieldNode);
  // The form has one picker, titled with the field's label once it is this field's.
  await app.waitFor(
    () => form.findAll({ className: 'nut-popup', text: new RegExp(`^${field.label}`) }).length > 0,
    `the picker of ${field.label}`,
  );
  form.input({ className: 'h5-input', inside: { className: 'code-picker__search' } }, query);
  const entry: NodeQuery = { className: 'code-picker__entry', text: shown };
  await app.waitFor(() => form.findAll(entry).length > 0, `${shown} in the picker`);
  form.tap(entry);
  await app.waitFor(() => nodeText(form.find(fieldNode)).endsWith(shown), `${field.label} showing ${shown}`);
}

/** Types `value` into the text field `key` (of the line `inside`). */
export function typeInto(form: SimulatedPage, key: string, value: string, inside?: NodeQuery): void {
  const fieldNode: NodeQuery = { className: `form-field--${key}`, ...(inside && { inside }) };
  form.input({ className: 'h5-input', inside: fieldNode }, value);
}

/** The JSON body of the app's last request to `path` (as `METHOD /path`). */
export function lastBody(app: WeappRuntime, call: string): unknown {
  const request = [...app.requests]
    .reverse()
    .find((sent) => `${sent.method} ${new URL(sent.url).pathname}` === call && sent.body !== undefined);
  return JSON.parse(request?.body ?? 'null') as unknown;
}
