// Declaring in the real WeChat build in a simulated WeChat against the mock host: a 进境申报单 of
// 02-落地加工 with fence (a signed fix) and face, in a container (wx.hushiBridge) after a simulated
// position was refused, from a bridge 1.0 host (unsigned, refused by a strict backend), a 进口申报单 (two tabs, always fence and face), 变更 of an 08-改单
// (refused outside the fence first), a representative's 待认证 declaration that each 委托边民 认证s
// until it is 已申报, 撤销 in 单据查询, and 认证 in 待认证查询.
import { expect, it } from 'vitest';
import { SEED_PERSONS } from '@hushi/mock-host';
import type { SeedPerson } from '@hushi/mock-host';
import { validateCancelReason } from '@hushi/sdk';
import type { SimulatedPage, WeappRuntime } from './support/weappRuntime';
import {
  backendCalls,
  bridgeMethods,
  cardRows,
  consoleErrors,
  enterMenu,
  lastBody,
  pageShowing,
  queryEntryDocuments,
  typeInto,
  useWeappApp,
} from './support/weappApp';
import {
  addPineappleLine,
  declare,
  fillRoadBasics,
  openDeclareForm,
  pickErenhot,
} from './support/weappDeclareForm';
import { nodeText } from './support/weappView';
import type { NodeQuery } from './support/weappView';

const weapp = useWeappApp();

/** Logs `person` in as a 边民 and 认证s the 进境申报单 `preEntryNumber` in 待认证查询. */
async function authenticateAs(person: SeedPerson, preEntryNumber: string): Promise<void> {
  await weapp.setScenarios({ currentPerson: { personId: person.id }, face: 'pass' });
  const app = weapp.launchApp();
  const menu = await enterMenu(app);
  menu.tap({ text: '进境申报单待认证查询', className: 'nut-cell' });
  const pending = await pageShowing(app, 'pages/pending/index', '查询');
  pending.tap({ text: '查询' });
  const row: NodeQuery = { className: 'pending-row', text: new RegExp(preEntryNumber) };
  await app.waitFor(() => pending.findAll(row).length === 1, `${preEntryNumber} in 待认证查询`);
  pending.tap({ className: 'pending-row__authenticate', inside: row });
  await app.waitFor(() => cardRows(pending.find(row))['认证状态'] === '已认证', `${person.name} 已认证`);
  expect(consoleErrors(app)).toEqual([]);
}

it("picks a code with the keyboard's confirm key when the search has one match (issue 16 item 4)", async () => {
  const app = weapp.launchApp();
  const menu = await enterMenu(app);
  const form = await openDeclareForm(app, menu, '进境申报单');
  const field: NodeQuery = { className: 'form-field--transportMode' };
  form.tap(field);
  await app.waitFor(
    () => form.findAll({ className: 'nut-popup', text: /^运输方式/ }).length > 0,
    'the picker of 运输方式',
  );
  const search: NodeQuery = { className: 'h5-input', inside: { className: 'code-picker__search' } };
  form.input(search, '公路');
  await app.waitFor(() => form.findAll({ className: 'code-picker__entry' }).length === 1, 'one match');
  form.confirm(search, '公路');
  await app.waitFor(() => nodeText(form.find(field)).endsWith('4-公路运输'), '运输方式 showing 4-公路运输');
  expect(consoleErrors(app)).toEqual([]);
});

it('declares a 进境申报单 of 02-落地加工 by road: pickers, typed fields, a goods line, fence and face', async () => {
  await weapp.setScenarios({ location: 'inside', face: 'pass' });
  const app = weapp.launchApp();
  const menu = await enterMenu(app);
  const form = await openDeclareForm(app, menu, '进境申报单');

  await fillRoadBasics(app, form);
  await addPineappleLine(app, form);
  const texts = await declare(app, form);

  expect(texts).toContain('状态：已申报');
  expect(texts).toContainEqual(expect.stringMatching(/^预录入编号：\d{18}$/));
  expect(bridgeMethods(app).slice(-2)).toEqual(['location.get', 'face.verify']);
  const submitted = lastBody(app, 'POST /api/v1/declarations/entry/submissions') as {
    faceTicket?: unknown;
    locationTicket?: unknown;
  };
  expect(submitted).toMatchObject({
    declaration: {
      header: { customsCode: '0702', businessMode: '02', transportToolNumber: '蒙A12345', packageCount: '3' },
      goods: [{ goodsName: '菠萝', quantity: '10', unitPrice: '8.50', totalPrice: '85.00', unit: '035' }],
    },
    location: { datum: 'wgs84' },
  });
  expect(typeof submitted.faceTicket).toBe('string');
  expect(typeof submitted.locationTicket).toBe('string');
  expect(consoleErrors(app)).toEqual([]);
});

/** The status the backend stored for the declaration a result page shows (its 预录入编号). */
async function storedStatus(texts: string[]): Promise<string | undefined> {
  const number = (texts.find((text) => text.startsWith('预录入编号：')) ?? '').slice('预录入编号：'.length);
  const [row] = await (
    await weapp.mock.backend.database()
  ).query<{ status: string }>('SELECT status FROM declarations WHERE pre_entry_number = $1', [number]);
  return row?.status;
}

