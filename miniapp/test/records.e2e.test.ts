// 申请记录查询 in Chromium against the mock backend: conditions and 重置, each status's 详情 buttons
// (allowed ones enabled, the others greyed), 删除 with 否 and 是, and 修改/复制 opening the form.
import { beforeEach, expect, it } from 'vitest';
import { useMiniapp } from './support/miniappPage';
import { back, cardValue, openMenuItem, resultRow } from './support/queryScreens';
import { saveScreenshot } from './support/saveScreenshot';

const app = useMiniapp();
beforeEach(async () => {
  await app.loginAs('resident', '边民');
  await openMenuItem(app, '进境申报单申请记录查询');
});

/** The query parameters of the page in the URL's hash (Taro's H5 hash router). */
function declareParams(): Record<string, string> {
  const hash = new URL(app.page.url()).hash;
  const params = Object.fromEntries(new URLSearchParams(hash.slice(hash.indexOf('?') + 1)));
  return { kind: params.kind ?? '', mode: params.mode ?? '', preEntryNumber: params.preEntryNumber ?? '' };
}

/** Whether each detail button is enabled, by its text. */
async function buttonStates(): Promise<Record<string, boolean>> {
  const buttons = app.page.locator('.action-bar .nut-button');
  await buttons.first().waitFor();
  await app.page.locator('.nut-tabs').waitFor();
  const states: Record<string, boolean> = {};
  for (const button of await buttons.all()) {
    const text = (await button.textContent())?.trim() ?? '';
    states[text] = !(await button.getAttribute('class'))?.includes('disabled');
  }
  return states;
}

it('shows the conditions with 全部 and no dates, queries (暂存 included), and 重置 clears', async () => {
  const page = app.page;
  await saveScreenshot(app, 'records-query');
  expect(await page.locator('input[placeholder="请输入预录入编号"]').count()).toBe(1);
  expect(await page.locator('.query-conditions__businessMode').textContent()).toContain('全部');
  expect(await page.locator('.query-conditions__status').textContent()).toContain('全部');
  const from = (await page.locator('.query-conditions__from').textContent()) ?? '';
  const to = (await page.locator('.query-conditions__to').textContent()) ?? '';
  expect(from).toBe('起始时间全部');
  expect(to).toBe('结束时间全部');

  await app.clickButton('查询');
  await resultRow(app, '00-退单').waitFor();
  expect(await page.locator('.query-result').count()).toBe(10);
  await resultRow(app, '暂存').first().waitFor();
  const returned = resultRow(app, '00-退单');
  expect(await cardValue(returned, '业务模式')).toBe('02-落地加工');
  expect(await cardValue(returned, '申报人名称')).toBe('玉香南');
  expect(await cardValue(returned, '总价')).toBe('100.00');
  expect(await cardValue(returned, '申报时间')).toMatch(/^\d{4}-\d{2}-\d{2} \d{2}:\d{2}:\d{2}$/);
  await saveScreenshot(app, 'records-results');

  const number = await cardValue(returned, '预录入编号');
  await page.locator('input[placeholder="请输入预录入编号"]').fill(number);
  await app.clickButton('查询');
  await page.waitForFunction(() => document.querySelectorAll('.query-result').length === 1);
  expect(await cardValue(page.locator('.query-result'), '预录入编号')).toBe(number);

  await app.clickButton('重置');
  expect(await page.locator('input[placeholder="请输入预录入编号"]').inputValue()).toBe('');
  expect(await page.locator('.query-result').count()).toBe(0);
  expect(await page.locator('.query-conditions__from').textContent()).toBe(from);
});

/** The buttons each status of the seed enables in 申请记录查询's 详情 (复制 always; 修改, 删除 by status). */
const RECORDS_BUTTONS: readonly [string, boolean][] = [
  ['暂存', true],
  ['00-退单', true],
  ['D3-发往海关失败', true],
  ['N-海关入库失败', true],
  ['已申报', false],
  ['D2-发往海关成功', false],
  ['10-审核通过', false],
  ['08-改单', false],
  ['单证放行', false],
  ['实货放行', false],
];

it('enables 修改 and 删除 only for 暂存, 退单, 发往海关失败 and 海关入库失败, greys them otherwise', async () => {
  await app.clickButton('查询');
  await resultRow(app, '00-退单').waitFor();
  for (const [status, modifiable] of RECORDS_BUTTONS) {
    await resultRow(app, status).click();
    await app.page.locator('.nut-tabs').waitFor();
    expect([status, await buttonStates()]).toEqual([
      status,
      { 修改: modifiable, 复制: true, 删除: modifiable },
    ]);
    if (status === '10-审核通过') {
      await saveScreenshot(app, 'detail-greyed-buttons');
    }
    await back(app);
    await app.page.locator('.nut-tabs').waitFor({ state: 'detached' });
  }
});

