import { expect, it } from 'vitest';
import { ENTRUSTED_RESIDENT_FIELDS, ENTRY_DECLARATION_FIELDS } from '@hushi/sdk';
import { formatFieldValue } from './formatFieldValue';

const field = (key: string) => {
  const found = [...ENTRY_DECLARATION_FIELDS.header, ...ENTRUSTED_RESIDENT_FIELDS].find((f) => f.key === key);
  if (!found) throw new Error(key);
  return found;
};

it('shows codes, statuses and the 进出口标志 as the manual does', () => {
  expect(formatFieldValue(field('customsCode'), '8609')).toBe('8609-打洛海关');
  expect(formatFieldValue(field('businessMode'), '01')).toBe('01-区内交易');
  expect(formatFieldValue(field('status'), 'returned')).toBe('00-退单');
  expect(formatFieldValue(field('status'), 'draft')).toBe('暂存');
  expect(formatFieldValue(field('importExportFlag'), '1')).toBe('1-进口');
});

it('masks 身份证号 and shows 认证状态 in words', () => {
  expect(formatFieldValue(field('idNumber'), '450102199001011022')).toBe('450*****022');
  expect(formatFieldValue(field('authenticated'), true)).toBe('已认证');
  expect(formatFieldValue(field('authenticated'), false)).toBe('未认证');
});

it('shows nothing for a value not there, and an unknown code as it is', () => {
  expect(formatFieldValue(field('shopCode'), undefined)).toBe('');
  expect(formatFieldValue(field('declarationNumber'), null)).toBe('');
  expect(formatFieldValue(field('customsCode'), '9999')).toBe('9999');
  expect(formatFieldValue(field('packageCount'), 10)).toBe('10');
});

it('shows every amount with two decimals, typed as 50 or stored as 60.00 (issue 16 item 7)', () => {
  expect(formatFieldValue(field('quota'), '50')).toBe('50.00');
  expect(formatFieldValue(field('quota'), '60.00')).toBe('60.00');
});
