// The WeChat build on weak signal, in the simulated logic layer: `wx.request` failing while the phone is
// disconnected (the offline notice, a 暂存 kept with its key and sent on reconnection), `wx.request`
// timing out at the app's networkTimeout (a stalled 申报, resent as it was), and the form kept in
// `wx` storage across a killed app.
import { expect, it } from 'vitest';
import type { RecordedRequest, SimulatedPage, WeappRuntime } from './support/weappRuntime';
import { bridgeMethods, consoleErrors, enterMenu, pickCode, typeInto, useWeappApp } from './support/weappApp';
import { addPineappleLine, declare, fillRoadBasics, openDeclareForm } from './support/weappDeclareForm';
import { nodeText } from './support/weappView';

const weapp = useWeappApp();

/** Longer than the app's 15 s request deadline, on two busy cores. */
const PAST_DEADLINE_MS = 40_000;

/** The app's requests to `path` (as `METHOD /path`). */
const requestsTo = (app: WeappRuntime, call: string): RecordedRequest[] =>
  app.requests.filter((sent) => `${sent.method} ${new URL(sent.url).pathname}` === call);

/** The text of the form field `key`. */
const fieldText = (form: SimulatedPage, key: string): string =>
  nodeText(form.find({ className: `form-field--${key}` }));

/** Waits for the page to show `text`. */
const showing = (app: WeappRuntime, page: SimulatedPage, text: string): Promise<boolean> =>
  app.waitFor(() => page.texts().includes(text), text);

it('disconnected: the offline notice; a 暂存 fails (wx.request fail), is kept with its key and sent on reconnection', async () => {
  const app = weapp.launchApp();
  const form = await openDeclareForm(app, await enterMenu(app), '进境申报单');
  await pickCode(app, form, { key: 'customsCode', label: '关区代码' }, '打洛', '8609-打洛海关');
  typeInto(form, 'billNumber', 'TY-WX-OFFLINE');
  app.network.setConnected(false);
  await showing(app, form, '当前网络不可用，请检查网络设置');
  form.tap({ text: '暂存', className: 'nut-button' });
  await showing(app, form, '网络不可用，暂存内容已保存在手机上，网络恢复后将自动暂存');
  app.network.setConnected(true);
  await app.waitFor(
    () => /\d{18}/.test(fieldText(form, 'preEntryNumber')),
    'the 预录入编号 of the sent 暂存',
  );
  expect(form.texts()).not.toContain('当前网络不可用，请检查网络设置');
  const drafts = requestsTo(app, 'POST /api/v1/declarations/entry/drafts');
  expect(drafts).toHaveLength(2);
  expect(drafts[1]?.headers['idempotency-key']).toBe(drafts[0]?.headers['idempotency-key']);
  expect(drafts[1]?.body).toBe(drafts[0]?.body);
  expect(app.uiCalls).toContainEqual({
    api: 'showToast',
    options: { title: '网络已恢复，暂存成功', icon: 'none' },
  });
  expect(consoleErrors(app)).toEqual([]);
});

it('a stalled 申报 times out (wx.request timeout at networkTimeout); 申报 again resends it as it was', async () => {
  await weapp.setScenarios({ location: 'inside', face: 'pass' });
  const app = weapp.launchApp();
  const form = await openDeclareForm(app, await enterMenu(app), '进境申报单');
  await fillRoadBasics(app, form);
  await addPineappleLine(app, form);
  app.network.stall((url) => url.endsWith('/api/v1/declarations/entry/submissions'));
  form.tap({ text: '申报', className: 'nut-button' });
  await app.waitFor(
    () => app.uiCalls.some((call) => call.api === 'showLoading' && call.options.title === '正在提交申报…'),
    'the loading overlay of 正在提交申报…',
  );
  await app.waitFor(
    () => form.texts().includes('网络请求超时，请检查网络后重试'),
    '网络请求超时',
    PAST_DEADLINE_MS,
  );
  expect(app.uiCalls.at(-1)?.api).toBe('hideLoading');
  app.network.stall(undefined);
  const texts = await declare(app, form);
  expect(texts).toContain('状态：已申报');
  expect(bridgeMethods(app).filter((m) => m === 'location.get' || m === 'face.verify')).toEqual([
    'location.get',
    'face.verify',
  ]);
  const submissions = requestsTo(app, 'POST /api/v1/declarations/entry/submissions');
  expect(submissions).toHaveLength(2);
  expect(submissions[1]?.headers['idempotency-key']).toBe(submissions[0]?.headers['idempotency-key']);
  expect(submissions[1]?.body).toBe(submissions[0]?.body);
});

it('keeps the form in wx storage: a killed app offers it back, 恢复 restores it', async () => {
  const first = weapp.launchApp();
  const form = await openDeclareForm(first, await enterMenu(first), '进境申报单');
  await pickCode(first, form, { key: 'customsCode', label: '关区代码' }, '打洛', '8609-打洛海关');
  typeInto(form, 'billNumber', 'TY-WX-KEPT');
  await first.waitFor(() => first.storage.size > 0, 'the form kept in storage');

  const again = weapp.launchApp({ storage: first.storage });
  const reopened = await openDeclareForm(again, await enterMenu(again), '进境申报单');
  await showing(again, reopened, '恢复填写');
  reopened.tap({ text: '恢复', className: 'nut-button' });
  await again.waitFor(
    () => fieldText(reopened, 'customsCode').endsWith('8609-打洛海关'),
    '关区代码 restored',
  );
  // What is typed came back too: the 暂存 of the restored form carries it.
  reopened.tap({ text: '暂存', className: 'nut-button' });
  await again.waitFor(
    () => /\d{18}/.test(fieldText(reopened, 'preEntryNumber')),
    'the 暂存 of the restored form',
  );
  const [saved] = requestsTo(again, 'POST /api/v1/declarations/entry/drafts');
  expect(JSON.parse(saved?.body ?? '{}')).toMatchObject({
    declaration: { header: { customsCode: '8609', billNumber: 'TY-WX-KEPT' } },
  });
  expect(consoleErrors(again)).toEqual([]);
});
