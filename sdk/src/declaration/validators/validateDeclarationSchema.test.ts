import { expect, it } from 'vitest';
import type { GoodsLine } from '../declarationParts';
import type { EntryDeclarationInput } from '../entryDeclaration';
import { ENTRY, IMPORT, LINE, RESIDENTS } from '../../../test/sampleDeclarations';
import { validateDeclarationSchema } from './validateDeclarationSchema';

const NOW = new Date('2024-06-01T00:00:00Z');

const fourLines = (): GoodsLine[] =>
  [1, 2, 3, 4].map((lineNo) => ({ ...LINE, lineNo, totalPrice: '100.00' }));

it('finds nothing wrong in a valid 进境申报单, 进口申报单 and goods line', () => {
  expect(validateDeclarationSchema('entry', ENTRY, { now: NOW })).toEqual([]);
  expect(validateDeclarationSchema('import', IMPORT, { now: NOW })).toEqual([]);
  expect(validateDeclarationSchema('goodsLine', LINE, { now: NOW })).toEqual([]);
});

it('names a missing goods field by its path and label: goods[3].quantity', () => {
  const goods = fourLines();
  const line3: Partial<GoodsLine> = { ...goods[3] };
  delete line3.quantity;
  const input = { ...IMPORT, goods: [...goods.slice(0, 3), line3] };
  expect(validateDeclarationSchema('import', input, { now: NOW })).toEqual([
    {
      path: 'goods[3].quantity',
      part: 'goods',
      index: 3,
      key: 'quantity',
      label: '申报数量',
      message: '请输入申报数量',
    },
  ]);
});

it('asks to pick a missing code-table field and to type a missing text field', () => {
  const header: Partial<EntryDeclarationInput['header']> = { ...ENTRY.header };
  delete header.businessMode;
  delete header.billNumber;
  const errors = validateDeclarationSchema('entry', { ...ENTRY, header }, { now: NOW });
  expect(errors.map((e) => [e.path, e.message])).toEqual([
    ['header.businessMode', '请选择业务模式'],
    ['header.billNumber', '请输入提运单号'],
  ]);
});

it('reports a wrong type, an empty required text and a too-long text in one call', () => {
  const input = {
    ...ENTRY,
    header: { ...ENTRY.header, voyageNumber: '', billNumber: 'X'.repeat(33) },
    goods: [{ ...LINE, lineNo: '1' }],
  };
  const errors = validateDeclarationSchema('entry', input, { now: NOW });
  expect(errors.map((e) => [e.path, e.message])).toEqual([
    ['header.voyageNumber', '请输入运输工具航次(班)号'],
    ['header.billNumber', '提运单号不能超过32个字符'],
    ['goods[0].lineNo', '请输入正确的商品序号'],
  ]);
});

it('refuses a system-echo field the client may not write', () => {
  const input = { ...ENTRY, header: { ...ENTRY.header, status: 'declared' } };
  expect(validateDeclarationSchema('entry', input, { now: NOW })).toEqual([
    { path: 'header.status', part: 'header', key: 'status', label: '状态', message: '状态不允许录入' },
  ]);
});

it('adds the field and cross-field rules: code tables, 身份证号, 申报总价 and the 额度 total', () => {
  const input: EntryDeclarationInput = {
    ...ENTRY,
    header: { ...ENTRY.header, currency: '999' },
    goods: [
      { ...LINE, totalPrice: '99.00' },
      { ...LINE, lineNo: 2 },
    ],
    entrustedResidents: [{ ...RESIDENTS[0], idNumber: '532801198512310020', name: '岩温', quota: '60.00' }],
  };
  const errors = validateDeclarationSchema('entry', input, { now: NOW });
  expect(errors.map((e) => [e.path, e.message])).toEqual([
    ['header.currency', '请选择正确的币制'],
    ['entrustedResidents[0].idNumber', '请输入正确的身份证号'],
    ['goods[0].totalPrice', '申报总价应等于申报数量×申报单价'],
    ['entrustedResidents.quota', '边民申报额度合计应等于申报总价合计'],
  ]);
});

it('reports a malformed whole list once and skips the rules that would read it', () => {
  const errors = validateDeclarationSchema('import', { ...IMPORT, goods: 'none' }, { now: NOW });
  expect(errors).toEqual([
    { path: 'goods', part: 'goods', key: 'goods', label: '商品信息', message: '请输入正确的商品信息' },
  ]);
});

it('reports a wrong document kind and a value that is no object at all', () => {
  expect(validateDeclarationSchema('entry', IMPORT, { now: NOW }).map((e) => e.path)).toEqual(
    expect.arrayContaining(['kind', 'header.businessMode', 'qualifications']),
  );
  expect(validateDeclarationSchema('goodsLine', null)).toEqual([
    { path: '', key: '', label: '商品信息', message: '请输入正确的商品信息' },
  ]);
});

it('checks one goods line alone, with its 申报总价', () => {
  const errors = validateDeclarationSchema('goodsLine', { ...LINE, unit: '999', totalPrice: '1.00' });
  expect(errors).toEqual([{ path: 'unit', key: 'unit', label: '计量单位', message: '请选择正确的计量单位' }]);
  expect(validateDeclarationSchema('goodsLine', { ...LINE, totalPrice: '1.00' })).toEqual([
    { path: 'totalPrice', key: 'totalPrice', label: '申报总价', message: '申报总价应等于申报数量×申报单价' },
  ]);
});
