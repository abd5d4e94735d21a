import type { CodeEntry } from './codeEntry';

/** 业务模式 (business mode). Source: the manual's screens (01-区内交易, 02-落地加工, 03-原装提离). */
export const BUSINESS_MODES = [
  { code: '01', label: '区内交易', pinyin: 'qu nei jiao yi' },
  { code: '02', label: '落地加工', pinyin: 'luo di jia gong' },
  { code: '03', label: '原装提离', pinyin: 'yuan zhuang ti li' },
] as const satisfies readonly CodeEntry[];

/** A code of {@link BUSINESS_MODES}. */
export type BusinessModeCode = (typeof BUSINESS_MODES)[number]['code'];
