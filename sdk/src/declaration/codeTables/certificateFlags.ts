import type { CodeEntry } from './codeEntry';

/** Values of 是否涉及证书 (does the declaration involve certificates); the manual shows 0-否. */
export const CERTIFICATE_FLAGS = [
  { code: '0', label: '否', pinyin: 'fou' },
  { code: '1', label: '是', pinyin: 'shi', inferred: true },
] as const satisfies readonly CodeEntry[];
