import { expect, it } from 'vitest';
import { CODE_TABLES } from './codeTables/codeTables';
import { DECLARATION_STATUSES } from './codeTables/declarationStatuses';
import { searchCodes } from './searchCodes';

const codes = (entries: readonly { code: string | null }[]): (string | null)[] => entries.map((e) => e.code);

it('matches a code prefix: "输入已知的相应数字"', () => {
  expect(codes(searchCodes(CODE_TABLES.customsDistrict, '86'))).toEqual(['8600', '8609']);
  expect(codes(searchCodes(CODE_TABLES.customsDistrict, '8609'))).toEqual(['8609']);
  expect(codes(searchCodes(CODE_TABLES.country, '14'))).toEqual(['141', '142', '145', '146', '147']);
  expect(codes(searchCodes(CODE_TABLES.transportMode, '4'))).toEqual(['4']);
});

it('matches the on-screen form code-label', () => {
  expect(codes(searchCodes(CODE_TABLES.customsDistrict, '8609-打洛'))).toEqual(['8609']);
});

it('matches a Chinese substring: "或汉字"', () => {
  expect(codes(searchCodes(CODE_TABLES.customsDistrict, '打洛'))).toEqual(['8609']);
  expect(codes(searchCodes(CODE_TABLES.country, '斯坦'))).toEqual(['127', '145', '146', '147']);
  expect(codes(searchCodes(CODE_TABLES.currency, '元'))).toEqual(['502', '300', '116', '132']);
});

it('matches pinyin initials and full pinyin: "字母"', () => {
  expect(codes(searchCodes(CODE_TABLES.country, 'yn'))).toEqual(['141']);
  expect(codes(searchCodes(CODE_TABLES.country, 'YN'))).toEqual(['141']);
  expect(codes(searchCodes(CODE_TABLES.country, 'miandian'))).toEqual(['106']);
  expect(codes(searchCodes(CODE_TABLES.currency, 'rmb'))).toEqual(['142']);
  expect(codes(searchCodes(CODE_TABLES.customsDistrict, 'dlhg'))).toEqual(['8609']);
  expect(codes(searchCodes(CODE_TABLES.customsDistrict, 'da luo'))).toEqual(['8609']);
  expect(codes(searchCodes(CODE_TABLES.transportMode, 'gl'))).toEqual(['4']);
  expect(codes(searchCodes(CODE_TABLES.businessMode, 'ldjg'))).toEqual(['02']);
});

it('ranks code and Chinese matches first, then initials before full pinyin, prefixes before substrings', () => {
  // 'm': initials prefix of 美元 (my) and 马来西亚林吉特 (mlxylj), initials substring of 人民币 (rmb)
  expect(codes(searchCodes(CODE_TABLES.currency, 'm'))).toEqual(['502', '122', '142']);
  // 'ma': full-pinyin prefix of 马来西亚林吉特 only
  expect(codes(searchCodes(CODE_TABLES.currency, 'ma'))).toEqual(['122']);
  // 'lu': full-pinyin substring of 水路, 铁路, 公路 (运输), in table order
  expect(codes(searchCodes(CODE_TABLES.transportMode, 'lu'))).toEqual(['2', '3', '4']);
  // 'hg': initials substring of every …海关, none of the …关区 (gq)
  expect(codes(searchCodes(CODE_TABLES.customsDistrict, 'hg'))).toEqual(['0702', '7208', '8609']);
  // '1': code prefix beats everything; '10' matches 101, 104, 106, 108, 109 only
  expect(codes(searchCodes(CODE_TABLES.country, '10'))).toEqual(['101', '104', '106', '108', '109']);
});

it('searches statuses too, by code, label or pinyin', () => {
  expect(searchCodes(DECLARATION_STATUSES, 'T0').map((s) => s.status)).toEqual(['pendingAuthentication']);
  expect(searchCodes(DECLARATION_STATUSES, '放行').map((s) => s.status)).toEqual([
    'documentsReleased',
    'goodsReleased',
  ]);
  expect(searchCodes(DECLARATION_STATUSES, 'tdan').map((s) => s.status)).toEqual([]);
  expect(searchCodes(DECLARATION_STATUSES, 'td').map((s) => s.status)).toEqual(['returned']);
});

it('returns the whole table for an empty query, and honours the limit', () => {
  expect(searchCodes(CODE_TABLES.country, '  ')).toHaveLength(CODE_TABLES.country.length);
  expect(searchCodes(CODE_TABLES.country, '1', { limit: 3 })).toHaveLength(3);
  expect(searchCodes(CODE_TABLES.country, 'zzz')).toEqual([]);
  expect(searchCodes(CODE_TABLES.country, '？')).toEqual([]);
});
