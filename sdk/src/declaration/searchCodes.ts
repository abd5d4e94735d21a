/** What {@link searchCodes} needs of an entry: a code table's {@link CodeEntry} or a {@link StatusEntry}. */
export interface SearchableEntry {
  readonly code: string | null;
  readonly label: string;
  readonly pinyin: string;
}

/** Options of {@link searchCodes}. */
export interface SearchCodesOptions {
  /** At most this many results (default: all). */
  limit?: number;
}

/**
 * How well an entry matches; lower is better, `undefined` is no match. Code and Chinese first, since
 * a user who types digits or characters knows what they want; letters then match pinyin initials
 * before full pinyin, prefixes before substrings.
 */
function rank(entry: SearchableEntry, query: string, letters: string): number | undefined {
  const code = entry.code?.toLowerCase();
  if (code !== undefined && code === letters) return 0;
  if (code !== undefined && code.startsWith(letters)) return 1;
  if (code !== undefined && `${code}-${entry.label}`.startsWith(letters)) return 1;
  if (entry.label.startsWith(query)) return 2;
  if (entry.label.includes(query)) return 3;
  if (!/^[a-z]+$/.test(letters)) return undefined;
  const syllables = entry.pinyin.split(' ');
  const initials = syllables.map((s) => s.charAt(0)).join('');
  const full = syllables.join('');
  if (initials.startsWith(letters)) return 4;
  if (full.startsWith(letters)) return 5;
  if (initials.includes(letters)) return 6;
  if (full.includes(letters)) return 7;
  return undefined;
}

/**
 * Finds the entries of a code table for what a user typed, as the manual promises: "输入已知的相应数字、
 * 字母或汉字，迅速调出参数". Matches a code prefix ('86' → 8600, 8609), a Chinese substring ('打洛'),
 * pinyin initials ('dlhg') or full pinyin ('daluo'), case-insensitively; 'ü' is typed 'v'. An empty
 * query returns the whole table. Results keep table order within each kind of match.
 * @param table the entries, e.g. `CODE_TABLES.customsDistrict` or `DECLARATION_STATUSES`
 * @example searchCodes(CODE_TABLES.country, 'yn') // [{ code: '141', label: '越南', ... }]
 */
export function searchCodes<T extends SearchableEntry>(
  table: readonly T[],
  query: string,
  options: SearchCodesOptions = {},
): T[] {
  const trimmed = query.trim();
  if (trimmed === '') return table.slice(0, options.limit);
  const letters = trimmed.toLowerCase().replace(/\s+/g, '');
  const ranked: { entry: T; score: number; index: number }[] = [];
  table.forEach((entry, index) => {
    const score = rank(entry, trimmed, letters);
    if (score !== undefined) ranked.push({ entry, score, index });
  });
  ranked.sort((a, b) => a.score - b.score || a.index - b.index);
  return ranked.slice(0, options.limit).map((r) => r.entry);
}
