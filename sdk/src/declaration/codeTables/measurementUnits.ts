import type { CodeEntry } from './codeEntry';

/** 计量单位 (unit of measurement), customs scheme; partial: the units of daily-use border goods. */
export const MEASUREMENT_UNITS = [
  { code: '007', label: '个', pinyin: 'ge' },
  { code: '011', label: '件', pinyin: 'jian' },
  { code: '035', label: '千克', pinyin: 'qian ke' },
  { code: '036', label: '克', pinyin: 'ke' },
  { code: '070', label: '吨', pinyin: 'dun' },
  { code: '120', label: '箱', pinyin: 'xiang' },
  { code: '125', label: '包', pinyin: 'bao' },
  { code: '136', label: '袋', pinyin: 'dai' },
  { code: '140', label: '盒', pinyin: 'he' },
  { code: '142', label: '瓶', pinyin: 'ping' },
] as const satisfies readonly CodeEntry[];
