import type { ValidationIssue } from '../generated/validators.js';
import { readPointer } from './readPointer';

/** `value` as short JSON for a reason: at most `max` characters. */
export function preview(value: unknown, max = 80): string {
  let text: string;
  try {
    // JSON.stringify gives undefined for undefined, functions and symbols.
    text = value === undefined || typeof value === 'function' ? typeof value : JSON.stringify(value);
  } catch {
    text = typeof value;
  }
  return text.length > max ? `${text.slice(0, max - 1)}…` : text;
}

const list = (values: unknown): string =>
  Array.isArray(values) ? values.map((v) => preview(v)).join(', ') : preview(values);

/**
 * One validator problem as readable English, naming where it is and what was there, e.g.
 * `/ticket must be string (got true)`. `data` is what was validated; `prefix` is put before the path.
 */
export function describeIssue(issue: ValidationIssue, data: unknown, prefix = ''): string {
  const where = `${prefix}${issue.instancePath}` || '(the whole message)';
  const got = ` (got ${preview(readPointer(data, issue.instancePath))})`;
  const p = issue.params;
  switch (issue.keyword) {
    case 'required':
      return `${where} lacks required field "${String(p.missingProperty)}"`;
    case 'additionalProperties':
      return `${where} has a field the schema does not allow: "${String(p.additionalProperty)}"`;
    case 'type':
      return `${where} must be ${list(p.type)}${got}`;
    case 'enum':
      return `${where} must be one of ${list(p.allowedValues)}${got}`;
    case 'const':
      return `${where} must be ${preview(p.allowedValue)}${got}`;
    case 'pattern':
      return `${where} must match ${String(p.pattern)}${got}`;
    case 'minimum':
    case 'maximum':
    case 'exclusiveMinimum':
    case 'exclusiveMaximum':
    case 'minLength':
    case 'maxLength':
    case 'minItems':
    case 'maxItems':
      return `${where} breaks ${issue.keyword} ${preview(p.limit)}${got}`;
    default:
      return `${where} breaks the schema's ${issue.keyword} rule${got}`;
  }
}

/**
 * The most telling problem of a failed validation: for a `oneOf` (the response envelope) the first
 * problem of the branch the message claims (`ok: true` → success, `ok: false` → failure).
 */
export function describeIssues(
  issues: readonly ValidationIssue[] | null | undefined,
  data: unknown,
  prefix = '',
): string {
  if (!issues || issues.length === 0) return 'it does not match its schema';
  const ok = (data as { ok?: unknown } | null)?.ok;
  const branch = ok === true ? '#/oneOf/0/' : ok === false ? '#/oneOf/1/' : null;
  const chosen =
    (branch ? issues.find((issue) => issue.schemaPath.startsWith(branch)) : undefined) ??
    issues.find((issue) => issue.keyword !== 'oneOf') ??
    issues[0];
  return chosen ? describeIssue(chosen, data, prefix) : 'it does not match its schema';
}
