// Declaring in the real WeChat build in a simulated WeChat against the mock host: a 进境申报单 of
// 02-落地加工 with fence and face, 撤销 in 单据查询, and 认证 in 待认证查询.
import { expect, it } from 'vitest';
import { validateCancelReason } from '@hushi/sdk';
import {
  bridgeMethods,
  cardRows,
  consoleErrors,
  enterResidentMenu,
  lastBody,
  pageShowing,
  pickCode,
  typeInto,
  useWeappApp,
} from './support/weappApp';
import type { NodeQuery } from './support/weappView';

const weapp = useWeappApp();

it('declares a 进境申报单 of 02-落地加工 by road: pickers, typed fields, a goods line, fence and face', async () => {
  await weapp.setScenarios({ location: 'inside', face: 'pass' });
  const app = weapp.launchApp();
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
  const app = weapp.launchApp();
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
  await weapp.setScenarios({ face: 'pass' });
  const app = weapp.launchApp();
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
