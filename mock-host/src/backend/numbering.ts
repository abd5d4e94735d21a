import type { DeclarationKind } from '@hushi/sdk';

/** The type digits of a 预录入编号: 01 进境, 03 进口 (DOMAIN.md, inferred from the manual's examples). */
export const PRE_ENTRY_TYPE_CODES: Readonly<Record<DeclarationKind, string>> = { entry: '01', import: '03' };

/**
 * A 预录入编号: year (4) + type (2: 01 进境, 03 进口) + a 12-digit sequence.
 * @example preEntryNumber(2022, 'entry', 3569) // '202201000000003569'
 */
export function preEntryNumber(year: number, kind: DeclarationKind, sequence: number): string {
  return `${String(year).padStart(4, '0')}${PRE_ENTRY_TYPE_CODES[kind]}${String(sequence).padStart(12, '0')}`;
}

/**
 * A customs 申报单编号: 关区 (4) + 1 digit (0 进境, 1 进口, inferred) + YYMMDD + 7-digit sequence.
 * @param day the China day 'YYYY-MM-DD' customs accepted it
 * @example declarationNumber('8609', 'entry', '2022-08-10', 1100002) // '860902208101100002'
 */
export function declarationNumber(
  customsCode: string,
  kind: DeclarationKind,
  day: string,
  sequence: number,
): string {
  const yymmdd = day.slice(2).replace(/-/g, '');
  return `${customsCode}${kind === 'entry' ? '0' : '1'}${yymmdd}${String(sequence).padStart(7, '0')}`;
}

/** Where the sequences of a {@link Numbering} stand: the last number handed out of each. */
export interface NumberingPosition {
  preEntry: number;
  customs: number;
}

/** Hands out increasing sequence numbers per kind, so two declarations never share a number. */
export interface Numbering {
  /** The next 预录入编号 of `kind` in `year`. */
  nextPreEntryNumber(year: number, kind: DeclarationKind): string;
  /** The next customs 申报单编号. */
  nextDeclarationNumber(customsCode: string, kind: DeclarationKind, day: string): string;
  /** Where the sequences stand, to continue them after a restart. */
  position(): NumberingPosition;
}

/** Where a new {@link Numbering} starts: past zero, so seed data looks lived-in. */
export const FIRST_NUMBERING_POSITION: Readonly<NumberingPosition> = { preEntry: 3500, customs: 1_100_000 };

/** Creates a {@link Numbering} whose sequences continue after `start`. */
export function createNumbering(start: NumberingPosition = FIRST_NUMBERING_POSITION): Numbering {
  let { preEntry, customs } = start;
  return {
    nextPreEntryNumber: (year, kind) => preEntryNumber(year, kind, ++preEntry),
    nextDeclarationNumber: (customsCode, kind, day) => declarationNumber(customsCode, kind, day, ++customs),
    position: () => ({ preEntry, customs }),
  };
}
