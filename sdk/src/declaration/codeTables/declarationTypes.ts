import type { CodeEntry } from './codeEntry';

/**
 * 申报类型 (declaration type) of a 进口申报单, system echo. The manual shows 00-申请 on new and
 * returned declarations; 01-变更 and 02-撤销 are inferred (a 变更 or 撤销 is itself "申报", the manual
 * answers 撤销 with "申报成功") and need the real codes.
 */
export const DECLARATION_TYPES = [
  { code: '00', label: '申请', pinyin: 'shen qing' },
  { code: '01', label: '变更', pinyin: 'bian geng', inferred: true },
  { code: '02', label: '撤销', pinyin: 'che xiao', inferred: true },
] as const satisfies readonly CodeEntry[];
