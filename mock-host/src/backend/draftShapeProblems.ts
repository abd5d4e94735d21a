import type { DeclarationKind } from '@hushi/sdk';
import type { FailureFieldError } from './backendFailure';
import { isRecord } from '../isRecord';

/** The lists of each kind's input (besides `header`), as `EntryDeclarationInput`/`ImportDeclarationInput` have them. */
const LISTS: Readonly<Record<DeclarationKind, readonly string[]>> = {
  entry: ['goods', 'qualifications', 'vehicles', 'attachments', 'entrustedResidents'],
  import: ['goods', 'entrustedResidents'],
};

/** A field value a draft may hold: text, a number (line numbers), or nothing yet. */
const isFieldValue = (value: unknown): boolean =>
  value === undefined || value === null || typeof value === 'string' || typeof value === 'number';

function fieldProblems(record: Record<string, unknown>, path: string): FailureFieldError[] {
  return Object.entries(record)
    .filter(([, value]) => !isFieldValue(value))
    .map(([key]) => ({ path: `${path}.${key}`, message: '暂存内容格式有误' }));
}

/**
 * What is wrong with the shape of a 暂存 (draft): a draft may be incomplete, so no field is required and
 * no value is checked against its rules (申报 does that), but it must be a declaration of its kind — a
 * `header` of field values and lists of records of field values — so that 详情, 修改 and 复制 can read it.
 */
export function draftShapeProblems(
  kind: DeclarationKind,
  input: Record<string, unknown>,
): FailureFieldError[] {
  if (!isRecord(input.header)) return [{ path: 'header', message: '暂存内容格式有误' }];
  const problems = fieldProblems(input.header, 'header');
  for (const list of LISTS[kind]) {
    const items = input[list];
    if (items === undefined) continue;
    if (!Array.isArray(items)) {
      problems.push({ path: list, message: '暂存内容格式有误' });
      continue;
    }
    items.forEach((item: unknown, index) => {
      if (isRecord(item)) problems.push(...fieldProblems(item, `${list}[${index}]`));
      else problems.push({ path: `${list}[${index}]`, message: '暂存内容格式有误' });
    });
  }
  return problems;
}
