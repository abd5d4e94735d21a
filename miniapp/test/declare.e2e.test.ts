// 单据申报 in real Chromium against the mock host: the form rendered from the sdk's field tables, the
// searchable pickers, 暂存, validation's red bottom prompt, and the submit flow (direct, electronic
// fence + face, each failure keeping the data, 待认证 for a representative, 登录超时 mid-edit), and the
// form of 修改 and 变更 opened from a 详情.
import { expect, it } from 'vitest';
import type { Locator } from 'playwright-core';
import { SEED_PERSONS } from '@hushi/mock-host/seed';
import { useMiniapp } from './support/miniappPage';
import { cardValue, openMenuItem, resultRow } from './support/queryScreens';
import { saveScreenshot } from './support/saveScreenshot';
import {
  declareAndCaptureSubmit,
  expectDeclared as expectDeclaredOn,
  expectRefusedKeepingForm,
  expectSignedFix,
  fillEntryBasics as fillEntryBasicsOf,
  fillGoods as fillGoodsOf,
  formField,
  openTab,
  pickCode,
  typeField,
} from './support/declareScreen';
import type { PERSONS, RoleLabel, ScenarioPatch } from './support/miniappPage';

const app = useMiniapp({ timeoutMs: 10_000 });

/** Logs in afresh with the happy-path host, then the given scenario changes, and opens 单据申报. */
async function openDeclare(
  person: keyof typeof PERSONS,
  role: RoleLabel,
  kind: 'entry' | 'import',
  scenarios: ScenarioPatch = {},
): Promise<void> {
  await app.setScenarios({ location: 'inside', face: 'pass', ...scenarios });
  await app.loginAs(person, role);
  await app.page
    .locator('.nut-cell', { hasText: /^\s*单据申报\s*$/ })
    .nth(kind === 'entry' ? 0 : 1)
    .click();
  await app.page.locator('.declare').waitFor();
}

const field = (key: string, scope?: Locator): Locator => formField(app.page, key, scope);
const type = (key: string, value: string, scope?: Locator): Promise<void> =>
  typeField(app.page, key, value, scope);
const pick = (key: string, query: string, shown: string, scope?: Locator): Promise<void> =>
  pickCode(app.page, key, query, shown, scope);
const tab = (name: string): Promise<void> => openTab(app.page, name);
const fillEntryBasics = (businessMode: string, transportMode: string, customs?: '二连' | '凭祥') =>
  fillEntryBasicsOf(app.page, businessMode, transportMode, customs);
const fillGoods = (): Promise<void> => fillGoodsOf(app.page);

async function submitAndExpect(text: string | RegExp): Promise<void> {
  await app.clickButton('申报');
  await app.page.getByText(text).first().waitFor();
}

async function expectDeclared(status: string): Promise<void> {
  await expectDeclaredOn(app.page, status);
}

const prompt = (): Locator => app.page.locator('.bottom-prompt');

/** The docs' screenshot of the form's top (with HUSHI_SCREENSHOTS set), once no picker is open. */
async function screenshot(name: string): Promise<void> {
  if (!process.env.HUSHI_SCREENSHOTS) return;
  await app.page.locator('.code-picker').waitFor({ state: 'hidden' });
  await app.page.evaluate(() => {
    for (const element of document.querySelectorAll('*')) element.scrollTo(0, 0);
  });
  // saveScreenshot waits for the picker's overlay to fade out.
  await saveScreenshot(app, name);
}

it('submits a 边民 进境申报单 of 01-区内交易 directly, without fence or face (已申报)', async () => {
  // Any check would fail under these scenarios: the submit must not ask for them.
  await openDeclare('resident', '边民', 'entry', { location: 'permissionDenied', face: 'livenessFailed' });
  expect(await app.page.title()).toContain('进境申报单 申报');
  const titles = await app.page.locator('.nut-tabs-titles-item').allTextContents();
  expect(titles.map((t) => t.trim())).toEqual(['基本信息', '商品信息', '车辆信息', '随附单证']);
  expect(await field('importExportFlag').textContent()).toContain('1-进口');
  expect(await field('preEntryNumber').textContent()).toContain('系统回显');
  expect(await field('declarantCategory').textContent()).toContain('1-边民');
  expect(await field('idNumber').textContent()).toMatch(/\d{3}\*{5}\w{3}/);
  expect(await field('customsCode').locator('.required').count()).toBe(1);
  await fillEntryBasics('01', '4');
  expect(await field('supervisionSiteName').textContent()).toContain('二连浩特边民互市贸易区监管场所');
  await screenshot('declare-entry-basic');
  await fillGoods();
  await screenshot('declare-entry-goods');
  await app.clickButton('申报');
  await expectDeclared('已申报');
});

