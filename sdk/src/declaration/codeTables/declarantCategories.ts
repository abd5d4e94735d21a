import type { CodeEntry } from './codeEntry';

/**
 * 申报人类别 (declarant category). The manual shows only 1-边民; 2-互助组 and 3-合作社 are inferred
 * from the three identities of 身份选择.
 */
export const DECLARANT_CATEGORIES = [
  { code: '1', label: '边民', pinyin: 'bian min' },
  { code: '2', label: '互助组', pinyin: 'hu zhu zu', inferred: true },
  { code: '3', label: '合作社', pinyin: 'he zuo she', inferred: true },
] as const satisfies readonly CodeEntry[];

/** A code of {@link DECLARANT_CATEGORIES}. */
export type DeclarantCategoryCode = (typeof DECLARANT_CATEGORIES)[number]['code'];

/**
 * Who submits a declaration, the identity picked at 身份选择: a 边民 for themselves, or a 互助组 /
 * 合作社 申报代表 on behalf of 委托边民.
 */
export type SubmitterRole = 'resident' | 'mutualAidGroup' | 'cooperative';

/** The 申报人类别 of each {@link SubmitterRole} (2 and 3 inferred, see {@link DECLARANT_CATEGORIES}). */
export const DECLARANT_CATEGORY_OF_ROLE: Readonly<Record<SubmitterRole, DeclarantCategoryCode>> = {
  resident: '1',
  mutualAidGroup: '2',
  cooperative: '3',
};

/** Whether `role` declares on behalf of 委托边民 (互助组/合作社申报代表) rather than for themselves. */
export function isRepresentative(role: SubmitterRole): boolean {
  return role !== 'resident';
}
