/**
 * One value of a code table (the manual's "参数"), shown on screen as `code-label`, e.g. "8609-打洛海关".
 * @typeParam C the code's type (a literal union for closed tables such as 业务模式)
 */
export interface CodeEntry<C extends string = string> {
  /** The code, e.g. '8609'. */
  readonly code: C;
  /** The Chinese name exactly as the screen shows it, e.g. '打洛海关'. */
  readonly label: string;
  /**
   * Toneless pinyin of `label`, one lowercase syllable per Han character, separated by spaces
   * ('da luo hai guan'); ü is written `v`. No pinyin library is installed, so these were written once
   * by hand, checked against the pinyin collation order of glibc's `iso14651_t1_pinyin`, and are
   * guarded by `codeTables.test.ts`. Feeds {@link searchCodes}'s letter matching.
   */
  readonly pinyin: string;
  /** True when no official source was found for this value: correct it here and only here. */
  readonly inferred?: boolean;
}

/**
 * The on-screen form of a code entry, `code-label`.
 * @example formatCode({ code: '8609', label: '打洛海关' }) // '8609-打洛海关'
 */
export function formatCode(entry: Pick<CodeEntry, 'code' | 'label'>): string {
  return `${entry.code}-${entry.label}`;
}
