import type { EntryDeclarationInput } from '../entryDeclaration';
import { DECLARATION_LAYOUTS, LIST_TITLES } from '../declarationLayout';
import type { FieldDefinition } from '../fieldDefinition';
import {
  validateEntryDeclarationInputSchema,
  validateGoodsLineSchema,
  validateImportDeclarationInputSchema,
} from '../generated/validators.js';
import type { CompiledValidator, SchemaError } from '../generated/validators.js';
import { GOODS_LINE_FIELDS } from '../goodsLineFields';
import type { ImportDeclarationInput } from '../importDeclaration';
import { validateDeclarationInput } from './validateDeclarationInput';
import type { DeclarationIssue, DeclarationPart } from './validateDeclarationInput';
import type { ValidateFieldsOptions } from './validateFields';
import { validateFields } from './validateFields';
import { validateLineTotal } from './validateLineTotal';
import { validationMessage } from './validationMessages';
import { isRecord } from '../../isRecord';

/** What {@link validateDeclarationSchema} checks: a whole 进境申报单, a whole 进口申报单, or one goods line. */
export type SchemaKind = 'entry' | 'import' | 'goodsLine';

/** One problem of a declaration with the path of its field, e.g. `goods[3].quantity`. */
export interface DeclarationFieldError {
  /**
   * Where the problem is: `header.customsCode`, `goods[3].quantity`, `entrustedResidents.quota` (the
   * list as a whole), `goods` (the list itself); for a goods line alone, just the key (`quantity`).
   */
  path: string;
  /** The part of the declaration (absent for a goods line alone and for the document's own keys). */
  part?: DeclarationPart;
  /** The line index in its list, 0-based. */
  index?: number;
  /** The field's key (or the part's, for a problem of a whole list). */
  key: string;
  /** The field's label as the manual writes it (or the tab's, for a whole list). */
  label: string;
  /** The message for the red bottom prompt. */
  message: string;
}

const VALIDATORS: Readonly<Record<SchemaKind, CompiledValidator>> = {
  entry: validateEntryDeclarationInputSchema,
  import: validateImportDeclarationInputSchema,
  goodsLine: validateGoodsLineSchema,
};

/** The screen name of each part, for a problem of a whole list. */
/** What a part is called in a message: the header as its tab, a list by its title. */
const PART_LABELS: Readonly<Record<DeclarationPart, string>> = { header: '基本信息', ...LIST_TITLES };

function isPart(name: string | undefined): name is DeclarationPart {
  return name !== undefined && Object.prototype.hasOwnProperty.call(PART_LABELS, name);
}

/** `goods`, 3, `quantity` → `goods[3].quantity`. */
function formatPath(part: string | undefined, index: number | undefined, key: string | undefined): string {
  const base = (part ?? '') + (index === undefined ? '' : `[${index}]`);
  if (key === undefined) return base;
  return base === '' ? key : `${base}.${key}`;
}

/** Where an ajv error points, as part, index, key and the key's field definition. */
function locate(
  kind: SchemaKind,
  error: SchemaError,
): Omit<DeclarationFieldError, 'message'> & {
  field?: FieldDefinition;
} {
  const segments = error.instancePath.split('/').slice(1);
  const extra = error.params.missingProperty ?? error.params.additionalProperty;
  if (typeof extra === 'string') segments.push(extra);
  if (kind === 'goodsLine') {
    const key = segments[0] ?? '';
    const field = GOODS_LINE_FIELDS.find((f) => f.key === key);
    return { path: key, key, label: field?.label ?? (key || PART_LABELS.goods), ...(field ? { field } : {}) };
  }
  const [first, second, third] = segments;
  if (!isPart(first)) {
    const key = first ?? '';
    return { path: key, key, label: key === 'kind' ? '申报单类型' : key || '申报单' };
  }
  const part = first;
  const isList = part !== 'header';
  const index = isList && second !== undefined ? Number(second) : undefined;
  const key = isList ? third : second;
  if (key === undefined) {
    return {
      path: formatPath(part, index, undefined),
      part,
      ...(index === undefined ? {} : { index }),
      key: part,
      label: PART_LABELS[part],
    };
  }
  const field = DECLARATION_LAYOUTS[kind].fields[part]?.find((f) => f.key === key);
  return {
    path: formatPath(part, index, key),
    part,
    ...(index === undefined ? {} : { index }),
    key,
    label: field?.label ?? key,
    ...(field ? { field } : {}),
  };
}

/** The Chinese message of one ajv error, from {@link validationMessage}. */
function messageOf(error: SchemaError, label: string, field: FieldDefinition | undefined): string {
  const picked = field?.codeTable !== undefined;
  const limit = String(error.params.limit);
  switch (error.keyword) {
    case 'required':
    case 'minLength':
      return validationMessage(picked ? 'requiredPick' : 'required', { label });
    case 'maxLength':
      return validationMessage('tooLong', { label, limit });
    case 'maxItems':
      return validationMessage('tooMany', { label, limit });
    case 'additionalProperties':
      return validationMessage('notWritable', { label });
    default:
      if (field?.format === 'date') return validationMessage('invalidDate', { label });
      return validationMessage(picked ? 'invalidPick' : 'invalid', { label });
  }
}

