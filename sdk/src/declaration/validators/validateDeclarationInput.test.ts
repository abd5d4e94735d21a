import { expect, it } from 'vitest';
import type { EntrustedResidentInput, GoodsLine } from '../declarationParts';
import type { EntryDeclarationInput } from '../entryDeclaration';
import type { ImportDeclarationInput } from '../importDeclaration';
import { idNumberCheckDigit } from './validateIdNumber';
import { validateDeclarationInput } from './validateDeclarationInput';

const NOW = new Date('2024-06-01T00:00:00Z');
const id = (first17: string): string => first17 + idNumberCheckDigit(first17);

const LINE: GoodsLine = {
  lineNo: 1,
  goodsCode: '0804300000',
  goodsName: '菠萝',
  originCountry: '106',
  quantity: '12.5',
  unit: '035',
  unitPrice: '8.00',
  totalPrice: '100.00',
  goodsFlow: '02',
};

const RESIDENTS: EntrustedResidentInput[] = [
  { idNumber: id('53280119851231002'), name: '岩温', quota: '60.00' },
  { idNumber: id('53280119900101003'), name: '玉香', quota: '40.00' },
];

const ENTRY: EntryDeclarationInput = {
  kind: 'entry',
  header: {
    customsCode: '8609',
    businessMode: '02',
    supervisionSiteCode: 'ASDFG000015',
    transportMode: '4',
    voyageNumber: '01',
    transportToolNumber: '云K12345',
    billNumber: '03',
    packageCount: '2',
    currency: '142',
    tradeCountry: '106',
    certificateInvolved: '0',
  },
  goods: [LINE],
  qualifications: [{ goodsLineNo: 1, qualificationType: '02', qualificationNumber: 'ZW-2024-001' }],
  vehicles: [{ plateNumber: '云K12345', vehicleType: '01' }],
  attachments: [{ documentType: '01', documentNumber: 'FP-001' }],
  entrustedResidents: RESIDENTS,
};

const IMPORT: ImportDeclarationInput = {
  kind: 'import',
  header: {
    relatedEntryNumber: '202201000000003491',
    customsCode: '8609',
    supervisionSiteCode: 'ASDFG000015',
  },
  goods: [LINE],
  entrustedResidents: [],
};

it('passes a complete representative 进境申报单 and a 边民 进口申报单', () => {
  expect(validateDeclarationInput(ENTRY, { now: NOW })).toEqual([]);
  expect(validateDeclarationInput(IMPORT, { now: NOW })).toEqual([]);
});

it('locates issues by part and line', () => {
  const input: EntryDeclarationInput = {
    ...ENTRY,
    header: { ...ENTRY.header, billNumber: '' },
    vehicles: [{ plateNumber: '云K12345' }, { plateNumber: '02' }],
  };
  expect(validateDeclarationInput(input, { now: NOW })).toEqual([
    { part: 'header', key: 'billNumber', label: '提运单号', message: '请输入提运单号' },
    { part: 'vehicles', index: 1, key: 'plateNumber', label: '车牌号', message: '请输入正确的车牌号' },
  ]);
});

it('checks 申报总价 = 申报数量 × 申报单价 on each goods line, and the 边民申报额度 total', () => {
  const input: EntryDeclarationInput = { ...ENTRY, goods: [{ ...LINE, totalPrice: '100.01' }] };
  expect(validateDeclarationInput(input, { now: NOW })).toEqual([
    {
      part: 'goods',
      index: 0,
      key: 'totalPrice',
      label: '申报总价',
      message: '申报总价应等于申报数量×申报单价',
    },
    {
      part: 'entrustedResidents',
      key: 'quota',
      label: '边民申报额度',
      message: '边民申报额度合计应等于申报总价合计',
    },
  ]);
});

it('does not repeat a line-total issue on a line whose fields already failed', () => {
  const input: ImportDeclarationInput = { ...IMPORT, goods: [{ ...LINE, unitPrice: 'abc' }] };
  expect(validateDeclarationInput(input, { now: NOW })).toEqual([
    { part: 'goods', index: 0, key: 'unitPrice', label: '申报单价', message: '请输入正确的申报单价' },
  ]);
});
