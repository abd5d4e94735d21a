import type { FieldDefinition } from '@hushi/sdk';

/** One record of the form (the header, a goods line, a vehicle, …): every field's text by key. */
export type FormRecord = Record<string, string>;

/** Fields whose wire value is a number (the line numbers); every other value travels as text. */
const NUMERIC_KEYS: ReadonlySet<string> = new Set(['lineNo', 'goodsLineNo']);

/**
 * What the client sends of one record: the client-writable fields the user filled, trimmed; an empty
 * optional field is left out, an empty required one is sent empty so that the validators name it.
 */
export function recordToWire(
  fields: readonly FieldDefinition[],
  record: Readonly<FormRecord>,
): Record<string, string | number> {
  const wire: Record<string, string | number> = {};
  for (const field of fields) {
    if (field.source !== 'input') continue;
    const text = (record[field.key] ?? '').trim();
    if (text === '' && !field.required) continue;
    wire[field.key] = NUMERIC_KEYS.has(field.key) && /^\d+$/.test(text) ? Number(text) : text;
  }
  return wire;
}

/** A record as the form holds it: every value the backend returned, as text (null and absent → absent). */
export function wireToRecord(wire: object): FormRecord {
  const record: FormRecord = {};
  for (const [key, value] of Object.entries(wire)) {
    if (typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean')
      record[key] = String(value);
  }
  return record;
}

/** An amount in cents as the form shows it, two decimals: 12345 → '123.45'. */
export function formatCents(cents: number): string {
  const sign = cents < 0 ? '-' : '';
  const abs = Math.abs(cents);
  return `${sign}${Math.trunc(abs / 100)}.${String(abs % 100).padStart(2, '0')}`;
}