/** Waits for `message` on the form, which still shows what was picked and its goods line. */
async function refusedKeepingForm(app: WeappRuntime, form: SimulatedPage, message: string): Promise<void> {
  await app.waitFor(() => form.texts().includes(message), message);
  expect(app.currentPage()?.route).toBe('pages/declare/index');
  expect(form.texts()).toContain('0702-二连海关');
  expect(form.findAll({ className: 'line-card', inside: { className: 'line-list--goods' } })).toHaveLength(1);
  expect(backendCalls(app)).not.toContain('POST /api/v1/declarations/entry/submissions');
}

it('in a container: refuses a simulated position keeping the form; 重新定位 once it is off declares with a signed fix', async () => {
  await weapp.setScenarios({ location: 'mocked', face: 'pass' });
  const app = weapp.launchApp({ inContainer: true });
  const menu = await enterMenu(app);
  const form = await openDeclareForm(app, menu, '进境申报单');
  await fillRoadBasics(app, form);
  await addPineappleLine(app, form);
  form.tap({ text: '申报', className: 'nut-button' });
  await refusedKeepingForm(app, form, '检测到模拟定位，请关闭模拟定位后重试');

  await weapp.setScenarios({ location: 'inside' });
  form.tap({ text: '重新定位', className: 'nut-button' });
  const texts = await app.waitFor(() => {
    const shown = form.texts();
    return shown.includes('申报成功') && shown;
  }, '申报成功');

  expect(texts).toContain('状态：已申报');
  expect(await storedStatus(texts)).toBe('declared');
  // Each try answered a challenge of its own, over the container's API.
  expect(backendCalls(app).filter((call) => call === 'POST /api/v1/location-challenges')).toHaveLength(2);
  expect(weapp.container?.postedMethods().filter((method) => method === 'location.get')).toHaveLength(2);
  const submitted = lastBody(app, 'POST /api/v1/declarations/entry/submissions') as {
    location: Record<string, unknown>;
    locationTicket?: unknown;
  };
  expect(typeof submitted.locationTicket).toBe('string');
  expect(Object.keys(submitted.location).sort()).toEqual(
    ['accuracy', 'datum', 'lat', 'lng', 'source', 'timestamp'].sort(),
  );
  // What was typed before the refusal is what was declared.
  expect(submitted).toMatchObject({
    declaration: { header: { billNumber: 'TY-2024-01' }, goods: [{ goodsName: '菠萝' }] },
  });
  expect(consoleErrors(app)).toEqual([]);
});

it('from a bridge 1.0 host in a container: no challenge; a strict backend refuses the unsigned fix, a development one declares', async () => {
  await weapp.setScenarios({ host: 'bridge10', locationPolicy: 'strict', location: 'inside', face: 'pass' });
  const app = weapp.launchApp({ inContainer: true });
  const menu = await enterMenu(app);
  const form = await openDeclareForm(app, menu, '进境申报单');
  await fillRoadBasics(app, form);
  await addPineappleLine(app, form);
  form.tap({ text: '申报', className: 'nut-button' });
  await app.waitFor(
    () => form.texts().includes('当前版本无法验证定位信息，请升级掌上单一窗口后重试'),
    'the unsigned fix refused',
  );
  expect(app.currentPage()?.route).toBe('pages/declare/index');
  expect(form.texts()).toContain('0702-二连海关');

  await weapp.setScenarios({ locationPolicy: 'development' });
  const texts = await declare(app, form);

  expect(texts).toContain('状态：已申报');
  expect(await storedStatus(texts)).toBe('declared');
  expect(backendCalls(app)).not.toContain('POST /api/v1/location-challenges');
  expect(lastBody(app, 'POST /api/v1/declarations/entry/submissions')).not.toHaveProperty('locationTicket');
  expect(consoleErrors(app)).toEqual([]);
});

it('declares a 进口申报单: 基本信息 and 商品信息 only, I-进口 echoed, always through fence and face', async () => {
  await weapp.setScenarios({ location: 'inside', face: 'pass' });
  const app = weapp.launchApp();
  const menu = await enterMenu(app);
  const form = await openDeclareForm(app, menu, '进口申报单');
  expect(form.findAll({ className: 'nut-tabs-titles-item' }).map(nodeText)).toEqual(['基本信息', '商品信息']);
  expect(nodeText(form.find({ className: 'form-field--importExportFlag' }))).toMatch(/I-进口$/);
  // The 关联进境申报单 must be a 进境申报单 the 边民 declared: the seed's 实货放行 one.
  const [related] = await (
    await weapp.mock.backend.database()
  ).query<{ pre_entry_number: string }>(
    "SELECT pre_entry_number FROM declarations WHERE owner_id = $1 AND kind = 'entry' AND status = 'goodsReleased'",
    [SEED_PERSONS.resident.id],
  );
  const relatedEntryNumber = related?.pre_entry_number ?? '';
  typeInto(form, 'relatedEntryNumber', relatedEntryNumber);
  await pickErenhot(app, form);
  await addPineappleLine(app, form);
  const texts = await declare(app, form);

  expect(texts).toContain('状态：已申报');
  expect(bridgeMethods(app).slice(-2)).toEqual(['location.get', 'face.verify']);
  expect(lastBody(app, 'POST /api/v1/declarations/import/submissions')).toMatchObject({
    declaration: {
      kind: 'import',
      header: { customsCode: '0702', relatedEntryNumber },
    },
  });
  expect(consoleErrors(app)).toEqual([]);
});

