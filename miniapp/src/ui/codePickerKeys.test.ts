import { expect, it } from 'vitest';
import { searchCodes, TRANSPORT_MODES } from '@hushi/sdk';
import { entryOnEnter, exactMatchIndex, movedHighlight } from './codePickerKeys';

const find = (query: string) => searchCodes(TRANSPORT_MODES, query);

it('回车 picks the only entry found (issue 16 item 4)', () => {
  const found = find('公路');
  expect(found).toHaveLength(1);
  expect(entryOnEnter(found, exactMatchIndex(found, '公路'))?.code).toBe('4');
});

it('回车 picks the entry whose code was typed exactly, though others match too', () => {
  const found = searchCodes([...TRANSPORT_MODES, { code: '40', label: '测试', pinyin: 'ce shi' }], '4');
  expect(found.length).toBeGreaterThan(1);
  expect(exactMatchIndex(found, '4')).toBe(0);
  expect(entryOnEnter(found, exactMatchIndex(found, '4'))?.code).toBe('4');
});

it('回车 picks nothing when several match and none is highlighted', () => {
  const found = find('运输');
  expect(found.length).toBeGreaterThan(1);
  expect(exactMatchIndex(found, '运输')).toBeUndefined();
  expect(entryOnEnter(found, undefined)).toBeUndefined();
});

it('回车 picks the entry highlighted with ↓ and ↑, wrapping around', () => {
  const found = find('运输');
  const second = movedHighlight(movedHighlight(undefined, found.length, 1), found.length, 1);
  expect(second).toBe(1);
  expect(entryOnEnter(found, second)).toBe(found[1]);
  expect(movedHighlight(undefined, found.length, -1)).toBe(found.length - 1);
  expect(movedHighlight(found.length - 1, found.length, 1)).toBe(0);
  expect(movedHighlight(undefined, 0, 1)).toBeUndefined();
});
