import type { CodeEntry } from './codeEntry';

/**
 * 商品流向 (where the goods go), a picker field of 商品信息 per the manual; it never shows a value.
 * Inferred: the destinations of 互市 goods, mirroring the 业务模式 codes.
 */
export const GOODS_FLOWS = [
  { code: '01', label: '区内交易', pinyin: 'qu nei jiao yi', inferred: true },
  { code: '02', label: '落地加工', pinyin: 'luo di jia gong', inferred: true },
  { code: '03', label: '原装提离', pinyin: 'yuan zhuang ti li', inferred: true },
] as const satisfies readonly CodeEntry[];
