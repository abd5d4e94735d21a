import { expect, it } from 'vitest';
import { formatCode } from './codeEntry';
import type { CodeEntry } from './codeEntry';
import { CODE_TABLE_LABELS, CODE_TABLES, findCode } from './codeTables';
import type { CodeTableName } from './codeTables';
import { headCustomsCode } from './customsDistricts';
import { DECLARANT_CATEGORY_OF_ROLE, isRepresentative } from './declarantCategories';
import { DECLARATION_STATUSES, formatStatus, parseStatus, statusEntry } from './declarationStatuses';
import type { DeclarationStatus, StatusEntry } from './declarationStatuses';

const TABLES = Object.keys(CODE_TABLES) as CodeTableName[];
const ALL_ENTRIES: readonly (CodeEntry | StatusEntry)[] = [
  ...TABLES.flatMap((t): readonly CodeEntry[] => CODE_TABLES[t]),
  ...DECLARATION_STATUSES,
];

it('every label has one lowercase toneless pinyin syllable per Han character', () => {
  for (const entry of ALL_ENTRIES) {
    expect(entry.pinyin, entry.label).toMatch(/^[a-z]+( [a-z]+)*$/);
    expect(entry.pinyin.split(' ').length, entry.label).toBe(Array.from(entry.label).length);
    expect(entry.label, entry.label).toMatch(/^\p{Script=Han}+$/u);
  }
});

it('a character reads the same in every label, except the heteronyms 行 and 长 are not mixed', () => {
  const readings = new Map<string, string>();
  for (const entry of ALL_ENTRIES) {
    const syllables = entry.pinyin.split(' ');
    Array.from(entry.label).forEach((char, i) => {
      const seen = readings.get(char);
      expect(seen === undefined || seen === syllables[i], `${char} in ${entry.label}`).toBe(true);
      readings.set(char, syllables[i] ?? '');
    });
  }
});

it('codes are unique within each table and every table has a Chinese name', () => {
  for (const table of TABLES) {
    const codes: string[] = CODE_TABLES[table].map((e) => e.code);
    expect(new Set(codes).size, table).toBe(codes.length);
    expect(CODE_TABLE_LABELS[table]).toMatch(/\p{Script=Han}/u);
  }
});

it('shows and finds entries as the screens write them (8609-打洛海关, 142-人民币, 4-公路运输)', () => {
  expect(formatCode({ code: '8609', label: '打洛海关' })).toBe('8609-打洛海关');
  const find = (table: CodeTableName, code: string): string | undefined => {
    const entry = findCode(table, code);
    return entry && formatCode(entry);
  };
  expect(find('customsDistrict', '8609')).toBe('8609-打洛海关');
  expect(find('currency', '142')).toBe('142-人民币');
  expect(find('transportMode', '4')).toBe('4-公路运输');
  expect(find('businessMode', '03')).toBe('03-原装提离');
  expect(find('country', '108')).toBe('108-塞浦路斯');
  expect(find('country', '106')).toBe('106-缅甸');
  expect(find('declarantCategory', '1')).toBe('1-边民');
  expect(find('declarationType', '00')).toBe('00-申请');
  expect(find('certificateFlag', '0')).toBe('0-否');
  expect(find('customsDistrict', '0100')).toBe('0100-北京关区');
  expect(findCode('currency', '999')).toBeUndefined();
});

it('the head customs of a district is its xx00 district, and it is in the table', () => {
  expect(headCustomsCode('8609')).toBe('8600');
  expect(headCustomsCode('8600')).toBe('8600');
  expect(headCustomsCode('0702')).toBe('0700');
  expect(headCustomsCode('860')).toBeUndefined();
  expect(headCustomsCode('86A9')).toBeUndefined();
  for (const { code } of CODE_TABLES.customsDistrict) {
    expect(findCode('customsDistrict', headCustomsCode(code) ?? ''), code).toBeDefined();
  }
});

it('formats and parses statuses as the screens show them (T0-待认证, N-海关入库失败, 单证放行)', () => {
  expect(formatStatus('pendingAuthentication')).toBe('T0-待认证');
  expect(formatStatus('customsStorageFailed')).toBe('N-海关入库失败');
  expect(formatStatus('returned')).toBe('00-退单');
  expect(formatStatus('approved')).toBe('10-审核通过');
  expect(formatStatus('sentToCustoms')).toBe('D2-发往海关成功');
  expect(formatStatus('documentsReleased')).toBe('单证放行');
  expect(parseStatus('T0-待认证')).toBe('pendingAuthentication');
  expect(parseStatus('D2')).toBe('sentToCustoms');
  expect(parseStatus('单证放行')).toBe('documentsReleased');
  expect(parseStatus('draft')).toBe('draft');
  expect(parseStatus('已撤销')).toBeUndefined();
  expect(() => statusEntry('nope' as DeclarationStatus)).toThrow(TypeError);
});

it('maps the identities of 身份选择 to 申报人类别', () => {
  expect(DECLARANT_CATEGORY_OF_ROLE).toEqual({ resident: '1', mutualAidGroup: '2', cooperative: '3' });
  expect(isRepresentative('resident')).toBe(false);
  expect(isRepresentative('mutualAidGroup')).toBe(true);
  expect(isRepresentative('cooperative')).toBe(true);
});
