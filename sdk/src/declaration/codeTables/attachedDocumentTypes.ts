import type { CodeEntry } from './codeEntry';

/** 单证类型 of a 随附单证 line. The manual names the tab only: every value is inferred. */
export const ATTACHED_DOCUMENT_TYPES = [
  { code: '01', label: '发票', pinyin: 'fa piao', inferred: true },
  { code: '02', label: '装箱单', pinyin: 'zhuang xiang dan', inferred: true },
  { code: '03', label: '合同', pinyin: 'he tong', inferred: true },
  { code: '04', label: '原产地证明', pinyin: 'yuan chan di zheng ming', inferred: true },
  { code: '05', label: '检验检疫证书', pinyin: 'jian yan jian yi zheng shu', inferred: true },
  { code: '99', label: '其他', pinyin: 'qi ta', inferred: true },
] as const satisfies readonly CodeEntry[];
