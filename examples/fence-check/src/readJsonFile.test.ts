import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, it } from 'vitest';
import { isFenceCheckError } from './errors';
import { readJsonFile } from './readJsonFile';

const dir = mkdtempSync(join(tmpdir(), 'fence-check-'));
const file = (name: string, text: string): string => {
  const path = join(dir, name);
  writeFileSync(path, text);
  return path;
};

it('parses JSON and drops a byte-order mark', () => {
  expect(readJsonFile(file('bom.json', '\uFEFF{"type":"FeatureCollection"}'))).toEqual({
    type: 'FeatureCollection',
  });
});

it('names the line and column of a syntax error when V8 gives its position', () => {
  const path = file('bad.json', '{\n  "type": "FeatureCollection"\n  "features": []\n}');
  expect(() => readJsonFile(path)).toThrow(/bad.json is not valid JSON \(line 3, column 3\)/);
});

it('says UNREADABLE_FILE for a missing file or a directory', () => {
  for (const path of [join(dir, 'missing.json'), dir]) {
    try {
      readJsonFile(path);
      throw new Error('read');
    } catch (error) {
      expect(isFenceCheckError(error, 'UNREADABLE_FILE')).toBe(true);
    }
  }
});
