import { isCalendarDate } from '../chinaDay';
import { findCode } from '../codeTables/codeTables';
import type { FieldDefinition } from '../fieldDefinition';
import { validateAmount } from './validateAmount';
import { validateCreditCode } from './validateCreditCode';
import { validateIdNumber } from './validateIdNumber';
import { validatePieceCount } from './validatePieceCount';
import { validatePlateNumber } from './validatePlateNumber';
import { validateQuantity } from './validateQuantity';
import { validationMessage } from './validationMessages';
import { invalidResult, VALID_RESULT } from './validationResult';
import type { ValidationResult } from './validationResult';

/** One problem {@link validateFields} found. */
export interface FieldIssue {
  /** The field's key. */
  key: string;
  /** The field's label, as the manual writes it. */
  label: string;
  /** The message for the red bottom prompt. */
  message: string;
}

/** Options of {@link validateFields}. */
export interface ValidateFieldsOptions {
  /** "Now", for dates that may not be in the future (default: the current time). */
  now?: Date;
}

function isEmpty(value: unknown): boolean {
  return value === undefined || value === null || (typeof value === 'string' && value.trim() === '');
}

function validateFormat(
  field: FieldDefinition,
  value: string | number,
  options: ValidateFieldsOptions,
): ValidationResult {
  const { label } = field;
  if (field.format === 'positiveInteger') return validatePieceCount(value, label);
  if (typeof value !== 'string') return invalidResult(validationMessage('invalid', { label }));
  switch (field.format) {
    case 'quantity':
      return validateQuantity(value, label);
    case 'amount':
      return validateAmount(value, label);
    case 'idNumber':
      return validateIdNumber(value, options.now === undefined ? { label } : { label, now: options.now });
    case 'creditCode':
      return validateCreditCode(value, label);
    case 'plateNumber':
      return validatePlateNumber(value, label);
    case 'date': {
      const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value.trim());
      const ok = match !== null && isCalendarDate(Number(match[1]), Number(match[2]), Number(match[3]));
      return ok ? VALID_RESULT : invalidResult(validationMessage('invalidDate', { label }));
    }
    default:
      return VALID_RESULT;
  }
}

/**
 * Checks the client-writable fields of one record (a header, a goods line, a vehicle, …) against
 * their definitions: required fields (`*`) present, picked values in their code table, and formats
 * (身份证号, 件数, amounts, 车牌号, …). System-echo, account and derived fields are skipped: the client
 * does not write them. Returns every issue in field order, empty when all pass.
 * @example
 * validateFields(ENTRY_DECLARATION_FIELDS.header, { customsCode: '8609' })[0]
 * // { key: 'businessMode', label: '业务模式', message: '请选择业务模式' }
 */
export function validateFields<K extends string>(
  fields: readonly FieldDefinition<K>[],
  record: Readonly<Partial<Record<K, unknown>>>,
  options: ValidateFieldsOptions = {},
): FieldIssue[] {
  const issues: FieldIssue[] = [];
  for (const field of fields) {
    if (field.source !== 'input') continue;
    const { key, label } = field;
    const value = record[key];
    const issue = (message: string): void => {
      issues.push({ key, label, message });
    };
    if (isEmpty(value)) {
      if (field.required)
        issue(validationMessage(field.codeTable === undefined ? 'required' : 'requiredPick', { label }));
      continue;
    }
    if (typeof value !== 'string' && typeof value !== 'number') {
      issue(validationMessage('invalid', { label }));
      continue;
    }
    if (field.codeTable !== undefined) {
      if (findCode(field.codeTable, String(value)) === undefined)
        issue(validationMessage('invalidPick', { label }));
      continue;
    }
    const result = validateFormat(field, value, options);
    if (!result.valid) issue(result.message);
  }
  return issues;
}
