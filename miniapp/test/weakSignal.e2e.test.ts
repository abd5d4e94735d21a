// The mini-app on weak signal, in real Chromium with its network emulated: offline (the notice, a 暂存
// kept on the phone and sent with its key when the network returns), a lost 申报 reply (sent again as it
// was, no second fence or face), a 20 s stall (the 15 s deadline, the picker's 加载中 and 重试), and a
// reload mid-form (the form offered back). The mock backend in the page is "on the network": offline it
// cannot be reached, and its `network` scenario loses or holds replies.
import { afterEach, expect, it } from 'vitest';
import type { Request } from 'playwright-core';
import { useMiniapp } from './support/miniappPage';
import {
  clickButton,
  fillEntryBasics,
  fillGoods,
  formField,
  openDeclareForm,
  openTab,
  pickCode,
  typeField,
} from './support/declareScreen';

const app = useMiniapp({ timeoutMs: 10_000 });

/** Longer than the backend client's 15 s deadline, on two busy cores. */
const PAST_DEADLINE_MS = 40_000;

afterEach(async () => {
  await app.page.context().setOffline(false);
  await app.setScenarios({ network: 'delivered' });
});

/** Logs the 边民 in afresh and opens the empty 进境申报单 form. */
async function openEntryForm(): Promise<void> {
  await app.setScenarios({ location: 'inside', face: 'pass', network: 'delivered' });
  await app.loginAs('resident', '边民');
  await openDeclareForm(app.page);
}

/** Records the app's requests matching `accept`, from now on. */
function recordRequests(accept: (request: Request) => boolean): Request[] {
  const seen: Request[] = [];
  app.page.on('request', (request) => {
    if (accept(request)) seen.push(request);
  });
  return seen;
}

/** The offline notice of the page on top. */
const offlineNotice = () =>
  app.page.locator('.offline-notice:visible', { hasText: '当前网络不可用，请检查网络设置' });

/** Taro's loading overlay saying `text`. */
const loadingOverlay = (text: string) => app.page.locator('.taro__toast').getByText(text);

const pathOf = (request: Request): string => new URL(request.url()).pathname;

/** The bridge methods the app called (the dev HTTP binding's POSTs), from now on. */
function recordBridgeMethods(): () => string[] {
  const calls = recordRequests((r) => r.method() === 'POST' && pathOf(r) === '/__bridge/v1');
  return () => calls.map((r) => (r.postDataJSON() as { method: string }).method);
}

it('offline: says so, keeps a 暂存 on the phone and sends it once, with its key, when the network returns', async () => {
  await openEntryForm();
  const drafts = recordRequests(
    (r) => r.method() === 'POST' && pathOf(r) === '/api/v1/declarations/entry/drafts',
  );
  await pickCode(app.page, 'customsCode', '打洛', '8609-打洛海关');
  await typeField(app.page, 'billNumber', 'TY-OFFLINE');
  await app.page.context().setOffline(true);
  // Each page of the stack has its own shell: the notice of the page on top is the visible one.
  await offlineNotice().waitFor();
  await clickButton(app.page, '暂存');
  await app.page.getByText('网络不可用，暂存内容已保存在手机上，网络恢复后将自动暂存').waitFor();
  expect(await formField(app.page, 'preEntryNumber').textContent()).not.toMatch(/\d{18}/);
  await app.page.context().setOffline(false);
  await expect.poll(() => formField(app.page, 'preEntryNumber').textContent()).toMatch(/\d{18}/);
  await app.page.locator('.declare__queued').waitFor({ state: 'detached' });
  await offlineNotice().waitFor({ state: 'detached' });
  expect(await formField(app.page, 'billNumber').locator('input').inputValue()).toBe('TY-OFFLINE');
  // The offline try and the one sent when the network returned: one key, one content.
  expect(drafts).toHaveLength(2);
  const [offline, sent] = drafts;
  expect(await sent?.headerValue('idempotency-key')).toBe(await offline?.headerValue('idempotency-key'));
  expect(sent?.postData()).toBe(offline?.postData());
});