it('picks a code with 回车: the only match, or the one highlighted with ↓ (issue 16 item 4)', async () => {
  await openDeclare('resident', '边民', 'entry');
  const search = app.page.locator('.code-picker__search input');
  await field('transportMode').click();
  await search.fill('公路');
  await search.press('Enter');
  await field('transportMode').filter({ hasText: '4-公路运输' }).waitFor();
  await app.page.locator('.code-picker').waitFor({ state: 'hidden' });

  await field('tradeCountry').click();
  await search.fill('斯坦');
  await app.page.locator('.code-picker__entry').nth(1).waitFor();
  // Several match and none is highlighted: 回车 picks nothing.
  await search.press('Enter');
  expect(await app.page.locator('.code-picker').isVisible()).toBe(true);
  const first = (await app.page.locator('.code-picker__entry').first().textContent())?.trim() ?? '';
  await search.press('ArrowDown');
  await app.page.locator('.code-picker__entry--highlighted', { hasText: first }).waitFor();
  await search.press('Enter');
  await field('tradeCountry').filter({ hasText: first }).waitFor();
});

it('opens the result screen at its top after 申报 from the bottom of the form (issue 16 item 5)', async () => {
  await openDeclare('resident', '边民', 'entry');
  await fillEntryBasics('01', '4');
  await fillGoods();
  // The user scrolls down to the last goods field, then taps 申报.
  await field('goodsFlow').scrollIntoViewIfNeeded();
  const scrolled = await app.page.evaluate(() =>
    Math.max(...[...document.querySelectorAll('*')].map((element) => element.scrollTop), window.scrollY),
  );
  expect(scrolled).toBeGreaterThan(0);
  await app.clickButton('申报');
  await expectDeclared('已申报');
  await app.page.waitForFunction(() => {
    const title = document.querySelector('.declare-result__title');
    const box = title?.getBoundingClientRect();
    return box !== undefined && box.top >= 0 && box.bottom <= window.innerHeight;
  });
});

it('checks the fence (a signed fix) and the face for 02-落地加工 by 4-公路运输, then declares (已申报)', async () => {
  await openDeclare('resident', '边民', 'entry');
  await fillEntryBasics('02', '4');
  await fillGoods();
  expectSignedFix(await declareAndCaptureSubmit(app.page, app.page));
  await expectDeclared('已申报');
});

it('stops at a position the host reports simulated, keeping the data; 重新定位 once it is off declares', async () => {
  await openDeclare('resident', '边民', 'entry', { location: 'mocked' });
  await fillEntryBasics('02', '4');
  await fillGoods();
  await app.clickButton('申报');
  await expectRefusedKeepingForm(app.page, '检测到模拟定位，请关闭模拟定位后重试');
  await app.setScenarios({ location: 'inside' });
  await app.clickButton('重新定位');
  await expectDeclared('已申报');
});

it('refuses a position outside the fence with distance and direction, keeping the data', async () => {
  await openDeclare('resident', '边民', 'entry', { location: 'outside' });
  await fillEntryBasics('02', '4');
  await fillGoods();
  await submitAndExpect('当前位置不在申报区域内');
  expect(await prompt().textContent()).toMatch(/您距申报区域约 \d+ 米，.+方向/);
  await screenshot('declare-fence-outside');
  const line = app.page.locator('.line-list--goods .line-card').first();
  expect(await field('goodsName', line).locator('input').inputValue()).toBe('菠萝');
  await tab('基本信息');
  expect(await field('customsCode').textContent()).toContain('0702-二连海关');
});

it('refuses a 关区 whose 直属关 has not connected the fence interface', async () => {
  await openDeclare('resident', '边民', 'entry');
  // The refusal comes before any goods matter: 基本信息 is enough.
  await fillEntryBasics('02', '4', '凭祥');
  await submitAndExpect('该区域暂不支持在移动端申报！');
});

it('asks to relocate when the fix straddles the fence edge, and 重新定位 then declares', async () => {
  await openDeclare('resident', '边民', 'entry', { location: 'lowAccuracy' });
  await fillEntryBasics('02', '4');
  await fillGoods();
  await submitAndExpect('无法确定您是否在申报区域内');
  await app.setScenarios({ location: 'inside' });
  await app.clickButton('重新定位');
  await expectDeclared('已申报');
});

