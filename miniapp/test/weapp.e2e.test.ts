// Boots the real WeChat build (`npm run build:weapp`, or the build HUSHI_WEAPP_DIST names) in a simulated
// mini-program logic layer against the mock host's HTTP server, as WeChat devtools runs it with
// `npm run mock-host`: the bridge over the dev HTTP binding, the backend over `wx.request`.
import { fileURLToPath } from 'node:url';
import { afterEach, beforeEach, expect, it } from 'vitest';
import { conformanceArrange, createMockHost, startMockHostServer } from '@hushi/mock-host';
import { conformanceSuite } from '@hushi/bridge-spec/conformance';
import { validateCancelReason } from '@hushi/sdk';
import type { MockHost, MockHostServer, ScenarioPatch } from '@hushi/mock-host';
import { createContainerBridge } from './support/containerBridge';
import type { ContainerBridge } from './support/containerBridge';
import { createWeappRuntime } from './support/weappRuntime';
import type { SimulatedPage, WeappRuntime } from './support/weappRuntime';
import { nodeText } from './support/weappView';
import type { NodeQuery, ViewNode } from './support/weappView';

/** The WeChat build under test. */
const WEAPP_DIST = process.env.HUSHI_WEAPP_DIST ?? fileURLToPath(new URL('../dist/weapp', import.meta.url));
/** The host URL `build:weapp` embeds by default (config/index.ts, HUSHI_HOST_URL). */
const BUILT_HOST_URL = 'http://127.0.0.1:8787';

let mock: MockHost;
let server: MockHostServer;
let runtime: WeappRuntime | undefined;
let container: ContainerBridge | undefined;

beforeEach(async () => {
  mock = createMockHost();
  server = await startMockHostServer(mock.handlers, { port: 0 });
});
afterEach(async () => {
  runtime?.close();
  runtime = undefined;
  container?.close();
  container = undefined;
  await server.close();
});

/**
 * Starts the build in a fresh simulated WeChat, talking to this test's mock host: over the dev HTTP
 * binding as in devtools, or, with `inContainer`, through a container's `wx.hushiBridge`.
 */
