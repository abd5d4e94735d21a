import { expect, it } from 'vitest';
import type { EntryDeclarationInput } from '../entryDeclaration';
import type { ImportDeclarationInput } from '../importDeclaration';
import { ENTRY, IMPORT, LINE } from '../../../test/sampleDeclarations';
import { validateDeclarationInput } from './validateDeclarationInput';

const NOW = new Date('2024-06-01T00:00:00Z');

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