it('keeps the data when face recognition fails, then declares once it passes', async () => {
  await openDeclare('resident', '边民', 'entry', { face: 'livenessFailed' });
  await fillEntryBasics('02', '4');
  await fillGoods();
  await submitAndExpect('活体检测失败');
  expect(await field('goodsName').locator('input').inputValue()).toBe('菠萝');
  await app.setScenarios({ face: 'pass' });
  await app.clickButton('申报');
  await expectDeclared('已申报');
});

it('declares for two 委托边民 as a 互助组 representative by road: 待认证', async () => {
  await openDeclare('groupRepresentative', '互助组', 'entry');
  expect(await field('declarantCategory').textContent()).toContain('2-');
  expect(await field('groupName').textContent()).toContain('打洛镇曼山边民互助组');
  await fillEntryBasics('02', '4');
  const residents = [
    { person: SEED_PERSONS.resident, quota: '50.00' },
    { person: SEED_PERSONS.secondResident, quota: '35.00' },
  ];
  for (const [index, { person, quota }] of residents.entries()) {
    await app.clickButton('添加委托边民');
    const line = app.page.locator('.line-list--entrustedResidents .line-card').nth(index);
    await type('idNumber', person.idNumber, line);
    await type('name', person.name, line);
    await type('quota', quota, line);
    // Out of the input, the 身份证号 stays readable in full until 申报 (issue 16 item 7).
    expect(await field('idNumber', line).locator('input').inputValue()).toBe(person.idNumber);
  }
  await fillGoods();
  await app.clickButton('申报');
  await expectDeclared('待认证');
});

it('says at once that a 委托边民 is not filed as a 边民, and 申报 refuses her by name (issue 16 item 1)', async () => {
  await openDeclare('groupRepresentative', '互助组', 'entry');
  await fillEntryBasics('02', '4');
  await app.clickButton('添加委托边民');
  const line = app.page.locator('.line-list--entrustedResidents .line-card').first();
  await type('idNumber', SEED_PERSONS.unfiled.idNumber, line);
  await type('name', SEED_PERSONS.unfiled.name, line);
  const refusal = line.locator('.line-card__refusal', { hasText: SEED_PERSONS.unfiled.name });
  await refusal.waitFor();
  expect(await refusal.textContent()).toContain('未备案边民身份');
  await type('quota', '85.00', line);
  await fillGoods();
  await app.clickButton('申报');
  await prompt().filter({ hasText: SEED_PERSONS.unfiled.name }).waitFor();
  expect(await app.page.locator('.declare-result').count()).toBe(0);
});

it('picks 有效期至 with the date picker, always in the form 2025-12-31 (issue 16 item 3)', async () => {
  await openDeclare('resident', '边民', 'entry');
  await tab('商品信息');
  await app.clickButton('添加商品资质');
  const line = app.page.locator('.line-list--qualifications .line-card').first();
  const validUntil = field('validUntil', line);
  expect(await validUntil.locator('input').count()).toBe(0);
  await validUntil.click();
  await app.page.locator('.nut-picker-confirm-btn:visible').click();
  await validUntil.filter({ hasText: /\d{4}-\d{2}-\d{2}/ }).waitFor();
  await app.page.locator('.nut-picker-confirm-btn:visible').waitFor({ state: 'detached' });
});

/**
 * A 进境申报单 the 边民 has declared (实货放行), as the 关联进境申报单编号 of a 进口申报单 must be; read from
 * the mock backend in the page.
 */
async function declaredEntryNumber(): Promise<string> {
  return app.page.evaluate(async (personId) => {
    const post = async (url: string, method: string, body: unknown, token?: string): Promise<unknown> => {
      const response = await fetch(url, {
        method,
        headers: {
          'content-type': 'application/json',
          ...(token === undefined ? {} : { authorization: `Bearer ${token}` }),
        },
        body: JSON.stringify(body),
      });
      return response.json();
    };
    const { authCode } = (await post('/__mock/backend/auth-codes', 'POST', { personId })) as {
      authCode: string;
    };
    const { token } = (await post('/api/v1/sessions', 'POST', { authCode })) as { token: string };
    await post('/api/v1/me/identity', 'PUT', { role: 'resident' }, token);
    const list = (await (
      await fetch('/api/v1/declarations/entry?status=goodsReleased', {
        headers: { authorization: `Bearer ${token}` },
      })
    ).json()) as { items: { preEntryNumber: string }[] };
    return list.items[0]?.preEntryNumber ?? '';
  }, SEED_PERSONS.resident.id);
}