it('shows every tab of a 进境申报单 with formatted values', async () => {
  await app.clickButton('查询');
  await resultRow(app, 'N-海关入库失败').click();
  const body = app.page.locator('.nut-tabs');
  await body.waitFor();
  for (const tab of ['基本信息', '商品信息', '商品资质', '车辆信息', '随附单证'])
    expect(await body.locator('.nut-tabs-titles').textContent()).toContain(tab);
  const text = (await body.textContent()) ?? '';
  expect(text).toContain('8609-打洛海关');
  expect(text).toContain('N-海关入库失败');
  expect(text).toContain('1-进口');
  expect(text).toMatch(/532\*{5}\d{2}[\dX]/);
  await body.locator('.nut-tabs-titles-item', { hasText: '车辆信息' }).click();
  await app.page.getByText('云K12345').first().waitFor();
});

it('删除: 否 closes the confirmation and changes nothing; 是 says 删除成功 and the row is gone', async () => {
  await app.clickButton('查询');
  const draft = resultRow(app, '暂存');
  const number = await cardValue(draft, '预录入编号');
  await draft.click();
  await app.page.locator('.nut-tabs').waitFor();
  await app.clickButton('删除');
  await app.page.getByText('是否删除该申报单？').waitFor();
  await saveScreenshot(app, 'delete-confirm');
  await app.page.locator('.delete-dialog .nut-button', { hasText: '否' }).click();
  await app.page.getByText('是否删除该申报单？').waitFor({ state: 'hidden' });
  expect(await app.page.locator('.nut-tabs').textContent()).toContain(number);

  await app.clickButton('删除');
  await app.page.locator('.delete-dialog .nut-button', { hasText: '是' }).click();
  // The toast is shown as the 详情 goes back: by now it may be hidden again, but it was put up.
  await app.page.getByText('删除成功').waitFor({ state: 'attached' });
  await app.page.locator('.nut-tabs').waitFor({ state: 'detached' });
  await app.page.waitForFunction(
    (pre) => ![...document.querySelectorAll('.query-result')].some((row) => row.textContent.includes(pre)),
    number,
  );
  expect(await app.page.locator('.query-result').count()).toBe(9);
});

it('修改 and 复制 open the declaration form with the declaration', async () => {
  await app.clickButton('查询');
  const returned = resultRow(app, '00-退单');
  const number = await cardValue(returned, '预录入编号');
  await returned.click();
  await app.page.locator('.nut-tabs').waitFor();
  await app.clickButton('修改');
  await app.page.waitForURL((url) => url.hash.startsWith('#/pages/declare/index'));
  expect(declareParams()).toEqual({ kind: 'entry', mode: 'modify', preEntryNumber: number });
  await back(app);
  await app.page.locator('.action-bar').waitFor();
  await app.clickButton('复制');
  await app.page.waitForURL((url) => url.hash.startsWith('#/pages/declare/index'));
  expect(declareParams()).toEqual({ kind: 'entry', mode: 'copy', preEntryNumber: number });
});

it('queries 进口申报单 records, whose 详情 has 基本信息 and 商品信息', async () => {
  await back(app);
  await openMenuItem(app, '进口申报单申请记录查询');
  await app.clickButton('查询');
  const row = resultRow(app, '10-审核通过');
  expect(await row.textContent()).toContain('进口申报单编号');
  await row.click();
  const tabs = app.page.locator('.nut-tabs');
  await tabs.waitFor();
  expect(await tabs.locator('.nut-tabs-titles-item').allTextContents()).toEqual(['基本信息', '商品信息']);
  expect(await tabs.textContent()).toContain('I-进口');
});

it('keeps the date the date picker confirms in the YYYY-MM-DD form', async () => {
  const from = app.page.locator('.query-conditions__from');
  const confirm = async (): Promise<void> => {
    await from.click();
    await app.page.locator('.nut-picker-confirm-btn:visible').click();
    await app.page.locator('.nut-picker-confirm-btn:visible').waitFor({ state: 'detached' });
  };
  // No date yet: the picker opens on today.
  await confirm();
  const picked = (await from.textContent()) ?? '';
  expect(picked).toMatch(/^起始时间\d{4}-\d{2}-\d{2}$/);
  await confirm();
  expect(await from.textContent()).toBe(picked);
});
