import { expect, it } from 'vitest';
import { ENTRY_DECLARATION_FIELDS } from '../entryDeclarationFields';
import type { EntryDeclarationHeaderInput } from '../entryDeclaration';
import { GOODS_LINE_FIELDS } from '../goodsLineFields';
import { idNumberCheckDigit } from './validateIdNumber';
import { validateFields } from './validateFields';

const NOW = new Date('2024-06-01T00:00:00Z');

/** The 申报 screen of the manual's 复制 example, filled. */
const HEADER: EntryDeclarationHeaderInput = {
  customsCode: '8609',
  businessMode: '01',
  supervisionSiteCode: 'ASDFG000019',
  transportMode: '4',
  voyageNumber: '4123456789268',
  transportToolNumber: '桂A22710',
  billNumber: '001',
  packageCount: '10',
  currency: '142',
  tradeCountry: '106',
  certificateInvolved: '0',
};

it('passes the manual example', () => {
  expect(validateFields(ENTRY_DECLARATION_FIELDS.header, HEADER, { now: NOW })).toEqual([]);
});

it('asks for every empty required field, "请选择" for pickers and "请输入" for typed ones', () => {
  const issues = validateFields(ENTRY_DECLARATION_FIELDS.header, {}, { now: NOW });
  expect(issues.map((i) => i.message)).toEqual([
    '请选择关区代码',
    '请选择业务模式',
    '请输入监管场所编号',
    '请选择运输方式',
    '请输入运输工具航次(班)号',
    '请输入运输工具号',
    '请输入提运单号',
    '请输入件数',
    '请选择币制',
    '请选择贸易国别',
    '请选择是否涉及证书',
  ]);
});

it('treats blank text as empty and skips optional fields left empty', () => {
  const issues = validateFields(ENTRY_DECLARATION_FIELDS.header, {
    ...HEADER,
    billNumber: '  ',
    transportToolType: '',
  });
  expect(issues).toEqual([{ key: 'billNumber', label: '提运单号', message: '请输入提运单号' }]);
});

it('refuses values outside the code table: "不允许随意录入"', () => {
  const issues = validateFields(ENTRY_DECLARATION_FIELDS.header, {
    ...HEADER,
    currency: '999',
    transportToolType: 'XX',
  });
  expect(issues.map((i) => i.message)).toEqual(['请选择正确的运输工具类型', '请选择正确的币制']);
});

it('checks formats: 件数 a positive integer', () => {
  const issues = validateFields(ENTRY_DECLARATION_FIELDS.header, { ...HEADER, packageCount: '0' });
  expect(issues).toEqual([{ key: 'packageCount', label: '件数', message: '请输入正确的件数' }]);
});

it('ignores system-echo, account and derived fields: the client does not write them', () => {
  const record = {
    ...HEADER,
    status: 'nonsense',
    idNumber: 'x',
    preEntryNumber: 42,
    supervisionSiteName: {},
  };
  expect(validateFields(ENTRY_DECLARATION_FIELDS.header, record, { now: NOW })).toEqual([]);
});

it('checks 委托边民: 身份证号, and 边民申报额度 with two decimals', () => {
  const first17 = '45010219900101102';
  const resident = { idNumber: first17 + idNumberCheckDigit(first17), name: '冯微', quota: '334.00' };
  expect(validateFields(ENTRY_DECLARATION_FIELDS.entrustedResidents, resident, { now: NOW })).toEqual([]);
  const bad = validateFields(
    ENTRY_DECLARATION_FIELDS.entrustedResidents,
    { ...resident, idNumber: first17 + (idNumberCheckDigit(first17) === '0' ? '1' : '0'), quota: '1.001' },
    { now: NOW },
  );
  expect(bad.map((i) => i.message)).toEqual(['请输入正确的身份证号', '请输入正确的边民申报额度']);
});

it('checks plates, dates and numbers of lines', () => {
  expect(validateFields(ENTRY_DECLARATION_FIELDS.vehicles, { plateNumber: '081501' })[0]?.message).toBe(
    '请输入正确的车牌号',
  );
  expect(validateFields(ENTRY_DECLARATION_FIELDS.vehicles, { plateNumber: '桂BM527K' })).toEqual([]);
  const qualification = {
    goodsLineNo: 1,
    qualificationType: '01',
    qualificationNumber: 'C-1',
    validUntil: '2024-02-30',
  };
  // The message says the format (issue 16 item 3).
  expect(validateFields(ENTRY_DECLARATION_FIELDS.qualifications, qualification)[0]?.message).toBe(
    '请选择正确的有效期至，格式为年-月-日，如2025-12-31',
  );
  expect(
    validateFields(ENTRY_DECLARATION_FIELDS.qualifications, { ...qualification, validUntil: '2024-02-29' }),
  ).toEqual([]);
  expect(validateFields(GOODS_LINE_FIELDS, { lineNo: 0 })[0]?.message).toBe('请输入正确的商品序号');
});

it('refuses values that are neither text nor numbers', () => {
  expect(validateFields(ENTRY_DECLARATION_FIELDS.header, { ...HEADER, billNumber: ['001'] })).toEqual([
    { key: 'billNumber', label: '提运单号', message: '请输入正确的提运单号' },
  ]);
  expect(validateFields(GOODS_LINE_FIELDS, { quantity: 2 })[0]).toEqual({
    key: 'lineNo',
    label: '商品序号',
    message: '请输入商品序号',
  });
  expect(validateFields(GOODS_LINE_FIELDS, { quantity: 2 }).find((i) => i.key === 'quantity')?.message).toBe(
    '请输入正确的申报数量',
  );
});
