// The field tables are the single source of truth for labels and `*`: the hand-written JSON Schemas
// must require exactly the fields the tables mark required, and know no field the tables do not.
import { readFileSync } from 'node:fs';
import { expect, it } from 'vitest';
import {
  ATTACHED_DOCUMENT_FIELDS,
  ENTRUSTED_RESIDENT_FIELDS,
  ENTRY_DECLARATION_FIELDS,
  GOODS_LINE_FIELDS,
  GOODS_QUALIFICATION_FIELDS,
  IMPORT_DECLARATION_FIELDS,
  VEHICLE_FIELDS,
} from '../src/declaration/index';
import type { FieldDefinition } from '../src/declaration/index';

interface ObjectSchema {
  required: string[];
  properties: Record<string, unknown>;
}

const schema = (name: string): ObjectSchema =>
  JSON.parse(readFileSync(new URL(`../schemas/${name}.json`, import.meta.url), 'utf8')) as ObjectSchema;

const TABLES: readonly (readonly [string, readonly FieldDefinition[]])[] = [
  ['entryDeclarationHeader', ENTRY_DECLARATION_FIELDS.header],
  ['importDeclarationHeader', IMPORT_DECLARATION_FIELDS.header],
  ['goodsLine', GOODS_LINE_FIELDS],
  ['goodsQualification', GOODS_QUALIFICATION_FIELDS],
  ['vehicleInfo', VEHICLE_FIELDS],
  ['attachedDocument', ATTACHED_DOCUMENT_FIELDS],
  ['entrustedResident', ENTRUSTED_RESIDENT_FIELDS],
];

it.each(TABLES)('%s.json requires exactly the fields its table marks with *', (name, fields) => {
  const required = fields.filter((f) => f.required).map((f) => f.key);
  expect([...schema(name).required].sort()).toEqual([...required].sort());
});

it.each(TABLES)('%s.json accepts every input field of its table and no unknown field', (name, fields) => {
  const properties = Object.keys(schema(name).properties);
  const input = fields.filter((f) => f.source === 'input').map((f) => f.key);
  expect(properties).toEqual(expect.arrayContaining(input));
  for (const key of properties) expect(fields.map((f) => f.key)).toContain(key);
});

it('each document schema lists exactly the parts of its field table, plus its kind', () => {
  for (const [name, fields] of [
    ['entryDeclarationInput', ENTRY_DECLARATION_FIELDS],
    ['importDeclarationInput', IMPORT_DECLARATION_FIELDS],
  ] as const) {
    expect(schema(name).required.sort()).toEqual(['kind', ...Object.keys(fields)].sort());
  }
});
