import type { DeclarationKind } from '@hushi/sdk';
import type { Sql } from '../database/sqlDatabase';
import { nextSequence } from './declarationStore';

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

/** The next 预录入编号 of `kind` in `year`, from the database's sequence: never handed out twice. */
export async function nextPreEntryNumber(sql: Sql, year: number, kind: DeclarationKind): Promise<string> {
  return preEntryNumber(year, kind, await nextSequence(sql, 'pre_entry_sequence'));
}

/** The next customs 申报单编号, from the database's sequence. */
export async function nextDeclarationNumber(
  sql: Sql,
  customsCode: string,
  kind: DeclarationKind,
  day: string,
): Promise<string> {
  return declarationNumber(customsCode, kind, day, await nextSequence(sql, 'customs_sequence'));
}