it('变更 of an 08-改单: 申报 only; refused outside the fence with distance and direction; declared at another 关区', async () => {
  await weapp.setScenarios({ location: 'inside', face: 'pass' });
  const app = weapp.launchApp();
  const documents = await queryEntryDocuments(app);
  const changed: NodeQuery = { className: 'query-result', text: /08-改单/ };
  const number = cardRows(documents.find(changed))['预录入编号'] ?? '';
  documents.tap(changed);
  const detail = await pageShowing(app, 'pages/detail/index', '基本信息');
  detail.tap({ text: '变更', className: 'action-bar__button' });
  const form = await pageShowing(app, 'pages/declare/index', number);
  expect(
    form.findAll({ className: 'nut-button', inside: { className: 'declare__actions' } }).map(nodeText),
  ).toEqual(['申报']);
  // The declaration is at 打洛 (8609); the phone stands at 二连浩特, far north.
  form.tap({ text: '申报', className: 'nut-button' });
  await app.waitFor(() => form.texts().includes('当前位置不在申报区域内'), 'the fence refusal');
  expect(form.texts()).toContainEqual(expect.stringMatching(/^您距申报区域约 \d+ 公里，南方向$/));
  await pickErenhot(app, form);
  const texts = await declare(app, form);

  expect(texts).toContain(`预录入编号：${number}`);
  expect(app.requests.filter((request) => request.url.endsWith(`/entry/${number}/changes`))).toHaveLength(1);
  expect(consoleErrors(app)).toEqual([]);
});

it('a 互助组 representative declares for two 委托边民 (待认证); once both 认证, it is 已申报', async () => {
  const representative = SEED_PERSONS.groupRepresentative;
  await weapp.setScenarios({
    currentPerson: { personId: representative.id },
    location: 'inside',
    face: 'pass',
  });
  let app = weapp.launchApp();
  const menu = await enterMenu(app, '互助组');
  const form = await openDeclareForm(app, menu, '进境申报单');
  await fillRoadBasics(app, form);
  const residents = [
    { person: SEED_PERSONS.resident, quota: '50.00' },
    { person: SEED_PERSONS.secondResident, quota: '35.00' },
  ];
  for (const [index, { person, quota }] of residents.entries()) {
    form.tap({ text: '添加委托边民' });
    const line: NodeQuery = {
      className: 'line-card',
      text: new RegExp(`^委托边民 ${index + 1}(?!\\d)`),
    };
    await app.waitFor(() => form.findAll(line).length === 1, `委托边民 ${index + 1}`);
    typeInto(form, 'idNumber', person.idNumber, line);
    typeInto(form, 'name', person.name, line);
    typeInto(form, 'quota', quota, line);
  }
  await addPineappleLine(app, form);
  const texts = await declare(app, form);
  expect(texts).toContain('状态：T0-待认证');
  const preEntryNumber = (texts.find((text) => text.startsWith('预录入编号：')) ?? '').slice(
    '预录入编号：'.length,
  );
  expect(lastBody(app, 'POST /api/v1/declarations/entry/submissions')).toMatchObject({
    declaration: {
      entrustedResidents: residents.map(({ person, quota }) => ({ idNumber: person.idNumber, quota })),
    },
  });
  expect(consoleErrors(app)).toEqual([]);

  for (const { person } of residents) await authenticateAs(person, preEntryNumber);

  await weapp.setScenarios({ currentPerson: { personId: representative.id } });
  app = weapp.launchApp();
  const records = await enterMenu(app, '互助组');
  records.tap({ text: '进境申报单申请记录查询', className: 'nut-cell' });
  const list = await pageShowing(app, 'pages/records/index', '查询');
  list.input({ className: 'h5-input', inside: { className: 'query-conditions__input' } }, preEntryNumber);
  list.tap({ text: '查询' });
  const row = await app.waitFor(() => {
    const [shown] = list.findAll({ className: 'query-result' });
    return shown && cardRows(shown);
  }, 'the declaration in 申请记录查询');
  expect(row['预录入编号']).toBe(preEntryNumber);
  expect(row['状态']).toBe('已申报');
  expect(consoleErrors(app)).toEqual([]);
});

it('撤销 in a 单据查询 详情 asks for a reason, then says 申报成功 and shows the declaration 已申报', async () => {
  const app = weapp.launchApp();
  const documents = await queryEntryDocuments(app);
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
  await weapp.setScenarios({ face: 'pass' });
  const app = weapp.launchApp();
  const menu = await enterMenu(app);
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
