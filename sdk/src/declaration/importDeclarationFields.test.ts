import { expect, it } from 'vitest';
import { isClientWritable } from './fieldDefinition';
import type { ImportDeclarationHeader, ImportDeclarationHeaderInput } from './importDeclaration';
import { IMPORT_DECLARATION_FIELDS } from './importDeclarationFields';

const HEADER: Required<ImportDeclarationHeader> = {
  preEntryNumber: '202203000000002621',
  declarationNumber: '860952208111200001',
  relatedEntryNumber: '202201000000003491',
  declaredAt: '2022-08-17 09:44:55',
  status: 'returned',
  declarationType: '00',
  declarantCategory: '1',
  idNumber: '450102199001011022',
  declarantName: '石宇',
  customsCode: '8609',
  supervisionSiteCode: 'ASDFG000015',
  supervisionSiteName: '边民测试15',
  importExportFlag: 'I',
  groupCode: '',
  groupName: '',
  cooperativeCreditCode: '',
  businessMode: '02',
  packageCount: '1',
  remark: '',
};

const INPUT: Required<ImportDeclarationHeaderInput> = {
  relatedEntryNumber: '',
  customsCode: '',
  supervisionSiteCode: '',
  packageCount: '',
  remark: '',
};

/** The 申报 screen of 1.2.1, top to bottom, `*` as shown. */
const DECLARE_SCREEN = [
  '预录入编号',
  '进口申报单编号',
  '*关联进境申报单编号',
  '申报时间',
  '状态',
  '申报类型',
  '申报人类别',
  '身份证号',
  '申报人名称',
  '*关区代码',
  '*监管场所编号',
  '监管场所名称',
  '进出口标志',
  '互助组/合作社编号',
  '互助组/合作社名称',
  '合作社统一信用代码',
];

it('lists every header key of the type exactly once, and makes exactly the input type writable', () => {
  const keys = IMPORT_DECLARATION_FIELDS.header.map((f) => f.key);
  expect(new Set(keys).size).toBe(keys.length);
  expect([...keys].sort()).toEqual(Object.keys(HEADER).sort());
  const writable = IMPORT_DECLARATION_FIELDS.header.filter(isClientWritable).map((f) => f.key);
  expect(writable.sort()).toEqual(Object.keys(INPUT).sort());
});

it('shows the 申报 screen in the manual order with its labels and red *, then the inferred fields', () => {
  const shown = IMPORT_DECLARATION_FIELDS.header.map((f) => `${f.required ? '*' : ''}${f.label}`);
  expect(shown.slice(0, DECLARE_SCREEN.length)).toEqual(DECLARE_SCREEN);
  expect(
    IMPORT_DECLARATION_FIELDS.header.slice(DECLARE_SCREEN.length).every((f) => f.inferred === true),
  ).toBe(true);
});

it('marks the fields the screen shows as "系统回显" as system echo', () => {
  const echo = IMPORT_DECLARATION_FIELDS.header.filter((f) => f.source === 'systemEcho').map((f) => f.label);
  for (const label of [
    '预录入编号',
    '进口申报单编号',
    '申报时间',
    '状态',
    '进出口标志',
    '互助组/合作社编号',
    '互助组/合作社名称',
    '合作社统一信用代码',
  ]) {
    expect(echo, label).toContain(label);
  }
});

it('has the tabs 基本信息 and 商品信息 only', () => {
  const tabs = new Set(Object.values(IMPORT_DECLARATION_FIELDS).flatMap((list) => list.map((f) => f.tab)));
  expect(tabs).toEqual(new Set(['基本信息', '商品信息']));
});