it('a lost 申报 reply: 网络连接失败 keeps the form; 申报 again resends it as it was, without a new fix or face', async () => {
  await openEntryForm();
  await fillEntryBasics(app.page, '02-落地加工', '4-公路运输');
  await fillGoods(app.page);
  const submissions = recordRequests(
    (r) => r.method() === 'POST' && pathOf(r) === '/api/v1/declarations/entry/submissions',
  );
  const bridgeMethods = recordBridgeMethods();
  await app.setScenarios({ network: 'loseNextActionReply' });
  await clickButton(app.page, '申报');
  await app.page.getByText('网络连接失败，请检查网络后重试').waitFor();
  expect(
    await formField(app.page, 'goodsName', app.page.locator('.line-card').first())
      .locator('input')
      .inputValue(),
  ).toBe('菠萝');
  await clickButton(app.page, '申报');
  await app.page.locator('.declare-result').waitFor();
  expect(await app.page.locator('.declare-result__status').textContent()).toContain('已申报');
  expect(bridgeMethods().filter((m) => m === 'location.get' || m === 'face.verify')).toEqual([
    'location.get',
    'face.verify',
  ]);
  expect(submissions).toHaveLength(2);
  const [lost, resent] = submissions;
  expect(await resent?.headerValue('idempotency-key')).toBe(await lost?.headerValue('idempotency-key'));
  // Same fix, same location ticket, same face ticket.
  expect(resent?.postDataJSON()).toEqual(lost?.postDataJSON());
  // 申报成功: the form is no longer kept, so a new 单据申报 offers nothing back.
  await clickButton(app.page, '返回菜单');
  await openDeclareForm(app.page);
  expect(await app.page.getByText('恢复填写').count()).toBe(0);
});

it('a 20 s stall: the 监管场所 picker says 加载中, then the timeout with 重试, which loads them', async () => {
  await openEntryForm();
  await app.setScenarios({ network: 'stalled', slowDelayMs: 20_000 });
  await pickCode(app.page, 'customsCode', '二连', '0702-二连海关');
  await formField(app.page, 'supervisionSiteCode').click();
  const picker = app.page.locator('.code-picker');
  await picker.getByText('加载中…').waitFor();
  expect(await picker.getByText('无匹配的参数').count()).toBe(0);
  await picker.getByText('网络请求超时，请检查网络后重试').waitFor({ timeout: PAST_DEADLINE_MS });
  await app.setScenarios({ network: 'delivered' });
  await picker.locator('.code-picker__retry').click();
  await picker.locator('.code-picker__entry', { hasText: '二连浩特边民互市贸易区监管场所' }).click();
  await expect
    .poll(() => formField(app.page, 'supervisionSiteName').textContent())
    .toContain('二连浩特边民互市贸易区监管场所');
});

it('a 20 s stall on 申报: the loading overlay over the screen, then 网络请求超时 keeping the form', async () => {
  await openEntryForm();
  await fillEntryBasics(app.page, '02-落地加工', '4-公路运输');
  await fillGoods(app.page);
  await app.setScenarios({ network: 'stalled', slowDelayMs: 20_000 });
  await clickButton(app.page, '申报');
  // Taro's loading toast, masked, where the user looks; the button shows its loading state.
  await loadingOverlay('正在验证手机电子围网…').waitFor();
  expect(await app.page.locator('.declare__submit.nut-button-loading').count()).toBe(1);
  await app.page.getByText('网络请求超时，请检查网络后重试').waitFor({ timeout: PAST_DEADLINE_MS });
  await loadingOverlay('正在验证手机电子围网…').waitFor({ state: 'hidden' });
  expect(
    await formField(app.page, 'goodsName', app.page.locator('.line-card').first())
      .locator('input')
      .inputValue(),
  ).toBe('菠萝');
  await app.setScenarios({ network: 'delivered' });
  await clickButton(app.page, '申报');
  await app.page.locator('.declare-result').waitFor();
});

it('a reload mid-form: the typed form is offered back after the login; 放弃 forgets it', async () => {
  await openEntryForm();
  await pickCode(app.page, 'customsCode', '打洛', '8609-打洛海关');
  await typeField(app.page, 'billNumber', 'TY-RELOAD');
  await openTab(app.page, '商品信息');
  await clickButton(app.page, '添加商品信息');
  await typeField(app.page, 'goodsName', '大米', app.page.locator('.line-card').first());

  const reopenAfterReload = async (): Promise<void> => {
    await app.page.reload();
    await app.page.locator('.identity-choice', { hasText: '边民' }).locator('.nut-radio').click();
    await clickButton(app.page, '进入菜单选择');
    await app.page.getByText('常见问题').waitFor();
    await openDeclareForm(app.page);
  };
  await reopenAfterReload();
  const offer = app.page.locator('.nut-dialog', { hasText: '恢复填写' });
  await offer.waitFor();
  expect(await offer.textContent()).toContain('您有一份未提交的进境申报单');
  await offer.locator('.nut-button', { hasText: '恢复' }).click();
  expect(await formField(app.page, 'billNumber').locator('input').inputValue()).toBe('TY-RELOAD');
  expect(await formField(app.page, 'customsCode').textContent()).toContain('8609-打洛海关');
  await openTab(app.page, '商品信息');
  expect(
    await formField(app.page, 'goodsName', app.page.locator('.line-card').first())
      .locator('input')
      .inputValue(),
  ).toBe('大米');

  await reopenAfterReload();
  await offer.waitFor();
  await offer.locator('.nut-button', { hasText: '放弃' }).click();
  expect(await formField(app.page, 'billNumber').locator('input').inputValue()).toBe('');
  await reopenAfterReload();
  expect(await app.page.getByText('恢复填写').count()).toBe(0);
});
