import type { PickerEntry } from '../stores/DeclarationForm';

/**
 * The entry a picker highlights before the user moves through the list: the first one found when it is
 * exactly what was typed, its code ('4', 'cny' for 'CNY') or its label ('打洛海关'), the "已知的相应数字、
 * 字母或汉字" of the manual; `undefined` otherwise.
 */
export function exactMatchIndex(found: readonly PickerEntry[], query: string): number | undefined {
  const typed = query.trim().toLowerCase();
  const first = found[0];
  if (typed === '' || first === undefined) return undefined;
  return first.code.toLowerCase() === typed || first.label === query.trim() ? 0 : undefined;
}

/**
 * What 回车 in the picker's search picks: the highlighted entry, else the only one found; `undefined`
 * (nothing happens) when several are found and none is highlighted.
 */
export function entryOnEnter(
  found: readonly PickerEntry[],
  highlighted: number | undefined,
): PickerEntry | undefined {
  if (highlighted !== undefined && found[highlighted] !== undefined) return found[highlighted];
  return found.length === 1 ? found[0] : undefined;
}

/**
 * The highlight after an arrow key: ↓ (`step` 1) from nothing highlighted goes to the first entry, ↑
 * (`step` -1) to the last; it wraps around.
 */
export function movedHighlight(current: number | undefined, count: number, step: 1 | -1): number | undefined {
  if (count === 0) return undefined;
  if (current === undefined) return step === 1 ? 0 : count - 1;
  return (current + step + count) % count;
}
