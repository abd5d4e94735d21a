import { ENTRY_DECLARATION_FIELDS } from '../entryDeclarationFields';
import type { EntryDeclarationInput } from '../entryDeclaration';
import type { FieldDefinition } from '../fieldDefinition';
import { IMPORT_DECLARATION_FIELDS } from '../importDeclarationFields';
import type { ImportDeclarationInput } from '../importDeclaration';
import { validateFields } from './validateFields';
import type { FieldIssue, ValidateFieldsOptions } from './validateFields';
import { validateLineTotal } from './validateLineTotal';
import { validateQuotaTotal } from './validateQuotaTotal';

/** A part of a declaration: its header or one of its lists. */
export type DeclarationPart =
  'header' | 'goods' | 'qualifications' | 'vehicles' | 'attachments' | 'entrustedResidents';

/** One problem of a declaration, located by part and, for a list, line index (0-based). */
export interface DeclarationIssue extends FieldIssue {
  part: DeclarationPart;
  index?: number;
}

function collect<K extends string>(
  issues: DeclarationIssue[],
  part: DeclarationPart,
  fields: readonly FieldDefinition<K>[],
  records: readonly Readonly<Partial<Record<K, unknown>>>[],
  options: ValidateFieldsOptions,
): void {
  records.forEach((record, index) => {
    for (const issue of validateFields(fields, record, options)) issues.push({ ...issue, part, index });
  });
}

/**
 * The field rules of a whole 进境申报单 or 进口申报单 as a client sends it: {@link validateFields} on
 * the header and on every line of every part, 申报总价 = 申报数量 × 申报单价 on every goods line whose
 * fields passed, and the 边民申报额度 total. Structural checks (types, unknown keys) are the JSON
 * Schema's, not this function's. Returns every issue, empty when all pass.
 */
export function validateDeclarationInput(
  input: EntryDeclarationInput | ImportDeclarationInput,
  options: ValidateFieldsOptions = {},
): DeclarationIssue[] {
  const issues: DeclarationIssue[] = [];
  const fields = input.kind === 'entry' ? ENTRY_DECLARATION_FIELDS : IMPORT_DECLARATION_FIELDS;
  for (const issue of validateFields<string>(fields.header, { ...input.header }, options)) {
    issues.push({ ...issue, part: 'header' });
  }
  collect(issues, 'goods', fields.goods, input.goods, options);
  if (input.kind === 'entry') {
    collect(issues, 'qualifications', ENTRY_DECLARATION_FIELDS.qualifications, input.qualifications, options);
    collect(issues, 'vehicles', ENTRY_DECLARATION_FIELDS.vehicles, input.vehicles, options);
    collect(issues, 'attachments', ENTRY_DECLARATION_FIELDS.attachments, input.attachments, options);
  }
  collect(issues, 'entrustedResidents', fields.entrustedResidents, input.entrustedResidents, options);
  input.goods.forEach((line, index) => {
    if (issues.some((i) => i.part === 'goods' && i.index === index)) return;
    const result = validateLineTotal(line);
    if (!result.valid)
      issues.push({ part: 'goods', index, key: 'totalPrice', label: '申报总价', message: result.message });
  });
  const quotas = validateQuotaTotal(input.goods, input.entrustedResidents);
  if (!quotas.valid) {
    issues.push({ part: 'entrustedResidents', key: 'quota', label: '边民申报额度', message: quotas.message });
  }
  return issues;
}