/** Whether the cross-field rules can run on `input` without meeting a value of the wrong shape. */
function isWalkable(kind: 'entry' | 'import', input: Record<string, unknown>): boolean {
  if (!isRecord(input.header)) return false;
  for (const list of DECLARATION_LAYOUTS[kind].lists) {
    const lines = input[list];
    if (!Array.isArray(lines) || !lines.every(isRecord)) return false;
  }
  const goods = input.goods as Record<string, unknown>[];
  const residents = input.entrustedResidents as Record<string, unknown>[];
  return (
    goods.every((line) =>
      ['quantity', 'unitPrice', 'totalPrice'].every((k) => typeof line[k] === 'string'),
    ) && residents.every((resident) => typeof resident.quota === 'string')
  );
}

function fromIssue(issue: DeclarationIssue): DeclarationFieldError {
  const { part, index, key, label, message } = issue;
  const path = formatPath(part, index, key);
  return index === undefined
    ? { path, part, key, label, message }
    : { path, part, index, key, label, message };
}

/** The cross-field rules of `input`, as {@link DeclarationFieldError}s. */
function crossFieldErrors(
  kind: SchemaKind,
  input: unknown,
  options: ValidateFieldsOptions,
): DeclarationFieldError[] {
  if (!isRecord(input)) return [];
  if (kind === 'goodsLine') {
    const errors: DeclarationFieldError[] = validateFields(GOODS_LINE_FIELDS, input, options).map((i) => ({
      path: i.key,
      ...i,
    }));
    const { quantity, unitPrice, totalPrice } = input;
    if (
      errors.length === 0 &&
      typeof quantity === 'string' &&
      typeof unitPrice === 'string' &&
      typeof totalPrice === 'string'
    ) {
      const result = validateLineTotal({ quantity, unitPrice, totalPrice });
      if (!result.valid)
        errors.push({ path: 'totalPrice', key: 'totalPrice', label: '申报总价', message: result.message });
    }
    return errors;
  }
  if (!isWalkable(kind, input)) return [];
  // The schema has vouched for the shape the rules read; unknown extra keys are the schema's to report.
  const declaration = { ...input, kind } as unknown as EntryDeclarationInput | ImportDeclarationInput;
  return validateDeclarationInput(declaration, options).map(fromIssue);
}

/**
 * Every problem of a 进境申报单, a 进口申报单 or one goods line as a client sends it, in one call: the
 * JSON Schema compiled at build time (shape, types, `*` fields, lengths, fields the client may not
 * write), then the field and cross-field rules of {@link validateDeclarationInput} (code tables,
 * formats, 申报总价 = 申报数量 × 申报单价, 边民申报额度 total). Each problem carries its field path and the
 * Chinese message of the red bottom prompt; one problem per path, schema first. Empty when valid.
 * @param kind what `input` is
 * @param input the untrusted value (a form's state, or a request body on the backend)
 * @example
 * validateDeclarationSchema('entry', draft).find((e) => e.path === 'goods[3].quantity')?.message
 * // '请输入申报数量'
 */
export function validateDeclarationSchema(
  kind: SchemaKind,
  input: unknown,
  options: ValidateFieldsOptions = {},
): DeclarationFieldError[] {
  const byPath = new Map<string, DeclarationFieldError>();
  const validate = VALIDATORS[kind];
  if (!validate(input)) {
    for (const error of validate.errors ?? []) {
      const { field, ...where } = locate(kind, error);
      if (!byPath.has(where.path))
        byPath.set(where.path, { ...where, message: messageOf(error, where.label, field) });
    }
  }
  for (const error of crossFieldErrors(kind, input, options)) {
    if (!byPath.has(error.path)) byPath.set(error.path, error);
  }
  return [...byPath.values()];
}

/** The schema keywords a 暂存 must satisfy: the declaration's shape and bounds, not yet its values' rules. */
const DRAFT_SHAPE_KEYWORDS: ReadonlySet<string> = new Set([
  'type',
  'const',
  'maxLength',
  'maxItems',
  'additionalProperties',
]);

/** Whether an ajv `instancePath` names an empty (`null`) field of the header or of a line, not a part or a line. */
function isEmptyField(input: unknown, instancePath: string): boolean {
  const segments = instancePath.split('/').slice(1);
  const isField = segments.length === (segments[0] === 'header' ? 2 : 3);
  let value = input;
  for (const segment of segments) {
    if (typeof value !== 'object' || value === null) return false;
    value = (value as Record<string, unknown>)[segment];
  }
  return isField && value === null;
}

/**
 * What is wrong with the shape of a 暂存 (draft), so that what is stored always reads back: a draft may
 * be incomplete — no field of the header or a line is required and no value is checked against its
 * rules (申报 does that), an empty field may be `null` — but it is a declaration of its kind: `header`
 * and every list present, each line a record of the schema's fields, strings and lists within the
 * schema's lengths, nothing the client may not write. Empty when the draft may be stored.
 * @example validateDraftShape('entry', { kind: 'entry', header: {} })
 * // [{ path: 'goods', … }, …] — every list must be present
 */
export function validateDraftShape(
  kind: 'entry' | 'import',
  input: unknown,
): Omit<DeclarationFieldError, 'part' | 'index' | 'key' | 'label'>[] {
  const validate = VALIDATORS[kind];
  if (validate(input)) return [];
  const byPath = new Map<string, string>();
  for (const error of validate.errors ?? []) {
    const shape =
      (error.keyword === 'required' && error.instancePath === '') ||
      (DRAFT_SHAPE_KEYWORDS.has(error.keyword) &&
        !(error.keyword === 'type' && isEmptyField(input, error.instancePath)));
    if (!shape) continue;
    const { field, path, label } = locate(kind, error);
    if (!byPath.has(path)) byPath.set(path, messageOf(error, label, field));
  }
  return [...byPath].map(([path, message]) => ({ path, message }));
}