it('always checks fence and face for a 进口申报单', async () => {
  await openDeclare('resident', '边民', 'import', { face: 'livenessFailed' });
  expect(await app.page.title()).toContain('进口申报单 申报');
  const titles = await app.page.locator('.nut-tabs-titles-item').allTextContents();
  expect(titles.map((t) => t.trim())).toEqual(['基本信息', '商品信息']);
  expect(await field('importExportFlag').textContent()).toContain('I-进口');
  await type('relatedEntryNumber', await declaredEntryNumber());
  await pick('customsCode', '0702', '0702-二连海关');
  await pick('supervisionSiteCode', '二连', '二连浩特边民互市贸易区监管场所');
  await screenshot('declare-import-basic');
  await fillGoods();
  await submitAndExpect('活体检测失败');
  await app.setScenarios({ face: 'pass' });
  await app.clickButton('申报');
  await expectDeclared('已申报');
});

it('names the first invalid field in the red prompt at the bottom and marks it', async () => {
  await openDeclare('resident', '边民', 'entry');
  await app.clickButton('申报');
  await prompt().waitFor();
  expect(await prompt().textContent()).toContain('请选择关区代码');
  expect(await field('customsCode').getAttribute('class')).toContain('form-field--invalid');
  await fillEntryBasics('02', '4');
  // 件数 opens a numeric keyboard, yet what is typed (or pasted) is kept and judged, not filtered.
  expect(await field('packageCount').locator('input').getAttribute('inputmode')).toBe('numeric');
  await type('packageCount', '三件');
  await app.clickButton('申报');
  await app.page.getByText('请输入正确的件数').waitFor();
  expect(await field('packageCount').getAttribute('class')).toContain('form-field--invalid');
});

it('暂存 echoes the 预录入编号', async () => {
  await openDeclare('resident', '边民', 'entry');
  await pick('customsCode', '打洛', '8609-打洛海关');
  await type('billNumber', 'TY-DRAFT');
  await app.clickButton('暂存');
  await expect.poll(() => field('preEntryNumber').textContent()).toMatch(/\d{18}/);
  expect(await field('status').textContent()).toContain('暂存');
});

it('keeps the input through a 登录超时 and the new login', async () => {
  await openDeclare('resident', '边民', 'entry');
  await pick('customsCode', '打洛', '8609-打洛海关');
  await type('billNumber', 'TY-KEEP');
  await app.page.evaluate(async () => {
    await fetch('/__mock/bridge/emit', {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ event: 'session.expired', data: {} }),
    });
  });
  const timeout = app.page.getByText('长时间未操作，登录已超时，请重新登录').last();
  await timeout.waitFor();
  await app.page.locator('.nut-button', { hasText: '重新登录' }).last().click();
  await timeout.waitFor({ state: 'hidden' });
  expect(await field('billNumber').locator('input').inputValue()).toBe('TY-KEEP');
  expect(await field('customsCode').textContent()).toContain('8609-打洛海关');
});

/** Opens the 详情 of the first row of `status` from a query screen of the 进境申报单. */
async function openDetail(query: '申请记录查询' | '单据查询', status: string): Promise<string> {
  await app.setScenarios({ location: 'inside', face: 'pass' });
  await app.loginAs('resident', '边民');
  await openMenuItem(app, `进境申报单${query}`);
  await app.clickButton('查询');
  const row = resultRow(app, status).first();
  const number = await cardValue(row, '预录入编号');
  await row.click();
  // The tabs show once the declaration is loaded: its buttons are then enabled by its status.
  await app.page.locator('.nut-tabs').waitFor();
  return number;
}

it('修改 of a 退单 loads it into the form and resubmits it under its 预录入编号', async () => {
  const number = await openDetail('申请记录查询', '00-退单');
  await app.clickButton('修改');
  await field('preEntryNumber').filter({ hasText: number }).waitFor();
  expect(await field('billNumber').locator('input').inputValue()).not.toBe('');
  // The seed declares at 打洛; the host's fixes are at 二连.
  await pick('customsCode', '0702', '0702-二连海关');
  await pick('supervisionSiteCode', '', '二连浩特边民互市贸易区监管场所');
  await app.clickButton('申报');
  await expectDeclared('已申报');
  expect(await app.page.locator('.declare-result').textContent()).toContain(number);
});

it('变更 offers 申报 only', async () => {
  const number = await openDetail('单据查询', '08-改单');
  await app.clickButton('变更');
  await field('preEntryNumber').filter({ hasText: number }).waitFor();
  const buttons = await app.page.locator('.declare__actions .nut-button').allTextContents();
  expect(buttons.map((b) => b.trim())).toEqual(['申报']);
});
