// The 单据申报 form of the WeChat build in the simulated logic layer, filled as a user would: shared by
// the weapp declaring and weak-signal tests.
import type { SimulatedPage, WeappRuntime } from './weappRuntime';
import { pickCode, pageShowing, typeInto } from './weappApp';
import type { NodeQuery } from './weappView';

/** Opens 单据申报 of `kind` from `menu`; returns the empty form. */
export async function openDeclareForm(
  app: WeappRuntime,
  menu: SimulatedPage,
  kind: '进境申报单' | '进口申报单',
): Promise<SimulatedPage> {
  menu.tap({
    text: '单据申报',
    inside: { className: 'nut-cell-group', text: new RegExp(`^${kind}单据申报`) },
  });
  return pageShowing(app, 'pages/declare/index', '基本信息');
}

/** Picks 0702-二连海关 and its 监管场所, where the `inside` scenario's phone stands. */
export async function pickErenhot(app: WeappRuntime, form: SimulatedPage): Promise<void> {
  await pickCode(app, form, { key: 'customsCode', label: '关区代码' }, '二连', '0702-二连海关');
  await pickCode(
    app,
    form,
    { key: 'supervisionSiteCode', label: '监管场所编号' },
    '',
    'ELHT00000001-二连浩特边民互市贸易区监管场所',
  );
}

/** Fills 基本信息 of a new 进境申报单 of 02-落地加工 by road at 二连. */
export async function fillRoadBasics(app: WeappRuntime, form: SimulatedPage): Promise<void> {
  await pickErenhot(app, form);
  await pickCode(app, form, { key: 'businessMode', label: '业务模式' }, '02', '02-落地加工');
  await pickCode(app, form, { key: 'transportMode', label: '运输方式' }, '4', '4-公路运输');
  typeInto(form, 'voyageNumber', '01');
  typeInto(form, 'transportToolNumber', '蒙A12345');
  typeInto(form, 'billNumber', 'TY-2024-01');
  typeInto(form, 'packageCount', '3');
  await pickCode(app, form, { key: 'currency', label: '币制' }, 'rmb', '142-人民币');
  await pickCode(app, form, { key: 'tradeCountry', label: '贸易国别' }, 'mg', '124-蒙古');
  await pickCode(app, form, { key: 'certificateInvolved', label: '是否涉及证书' }, '0', '0-否');
}

/** Adds one goods line of 10 千克 菠萝 at 8.50 on 商品信息. */
export async function addPineappleLine(app: WeappRuntime, form: SimulatedPage): Promise<void> {
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
}

/** Taps 申报 and waits for 申报成功; returns what the result shows. */
export async function declare(app: WeappRuntime, form: SimulatedPage): Promise<string[]> {
  form.tap({ text: '申报', className: 'nut-button' });
  return app.waitFor(() => {
    const shown = form.texts();
    return shown.includes('申报成功') && shown;
  }, '申报成功');
}
