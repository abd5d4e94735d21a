// 单据查询 in Chromium against the mock backend: conditions and 重置, each status's 详情 buttons (变更,
// 撤销 enabled only where the status allows), 撤销 with 取消 and with a reason, and 变更 opening the form.
import { beforeEach, expect, it } from 'vitest';
import { validateCancelReason } from '@hushi/sdk';
import { useMiniapp } from './support/miniappPage';
import { back, cardValue, openMenuItem, resultRow } from './support/queryScreens';
import { saveScreenshot } from './support/saveScreenshot';

const app = useMiniapp();
beforeEach(async () => {
  await app.loginAs('resident', '边民');
  await openMenuItem(app, '进境申报单单据查询');
});

/** Whether each detail button is enabled, by its text. */
async function buttonStates(): Promise<Record<string, boolean>> {
  await app.page.locator('.nut-tabs').waitFor();
  const states: Record<string, boolean> = {};
  for (const button of await app.page.locator('.action-bar .nut-button').all()) {
    const text = (await button.textContent())?.trim() ?? '';
    states[text] = !(await button.getAttribute('class'))?.includes('disabled');
  }
  return states;
}

/** Opens the 详情 of the first result in `status`. */
async function openDetail(status: string): Promise<void> {
  await app.clickButton('查询');
  await resultRow(app, status).first().click();
  await app.page.locator('.nut-tabs').waitFor();
}

it('queries by 申报单号 and 重置 clears', async () => {
  const page = app.page;
  const input = page.locator('input[placeholder="请输入单号"]');
  expect(await input.count()).toBe(1);
  await app.clickButton('查询');
  await resultRow(app, '10-审核通过').waitFor();
  // Only what customs has numbered: 发往海关成功 and later.
  expect(await page.locator('.query-result').count()).toBe(7);
  const number = await cardValue(resultRow(app, '10-审核通过'), '进境申报单编号');
  await input.fill(number);
  await app.clickButton('查询');
  await page.waitForFunction(() => document.querySelectorAll('.query-result').length === 1);
  await app.clickButton('重置');
  expect(await input.inputValue()).toBe('');
  expect(await page.locator('.query-result').count()).toBe(0);
});

/** The buttons each numbered status of the seed enables in 单据查询's 详情. */
const DOCUMENTS_BUTTONS: readonly [string, { 变更: boolean; 撤销: boolean }][] = [
  ['D2-发往海关成功', { 变更: false, 撤销: false }],
  ['N-海关入库失败', { 变更: false, 撤销: false }],
  ['00-退单', { 变更: false, 撤销: false }],
  ['10-审核通过', { 变更: false, 撤销: true }],
  ['08-改单', { 变更: true, 撤销: false }],
  ['单证放行', { 变更: true, 撤销: true }],
  ['实货放行', { 变更: true, 撤销: false }],
];

it('enables 撤销 for 审核通过/单证放行 and 变更 for 改单/单证放行/实货放行, greys the rest', async () => {
  await app.clickButton('查询');
  await resultRow(app, '10-审核通过').waitFor();
  for (const [status, expected] of DOCUMENTS_BUTTONS) {
    await resultRow(app, status).click();
    expect([status, await buttonStates()]).toEqual([status, expected]);
    await back(app);
    await app.page.locator('.nut-tabs').waitFor({ state: 'detached' });
  }
});

it('撤销: 取消 closes the reason box and changes nothing', async () => {
  await openDetail('10-审核通过');
  await app.clickButton('撤销');
  await app.page.locator('.cancel-dialog textarea').fill('录入有误');
  await app.page.locator('.cancel-dialog .nut-button', { hasText: '取消' }).click();
  await app.page.locator('.cancel-dialog textarea').waitFor({ state: 'hidden' });
  expect(await app.page.locator('.nut-tabs').textContent()).toContain('10-审核通过');
  expect(await buttonStates()).toEqual({ 变更: false, 撤销: true });
});

it('撤销: asks for a reason, then 确认 says 申报成功 and shows the new status', async () => {
  await openDetail('10-审核通过');
  await app.clickButton('撤销');
  const dialog = app.page.locator('.cancel-dialog');
  await dialog.locator('.nut-button', { hasText: '确认' }).click();
  const blank = validateCancelReason('');
  await dialog.getByText(blank.valid ? '' : blank.message).waitFor();
  await dialog.locator('textarea').fill('申报信息录入有误');
  await saveScreenshot(app, 'revoke-reason');
  await dialog.locator('.nut-button', { hasText: '确认' }).click();
  await app.page.getByText('申报成功').waitFor();
  await app.page.locator('.nut-tabs', { hasText: '已申报' }).waitFor();
  expect(await buttonStates()).toEqual({ 变更: false, 撤销: false });
});

it('变更 opens the declaration form in change mode', async () => {
  await openDetail('单证放行');
  const number =
    (await app.page
      .locator('.nut-tabs .display-card__row', { hasText: '预录入编号' })
      .first()
      .locator('.display-card__value')
      .textContent()) ?? '';
  await app.clickButton('变更');
  await app.page.waitForURL((url) => url.hash.startsWith('#/pages/declare/index'));
  const hash = new URL(app.page.url()).hash;
  const params = new URLSearchParams(hash.slice(hash.indexOf('?') + 1));
  expect([params.get('kind'), params.get('mode'), params.get('preEntryNumber')]).toEqual([
    'entry',
    'change',
    number,
  ]);
});
