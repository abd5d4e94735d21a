import { expect, it } from 'vitest';
import type { EntryDeclarationHeader, EntryDeclarationHeaderInput } from './entryDeclaration';
import { ENTRY_DECLARATION_FIELDS } from './entryDeclarationFields';
import { isClientWritable } from './fieldDefinition';
import type { FieldDefinition } from './fieldDefinition';

/** Every header key, as the type requires: the table must list exactly these. */
const HEADER: Required<EntryDeclarationHeader> = {
  preEntryNumber: '202201000000003569',
  declarationNumber: '860992208101100002',
  declaredAt: '2022-08-17 15:55:01',
  status: 'customsStorageFailed',
  customsCode: '8609',
  businessMode: '01',
  supervisionSiteCode: 'ASDFG000019',
  supervisionSiteName: '边民测试19',
  transportMode: '4',
  voyageNumber: '4123456789268',
  transportToolType: '01',
  transportToolNumber: '桂A22710',
  billNumber: '001',
  packageCount: '10',
  currency: '142',
  tradeCountry: '106',
  certificateInvolved: '0',
  importExportFlag: '1',
  declarantCategory: '1',
  idNumber: '450102199001011022',
  declarantName: '石宇',
  shopCode: '',
  shopName: '',
  groupName: '',
  cooperativeCreditCode: '',
};

/** Every client-writable key, as the input type requires. */
const INPUT: Required<EntryDeclarationHeaderInput> = {
  customsCode: '',
  businessMode: '01',
  supervisionSiteCode: '',
  transportMode: '4',
  voyageNumber: '',
  transportToolType: '',
  transportToolNumber: '',
  billNumber: '',
  packageCount: '',
  currency: '',
  tradeCountry: '',
  certificateInvolved: '',
  shopCode: '',
};

/** The 申报 screen of 1.1.1/1.1.3.2, top to bottom, `*` as shown. */
const DECLARE_SCREEN = [
  '预录入编号',
  '进境申报单编号',
  '申报时间',
  '状态',
  '*关区代码',
  '*业务模式',
  '*监管场所编号',
  '监管场所名称',
  '*运输方式',
  '*运输工具航次(班)号',
  '运输工具类型',
  '*运输工具号',
  '*提运单号',
  '*件数',
  '*币制',
  '*贸易国别',
  '*是否涉及证书',
];

/** Fields only the 详情 screen of 1.1.2.3 shows. */
const DETAIL_ONLY = [
  '进出口标志',
  '申报人类别',
  '身份证号',
  '申报人名称',
  '商铺编码',
  '商铺名称',
  '互助组/合作社名称',
  '合作社统一社会信用代码',
];

const shown = (f: FieldDefinition): string => `${f.required ? '*' : ''}${f.label}`;

it('lists every header key of the type exactly once', () => {
  const keys = ENTRY_DECLARATION_FIELDS.header.map((f) => f.key);
  expect(new Set(keys).size).toBe(keys.length);
  expect([...keys].sort()).toEqual(Object.keys(HEADER).sort());
});

it('makes exactly the input type client-writable', () => {
  const writable = ENTRY_DECLARATION_FIELDS.header.filter(isClientWritable).map((f) => f.key);
  expect(writable.sort()).toEqual(Object.keys(INPUT).sort());
});

it('shows the 申报 screen in the manual order with its labels and red *', () => {
  expect(ENTRY_DECLARATION_FIELDS.header.slice(0, DECLARE_SCREEN.length).map(shown)).toEqual(DECLARE_SCREEN);
  expect(ENTRY_DECLARATION_FIELDS.header.slice(DECLARE_SCREEN.length).map(shown)).toEqual(DETAIL_ONLY);
});

it('marks 预录入编号, 进境申报单编号, 申报时间, 状态 and 进出口标志 as 系统回显', () => {
  const echo = ENTRY_DECLARATION_FIELDS.header.filter((f) => f.source === 'systemEcho').map((f) => f.label);
  expect(echo).toEqual(['预录入编号', '进境申报单编号', '申报时间', '状态', '进出口标志']);
});

it('picks from code tables the fields the manual says are "在参数中进行调取" (运输方式, 贸易国别, 币制)', () => {
  const picked = (label: string): string | undefined =>
    ENTRY_DECLARATION_FIELDS.header.find((f) => f.label === label)?.codeTable;
  expect(picked('运输方式')).toBe('transportMode');
  expect(picked('贸易国别')).toBe('country');
  expect(picked('币制')).toBe('currency');
  expect(picked('业务模式')).toBe('businessMode');
  expect(ENTRY_DECLARATION_FIELDS.goods.find((f) => f.label === '商品流向')?.codeTable).toBe('goodsFlow');
});

it('puts each part on its tab, derived fields on fields that exist, and nothing unsure unmarked', () => {
  const parts = ENTRY_DECLARATION_FIELDS;
  expect(new Set(parts.goods.map((f) => f.tab))).toEqual(new Set(['商品信息']));
  expect(new Set(parts.qualifications.map((f) => f.tab))).toEqual(new Set(['商品信息']));
  expect(new Set(parts.vehicles.map((f) => f.tab))).toEqual(new Set(['车辆信息']));
  expect(new Set(parts.attachments.map((f) => f.tab))).toEqual(new Set(['随附单证']));
  for (const list of Object.values(parts) as (readonly FieldDefinition[])[]) {
    for (const field of list) {
      if (field.source === 'derived')
        expect(
          list.some((f) => f.key === field.derivedFrom),
          field.key,
        ).toBe(true);
      if (field.source !== 'input') expect(field.required, field.key).toBe(false);
    }
  }
  expect(parts.goods.every((f) => f.inferred === true)).toBe(true);
  expect(parts.vehicles.map((f) => f.label)).toContain('车牌号');
  expect(parts.entrustedResidents.map((f) => f.label)).toEqual([
    '身份证号',
    '边民姓名',
    '边民申报额度',
    '认证状态',
  ]);
});
