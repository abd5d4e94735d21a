// Signing in to the real WeChat build in a simulated WeChat against the mock host's HTTP server, as
// devtools runs it with `npm run mock-host` (the dev HTTP binding) or in a container (`wx.hushiBridge`):
// login, the 边民 menu, 登录超时 from the backend and from the host, and 常见问题.
import { expect, it } from 'vitest';
import {
  backendCalls,
  bridgeMethods,
  BUILT_HOST_URL,
  consoleErrors,
  enterMenu,
  identityPageTexts,
  lastBody,
  pageShowing,
  queryEntryRecords,
  SEEDED_STATUSES,
  useWeappApp,
} from './support/weappApp';

const weapp = useWeappApp();

it('signs the logged-in 边民 in through the bridge and the backend, then shows 身份选择', async () => {
  const app = weapp.launchApp();
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
  const app = weapp.launchApp({ inContainer: true });
  const texts = await identityPageTexts(app);

  expect(weapp.container?.postedMethods()).toEqual(['host.getInfo', 'auth.getSession']);
  expect(bridgeMethods(app)).toEqual([]);
  expect(app.requests.filter((request) => request.url.includes('/__bridge/'))).toEqual([]);
  expect(backendCalls(app)).toEqual(['POST /api/v1/sessions', 'GET /api/v1/me/identities']);
  expect(texts).toContain('玉香南');
  expect(consoleErrors(app)).toEqual([]);
});

it('logs in through the host login page when nobody is logged in to the host', async () => {
  await weapp.setScenarios({ auth: 'loggedOut' });
  const app = weapp.launchApp();
  await identityPageTexts(app);

  expect(bridgeMethods(app)).toEqual(['host.getInfo', 'auth.getSession', 'auth.login']);
  expect(app.navigations).toEqual([{ api: 'reLaunch', url: '/pages/identity/index' }]);
  expect(consoleErrors(app)).toEqual([]);
});

it('stays on the login page with 重试 when the user closes the host login page', async () => {
  await weapp.setScenarios({ auth: 'loginCancelled' });
  const app = weapp.launchApp();
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
  const app = weapp.launchApp();
  const texts = (await enterMenu(app)).texts();

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

it('shows 登录超时 when the backend session ends, and 重新登录 signs in again through the host', async () => {
  const app = weapp.launchApp();
  const records = await queryEntryRecords(app);
  const expired = await fetch(`${weapp.server.url}/__mock/backend/expire-sessions`, {
    method: 'POST',
    headers: weapp.controlHeaders(),
  });
  expect(expired.ok).toBe(true);
  records.tap({ text: '查询' });
  await app.waitFor(() => records.texts().includes('长时间未操作，登录已超时，请重新登录'), '登录超时');
  const signIns = (): number => backendCalls(app).filter((call) => call === 'POST /api/v1/sessions').length;
  const signInsBefore = signIns();
  records.tap({ text: '重新登录', className: 'nut-button' });
  await app.waitFor(() => signIns() === signInsBefore + 1, 'the new backend session');
  // The dialog stays until the new session has picked the identity again (PUT /me/identity).
  await app.waitFor(
    () => records.findAll({ text: '重新登录', className: 'nut-button' }).length === 0,
    'the 登录超时 dialog closed',
  );
  records.tap({ text: '查询' });
  await app.waitFor(
    () =>
      backendCalls(app).at(-1) === 'GET /api/v1/declarations/entry' &&
      records.findAll({ className: 'query-result' }).length > 0,
    'the records again',
  );

  expect(bridgeMethods(app).filter((method) => method === 'auth.getSession')).toHaveLength(2);
  expect(records.findAll({ className: 'query-result' })).toHaveLength(SEEDED_STATUSES.length);
  expect(consoleErrors(app)).toEqual([]);
});

it('shows 登录超时 when the host ends the session: its event reaches WeChat by long-polling', async () => {
  const app = weapp.launchApp();
  const menu = await enterMenu(app);
  const emitted = await fetch(`${weapp.server.url}/__mock/bridge/emit`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...weapp.controlHeaders() },
    body: JSON.stringify({ event: 'session.expired', data: {} }),
  });
  expect(emitted.status).toBe(200);
  await app.waitFor(() => menu.texts().includes('长时间未操作，登录已超时，请重新登录'), '登录超时');

  expect(
    app.requests.filter((request) => request.url === `${BUILT_HOST_URL}/__bridge/v1/events`).length,
  ).toBeGreaterThan(1);
  expect(consoleErrors(app)).toEqual([]);
});

it('opens 常见问题 from the menu with the three cases and their solutions', async () => {
  const app = weapp.launchApp();
  const menu = await enterMenu(app);
  menu.tap({ text: '常见问题', className: 'nut-cell' });
  const texts = (await pageShowing(app, 'pages/faq/index', '1. 长时间不操作系统，提示超时')).texts().join('');

  expect(app.navigations.at(-1)).toEqual({ api: 'navigateTo', url: '/pages/faq/index' });
  expect(texts).toContain('解决方法：重新登录系统即可。');
  expect(texts).toContain('解决方法：对个人账号进行实名制。');
  expect(texts).toContain('解决方法：先在边民互市贸易系统 web 端进行备案边民身份。');
  expect(consoleErrors(app)).toEqual([]);
});