function launchApp({ inContainer = false } = {}): WeappRuntime {
  if (inContainer) container = createContainerBridge(mock.host);
  runtime = createWeappRuntime({
    distDir: WEAPP_DIST,
    origins: { [BUILT_HOST_URL]: server.url },
    ...(container ? { containerApis: { hushiBridge: container.api } } : {}),
  });
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

/** Waits for `route` to be the page on top, showing `text`; returns that page. */
async function pageShowing(app: WeappRuntime, route: string, text: string): Promise<SimulatedPage> {
  return app.waitFor(() => {
    const page = app.currentPage();
    return page?.route === route && page.texts().includes(text) && page;
  }, `${route} showing ${text}`);
}

/** Picks 边民 in 身份选择 and enters its menu; returns the menu page. */
async function enterResidentMenu(app: WeappRuntime): Promise<SimulatedPage> {
  await identityPageTexts(app);
  const identity = app.currentPage() as SimulatedPage;
  identity.tap({ text: '边民' });
  // 进入菜单选择 is disabled until an identity is picked.
  await app.waitFor(
    () =>
      !identity.find({ text: '进入菜单选择', className: 'nut-button' }).cl?.includes('nut-button-disabled'),
    '进入菜单选择 enabled',
  );
  identity.tap({ text: '进入菜单选择' });
  return pageShowing(app, 'pages/menu/index', '退出');
}

/** Opens 进境申报单申请记录查询 from the 边民 menu and queries with the default conditions. */
async function queryEntryRecords(app: WeappRuntime): Promise<SimulatedPage> {
  const menu = await enterResidentMenu(app);
  menu.tap({ text: '进境申报单申请记录查询', className: 'nut-cell' });
  const records = await pageShowing(app, 'pages/records/index', '查询');
  records.tap({ text: '查询' });
  await app.waitFor(() => records.findAll({ className: 'query-result' }).length > 0, 'the records');
  return records;
}

/** The label → value rows of a display card (a result row). */
function cardRows(card: ViewNode): Record<string, string> {
  const rows: Record<string, string> = {};
  for (const row of card.cn ?? []) {
    const [label, value] = row.cn ?? [];
    if (row.cl === 'display-card__row' && label && value) rows[nodeText(label)] = nodeText(value);
  }
  return rows;
}

/** Opens the code picker of the field `key` (labelled `label`), searches `query` and picks `shown`. */
async function pickCode(
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
function typeInto(form: SimulatedPage, key: string, value: string, inside?: NodeQuery): void {
  const fieldNode: NodeQuery = { className: `form-field--${key}`, ...(inside && { inside }) };
  form.input({ className: 'h5-input', inside: fieldNode }, value);
}

/** The JSON body of the app's last request to `path` (as `METHOD /path`). */
function lastBody(app: WeappRuntime, call: string): unknown {
  const request = [...app.requests]
    .reverse()
    .find((sent) => `${sent.method} ${new URL(sent.url).pathname}` === call && sent.body !== undefined);
  return JSON.parse(request?.body ?? 'null') as unknown;
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

it('uses the container custom API wx.hushiBridge when the container has one, not the dev HTTP binding', async () => {
  const app = launchApp({ inContainer: true });
  const texts = await identityPageTexts(app);

  expect(container?.postedMethods()).toEqual(['host.getInfo', 'auth.getSession']);
  expect(bridgeMethods(app)).toEqual([]);
  expect(app.requests.filter((request) => request.url.includes('/__bridge/'))).toEqual([]);
  expect(backendCalls(app)).toEqual(['POST /api/v1/sessions', 'GET /api/v1/me/identities']);
  expect(texts).toContain('玉香南');
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

it('enters the 边民 menu from 身份选择 with both declarations, their 待认证 lists and 常见问题', async () => {
  const app = launchApp();
  const texts = (await enterResidentMenu(app)).texts();

  expect(app.navigations).toEqual([
    { api: 'reLaunch', url: '/pages/identity/index' },
    { api: 'reLaunch', url: '/pages/menu/index' },
  ]);
  expect(backendCalls(app).at(-1)).toBe('PUT /api/v1/me/identity');
  expect(lastBody(app, 'PUT /api/v1/me/identity')).toEqual({ role: 'resident' });
  expect(texts).toContain('当前身份：边民');
  for (const entry of [
    '进境申报单申请记录查询',
    '进境申报单单据查询',
    '进境申报单待认证查询',
    '进口申报单申请记录查询',
    '进口申报单待认证查询',
    '常见问题',
  ]) {
    expect(texts).toContain(entry);
  }
  expect(consoleErrors(app)).toEqual([]);
});

/** The statuses of the seed's 进境申报单 records. */
const SEEDED_STATUSES = [
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

it('queries 进境申报单 records over the last month, then by 预录入编号', async () => {
  const app = launchApp();
  const records = await queryEntryRecords(app);

  expect(app.navigations.at(-1)).toEqual({ api: 'navigateTo', url: '/pages/records/index?kind=entry' });
  const condition = (name: string): string =>
    nodeText(
      records.find({ className: 'nut-cell-extra', inside: { className: `query-conditions__${name}` } }),
    );
  const [from, to] = [condition('from'), condition('to')];
  expect([from, to]).toEqual([
    expect.stringMatching(/^\d{4}-\d{2}-\d{2}$/),
    expect.stringMatching(/^\d{4}-\d{2}-\d{2}$/),
  ]);
  expect(condition('businessMode')).toBe('全部');
  expect(app.requests.at(-1)?.url).toContain(`/api/v1/declarations/entry?from=${from}&to=${to}&`);
  const rows = records.findAll({ className: 'query-result' }).map(cardRows);
  expect(rows.map((row) => row['状态']).sort()).toEqual([...SEEDED_STATUSES].sort());
  const returned = rows.find((row) => row['状态'] === '00-退单');
  expect(returned).toMatchObject({ 业务模式: '02-落地加工', 申报人名称: '玉香南', 总价: '100.00' });
  expect(returned?.['预录入编号']).toMatch(/^\d{18}$/);
  expect(returned?.['申报时间']).toMatch(/^\d{4}-\d{2}-\d{2} \d{2}:\d{2}:\d{2}$/);

  const number = returned?.['预录入编号'] ?? '';
  records.input({ className: 'h5-input', inside: { className: 'query-conditions__input' } }, number);
  records.tap({ text: '查询' });
  const found = await app.waitFor(() => {
    const cards = records.findAll({ className: 'query-result' });
    return cards.length === 1 && cards.map(cardRows);
  }, 'the one record of the 预录入编号');
  expect(found[0]?.['预录入编号']).toBe(number);
  expect(app.requests.at(-1)?.url).toContain(`preEntryNumber=${number}`);
  expect(consoleErrors(app)).toEqual([]);
});

it("opens a record's 详情 with its tabs, formatted values and the buttons of 申请记录查询", async () => {
  const app = launchApp();
  const records = await queryEntryRecords(app);
  records.tap({ text: /N-海关入库失败/, className: 'query-result' });
  const detail = await pageShowing(app, 'pages/detail/index', '基本信息');

  expect(app.navigations.at(-1)?.url).toMatch(
    /^\/pages\/detail\/index\?kind=entry&preEntryNumber=\d{18}&from=records$/,
  );
  expect(detail.findAll({ className: 'nut-tabs-titles-item' }).map(nodeText)).toEqual([
    '基本信息',
    '商品信息',
    '商品资质',
    '车辆信息',
    '随附单证',
  ]);
  const texts = detail.texts();
  for (const value of ['N-海关入库失败', '8609-打洛海关', '1-进口', '106-缅甸', '云K12345']) {
    expect(texts).toContain(value);
  }
  expect(texts).toContainEqual(expect.stringMatching(/^532\*{5}\d{2}[\dX]$/));
  expect(detail.findAll({ className: 'action-bar__button' }).map(nodeText)).toEqual(['修改', '复制', '删除']);

  detail.tap({ text: '车辆信息', className: 'nut-tabs-titles-item' });
  await app.waitFor(
    () => nodeText(detail.find({ className: 'nut-tabs-titles-item-active' })) === '车辆信息',
    '车辆信息 selected',
  );
  expect(consoleErrors(app)).toEqual([]);
});

it("删除 in a 暂存 record's 详情 asks, deletes, says 删除成功 and goes back to the shorter list", async () => {
  const app = launchApp();
  const records = await queryEntryRecords(app);
  records.tap({ text: /暂存/, className: 'query-result' });
  const detail = await pageShowing(app, 'pages/detail/index', '基本信息');
  detail.tap({ text: '删除', className: 'action-bar__button' });
  await app.waitFor(() => detail.texts().includes('是否删除该申报单？'), 'the confirmation');
  detail.tap({ text: '是', className: 'nut-button', inside: { className: 'delete-dialog' } });
  await app.waitFor(() => app.currentPage() === records, 'back to 申请记录查询');

  expect(app.uiCalls).toContainEqual({ api: 'showToast', options: { title: '删除成功', icon: 'success' } });
  expect(app.navigations.at(-1)).toEqual({ api: 'navigateBack' });
  const statuses = await app.waitFor(() => {
    const shown = records.findAll({ className: 'query-result' }).map((card) => cardRows(card)['状态']);
    return shown.length === SEEDED_STATUSES.length - 1 && shown;
  }, 'the list without the 暂存 record');
  expect(statuses).not.toContain('暂存');
  expect(consoleErrors(app)).toEqual([]);
});

it('shows 登录超时 when the backend session ends, and 重新登录 signs in again through the host', async () => {
  const app = launchApp();
  const records = await queryEntryRecords(app);
  const expired = await fetch(`${server.url}/__mock/backend/expire-sessions`, { method: 'POST' });
  expect(expired.ok).toBe(true);
  records.tap({ text: '查询' });
  await app.waitFor(() => records.texts().includes('长时间未操作，登录已超时，请重新登录'), '登录超时');
  const signIns = (): number => backendCalls(app).filter((call) => call === 'POST /api/v1/sessions').length;
  const signInsBefore = signIns();
  records.tap({ text: '重新登录', className: 'nut-button' });
  await app.waitFor(() => signIns() === signInsBefore + 1, 'the new backend session');
  records.tap({ text: '查询' });
  await app.waitFor(
    () => !records.texts().includes('长时间未操作，登录已超时，请重新登录'),
    'the records without 登录超时',
  );

  expect(backendCalls(app).at(-1)).toBe('GET /api/v1/declarations/entry');
  expect(bridgeMethods(app).filter((method) => method === 'auth.getSession')).toHaveLength(2);
  expect(records.findAll({ className: 'query-result' })).toHaveLength(SEEDED_STATUSES.length);
  expect(consoleErrors(app)).toEqual([]);
});

it('declares a 进境申报单 of 02-落地加工 by road: pickers, typed fields, a goods line, fence and face', async () => {
  await setScenarios({ location: 'inside', face: 'pass' });
  const app = launchApp();
  const menu = await enterResidentMenu(app);
  menu.tap({ text: '单据申报', inside: { className: 'nut-cell-group', text: /^进境申报单单据申报/ } });
  const form = await pageShowing(app, 'pages/declare/index', '基本信息');

  await pickCode(app, form, { key: 'customsCode', label: '关区代码' }, '二连', '0702-二连海关');
  await pickCode(app, form, { key: 'businessMode', label: '业务模式' }, '02', '02-落地加工');
  await pickCode(
    app,
    form,
    { key: 'supervisionSiteCode', label: '监管场所编号' },
    '',
    'ELHT00000001-二连浩特边民互市贸易区监管场所',
  );
  await pickCode(app, form, { key: 'transportMode', label: '运输方式' }, '4', '4-公路运输');
  typeInto(form, 'voyageNumber', '01');
  typeInto(form, 'transportToolNumber', '蒙A12345');
  typeInto(form, 'billNumber', 'TY-2024-01');
  typeInto(form, 'packageCount', '3');
  await pickCode(app, form, { key: 'currency', label: '币制' }, 'rmb', '142-人民币');
  await pickCode(app, form, { key: 'tradeCountry', label: '贸易国别' }, 'mg', '124-蒙古');
  await pickCode(app, form, { key: 'certificateInvolved', label: '是否涉及证书' }, '0', '0-否');

  form.tap({ text: '商品信息', className: 'nut-tabs-titles-item' });
  form.tap({ text: '添加商品信息' });
  const line: NodeQuery = { className: 'line-card', inside: { className: 'line-list--goods' } };
  await app.waitFor(() => form.findAll(line).length === 1, 'a goods line');
  typeInto(form, 'goodsCode', '0804300000', line);
  typeInto(form, 'goodsName', '菠萝', line);
  await pickCode(app, form, { key: 'originCountry', label: '原产国', inside: line }, '蒙古', '124-蒙古');
  typeInto(form, 'quantity', '10', line);
  await pickCode(app, form, { key: 'unit', label: '计量单位', inside: line }, '035', '035-千克');
  typeInto(form, 'unitPrice', '8.50', line);
  await pickCode(app, form, { key: 'goodsFlow', label: '商品流向', inside: line }, '02', '02-落地加工');
  form.tap({ text: '申报', className: 'nut-button' });
  const texts = await app.waitFor(() => {
    const shown = form.texts();
    return shown.includes('申报成功') && shown;
  }, '申报成功');

  expect(texts).toContain('状态：已申报');
  expect(texts).toContainEqual(expect.stringMatching(/^预录入编号：\d{18}$/));
  expect(bridgeMethods(app).slice(-2)).toEqual(['location.get', 'face.verify']);
  const submitted = lastBody(app, 'POST /api/v1/declarations/entry/submissions') as { faceTicket?: unknown };
  expect(submitted).toMatchObject({
    declaration: {
      header: { customsCode: '0702', businessMode: '02', transportToolNumber: '蒙A12345', packageCount: '3' },
      goods: [{ goodsName: '菠萝', quantity: '10', unitPrice: '8.50', totalPrice: '85.00', unit: '035' }],
    },
    location: { datum: 'wgs84' },
  });
  expect(typeof submitted.faceTicket).toBe('string');
  expect(consoleErrors(app)).toEqual([]);
});

it('撤销 in a 单据查询 详情 asks for a reason, then says 申报成功 and shows the declaration 已申报', async () => {
  const app = launchApp();
  const menu = await enterResidentMenu(app);
  menu.tap({ text: '进境申报单单据查询', className: 'nut-cell' });
  const documents = await pageShowing(app, 'pages/documents/index', '查询');
  documents.tap({ text: '查询' });
  await app.waitFor(() => documents.findAll({ className: 'query-result' }).length > 0, 'the documents');
  documents.tap({ text: /10-审核通过/, className: 'query-result' });
  const detail = await pageShowing(app, 'pages/detail/index', '基本信息');
  detail.tap({ text: '撤销', className: 'action-bar__button' });
  const dialog: NodeQuery = { className: 'cancel-dialog' };
  await app.waitFor(() => detail.findAll({ ...dialog, text: /^撤销原因/ }).length > 0, 'the reason box');
  detail.tap({ text: '确认', className: 'nut-button', inside: dialog });
  const blank = validateCancelReason('');
  await app.waitFor(() => !blank.valid && detail.texts().includes(blank.message), 'the blank reason refused');
  detail.input({ className: 'h5-textarea', inside: dialog }, '申报信息录入有误');
  detail.tap({ text: '确认', className: 'nut-button', inside: dialog });
  await app.waitFor(
    () => app.uiCalls.some((call) => call.api === 'showToast' && call.options.title === '申报成功'),
    '申报成功',
  );

  expect(detail.texts()).toContain('已申报');
  expect(app.requests.filter((request) => request.body?.includes('申报信息录入有误'))).toHaveLength(1);
  expect(detail.texts()).not.toContain('10-审核通过');
  expect(consoleErrors(app)).toEqual([]);
});

it('认证 in 待认证查询 verifies the face through the host and shows the row 已认证', async () => {
  await setScenarios({ face: 'pass' });
  const app = launchApp();
  const menu = await enterResidentMenu(app);
  menu.tap({ text: '进境申报单待认证查询', className: 'nut-cell' });
  const pending = await pageShowing(app, 'pages/pending/index', '查询');
  pending.tap({ text: '查询' });
  await app.waitFor(() => pending.findAll({ className: 'pending-row__authenticate' }).length > 0, 'the rows');
  const rowsOf = (): Record<string, string>[] => pending.findAll({ className: 'pending-row' }).map(cardRows);
  const number = rowsOf().find((row) => row['认证状态'] === '未认证')?.['预录入编号'] ?? '';
  pending.tap({
    className: 'pending-row__authenticate',
    inside: { className: 'pending-row', text: new RegExp(number) },
  });
  const row = await app.waitFor(
    () => rowsOf().find((shown) => shown['预录入编号'] === number && shown['认证状态'] === '已认证'),
    `${number} 已认证`,
  );

  expect(row['审核状态']).toMatch(/^(T0-待认证|已申报)$/);
  expect(bridgeMethods(app).at(-1)).toBe('face.verify');
  expect(consoleErrors(app)).toEqual([]);
});

it('shows 登录超时 when the host ends the session: its event reaches WeChat by long-polling', async () => {
  const app = launchApp();
  const menu = await enterResidentMenu(app);
  const emitted = await fetch(`${server.url}/__mock/bridge/emit`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ event: 'session.expired', data: {} }),
  });
  expect(emitted.status).toBe(200);
  await app.waitFor(() => menu.texts().includes('长时间未操作，登录已超时，请重新登录'), '登录超时');

  expect(
    app.requests.filter((request) => request.url === `${BUILT_HOST_URL}/__bridge/v1/events`).length,
  ).toBeGreaterThan(1);
  expect(consoleErrors(app)).toEqual([]);
});

for (const [binding, inContainer] of [
  ['the dev HTTP binding (wx.request)', false],
  ['the container custom API (wx.hushiBridge)', true],
] as const) {
  it(`passes the whole bridge conformance suite over ${binding}, the mock host arranging each condition`, async () => {
    const app = launchApp({ inContainer });
    const menu = await enterResidentMenu(app);
    menu.tap({ text: '桥接一致性检查', className: 'nut-cell' });
    const page = await pageShowing(app, 'pages/conformance/index', '开始检查');
    const arrange = conformanceArrange(mock);
    page.tap({ text: '开始检查' });
    const answered = new Set<string>();
    const conditions: string[] = [];
    for (;;) {
      // A prompt is new when results came in since the last one answered (the same condition may return).
      const prompt = await app.waitFor(() => {
        if (page.findAll({ className: 'conformance__totals' }).length > 0) return 'done';
        const [shown] = page.findAll({ className: 'conformance__condition' });
        if (shown === undefined) return undefined;
        const key = `${nodeText(shown)}#${page.findAll({ className: 'conformance__row' }).length}`;
        return !answered.has(key) && key;
      }, 'the next prompt or the totals');
      if (prompt === 'done') break;
      answered.add(prompt);
      const condition = prompt.slice(0, prompt.lastIndexOf('#'));
      conditions.push(condition);
      expect(arrange(condition), condition).toBe(true);
      page.tap({ text: '已就绪', className: 'nut-button' });
    }

    const total = conformanceSuite.cases.length;
    expect(nodeText(page.find({ className: 'conformance__totals' }))).toContain(
      `共 ${total} 项：通过 ${total}，失败 0，跳过 0`,
    );
    expect(new Set(conditions)).toEqual(new Set(Object.keys(conformanceSuite.conditions)));
    expect(consoleErrors(app)).toEqual([]);
  });
}

it('opens 查看详情 after a fourth 复制 and 申报 in a row, though WeChat keeps ten pages at most', async () => {
  const app = launchApp();
  const records = await queryEntryRecords(app);
  records.tap({ text: /暂存/, className: 'query-result' });
  let detail = await pageShowing(app, 'pages/detail/index', '基本信息');
  const declared: string[] = [];
  // menu, 申请记录查询 and 详情, then a 申报 form and the new 详情 each round: ten pages in round four.
  for (let round = 1; round <= 4; round++) {
    detail.tap({ text: '复制', className: 'action-bar__button' });
    const form = await app.waitFor(() => {
      const page = app.currentPage();
      return page?.route === 'pages/declare/index' && page.texts().includes('申报') && page;
    }, `the form of 复制 ${round}`);
    form.tap({ text: '申报', className: 'nut-button' });
    const number = await app.waitFor(
      () =>
        /^预录入编号：(\d{18})$/.exec(
          form.texts().find((text) => text.startsWith('预录入编号：')) ?? '',
        )?.[1],
      `申报成功 ${round}`,
    );
    form.tap({ text: '查看详情', className: 'nut-button' });
    detail = await app.waitFor(() => {
      const page = app.currentPage();
      return page !== form && page?.route === 'pages/detail/index' && page.texts().includes(number) && page;
    }, `the 详情 of ${number}`);
    declared.push(number);
  }

  expect(new Set(declared).size).toBe(4);
  expect(app.navigations.at(-1)).toEqual({
    api: 'redirectTo',
    url: `/pages/detail/index?kind=entry&preEntryNumber=${declared[3] ?? ''}&from=records`,
  });
  expect(consoleErrors(app)).toEqual([]);
});

it('opens 常见问题 from the menu with the three cases and their solutions', async () => {
  const app = launchApp();
  const menu = await enterResidentMenu(app);
  menu.tap({ text: '常见问题', className: 'nut-cell' });
  const texts = (await pageShowing(app, 'pages/faq/index', '1. 长时间不操作系统，提示超时')).texts().join('');

  expect(app.navigations.at(-1)).toEqual({ api: 'navigateTo', url: '/pages/faq/index' });
  expect(texts).toContain('解决方法：重新登录系统即可。');
  expect(texts).toContain('解决方法：对个人账号进行实名制。');
  expect(texts).toContain('解决方法：先在边民互市贸易系统 web 端进行备案边民身份。');
  expect(consoleErrors(app)).toEqual([]);
});
