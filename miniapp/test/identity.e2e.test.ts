// Login and 身份选择 in real Chromium against the mock host: the three roles' menus and the FAQ's
// refusals (no real-name verification, 边民 identity not filed).
import { expect, it } from 'vitest';
import { useMiniapp } from './support/miniappPage';
import { saveScreenshot } from './support/saveScreenshot';

const app = useMiniapp();

it('logs a 边民 in from the host session and shows the 边民 menu with both 待认证 lists', async () => {
  await app.loginAs('resident', '边民');
  await saveScreenshot(app, 'menu-resident');
  const body = await app.page.textContent('body');
  expect(body).toContain('当前身份：边民');
  expect(body).toContain('进境申报单待认证查询');
  expect(body).toContain('进口申报单待认证查询');
  expect(body).toContain('进口申报单申请记录查询');
});

it('opens 常见问题 from the menu with the three cases of the manual and their solutions', async () => {
  await app.loginAs('resident', '边民');
  await app.page.locator('.nut-cell', { hasText: /^\s*常见问题\s*$/ }).click();
  await app.page.getByText('解决方法：重新登录系统即可。').waitFor();
  await saveScreenshot(app, 'faq');
  const body = await app.page.textContent('body');
  expect(body).toContain('1. 长时间不操作系统，提示超时');
  expect(body).toContain('解决方法：对个人账号进行实名制。');
  expect(body).toContain('解决方法：先在边民互市贸易系统 web 端进行备案边民身份。');
});

it('gives a 互助组 representative the declaration menus without the 待认证 lists', async () => {
  await app.loginAs('groupRepresentative', '互助组');
  await saveScreenshot(app, 'menu-representative');
  const body = await app.page.textContent('body');
  expect(body).toContain('当前身份：互助组');
  expect(body).toContain('进境申报单单据查询');
  expect(body).not.toContain('待认证查询');
});

it('gives a 合作社 representative the declaration menus', async () => {
  await app.loginAs('cooperativeRepresentative', '合作社');
  expect(await app.page.textContent('body')).toContain('当前身份：合作社');
});

it('keeps an account without real-name verification out, with the FAQ answer', async () => {
  await app.setScenarios({ currentPerson: { personId: 'P0003' } });
  await app.page.reload();
  await app.page.getByText('实名制').waitFor();
  await saveScreenshot(app, 'login-not-real-name-verified');
  expect(await app.page.locator('.identity-choice').count()).toBe(0);
});

it('refuses the 边民 identity of an account whose 边民 identity is not filed', async () => {
  await app.setScenarios({ currentPerson: { personId: 'P0004' } });
  await app.page.reload();
  await app.page.locator('.identity-choice', { hasText: '边民' }).locator('.nut-radio').click();
  await app.clickButton('进入菜单选择');
  await app.page.getByText('备案边民身份').waitFor();
  await saveScreenshot(app, 'identity-not-filed');
  expect(await app.page.textContent('body')).not.toContain('菜单选择当前身份');
});

it('shows the three identities of 身份选择 with the account masked', async () => {
  await app.setScenarios({ currentPerson: { personId: 'P0005' } });
  await app.page.reload();
  await app.page.locator('.identity-choice').first().waitFor();
  await saveScreenshot(app, 'identity');
  const body = await app.page.textContent('body');
  expect(body).toMatch(/\d{3}\*{5}\d{2}[\dX]/);
  expect(await app.page.locator('.identity-choice').allTextContents()).toEqual([
    '边民',
    '互助组（打洛镇曼山边民互助组）',
    '合作社',
  ]);
});

it('logs in through the host login page when nobody is logged in to the host', async () => {
  await app.setScenarios({ auth: 'loggedOut', currentPerson: { personId: 'P0001' } });
  await app.loginAs('resident', '边民');
  expect(await app.page.textContent('body')).toContain('当前身份：边民');
});

it('shows the login as cancelled, with a retry, when the user closes the host login page', async () => {
  await app.setScenarios({ auth: 'loginCancelled' });
  await app.page.reload();
  await app.page.getByText('您已取消登录').waitFor();
  await app.setScenarios({ auth: 'loggedIn' });
  await app.clickButton('重试');
  await app.page.getByText('进入菜单选择').waitFor();
});

it('tells in Chinese, without the host’s error code, that the host failed (issue 16 item 6)', async () => {
  await app.setScenarios({ host: 'failing', currentPerson: { personId: 'P0001' } });
  try {
    await app.page.reload();
    const bar = app.page.locator('.error-bar');
    await bar.waitFor();
    await app.page.getByRole('button', { name: '重试' }).waitFor();
    const text = (await bar.textContent()) ?? '';
    expect(text).toContain('掌上单一窗口');
    expect(text).not.toMatch(/INTERNAL|[A-Za-z]{2,}/);
  } finally {
    await app.setScenarios({ host: 'full' });
  }
});
