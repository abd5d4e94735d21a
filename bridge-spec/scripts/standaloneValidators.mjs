// Build-time helpers shared by the generators of bridge-spec and of the sdk (which depends on
// bridge-spec): ajv standalone compilation and the write-or-check of generated files.
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import Ajv from 'ajv';
import standaloneCode from 'ajv/dist/standalone/index.js';

/** Keywords whose value maps names to schemas: their keys are names, not keywords. */
const SCHEMA_MAPS = new Set(['properties', 'patternProperties', 'definitions', '$defs']);

/** A deep copy of `schema` without `title` and `description` (ajv embeds schemas it quotes in errors). */
export function withoutAnnotations(schema) {
  if (Array.isArray(schema)) return schema.map(withoutAnnotations);
  if (typeof schema !== 'object' || schema === null) return schema;
  const copy = {};
  for (const [key, value] of Object.entries(schema)) {
    if (key === 'title' || key === 'description') continue;
    copy[key] = SCHEMA_MAPS.has(key)
      ? Object.fromEntries(Object.entries(value).map(([name, sub]) => [name, withoutAnnotations(sub)]))
      : key === 'enum' || key === 'const'
        ? value
        : withoutAnnotations(value);
  }
  return copy;
}

/**
 * Compiles `schemas` into one ESM module of standalone validators, exported as `exportsMap` names
 * (name → schema `$id`). The output never compiles code at run time and needs no ajv runtime helper.
 * @param options.allErrors collect every problem (true) or stop at the first (false)
 * @param options.inlineRefs inline `$ref`d schemas (true) or share one function per schema (false)
 */
export function compileStandalone(schemas, exportsMap, { allErrors = false, inlineRefs = true } = {}) {
  // `unicode: false`: lengths count UTF-16 units, so the output needs no ucs2length helper.
  // `messages: false`: callers build their own text from keyword and params; this keeps bundles small.
  const ajv = new Ajv({
    code: { source: true, esm: true, lines: true },
    allErrors,
    inlineRefs,
    messages: false,
    strict: true,
    unicode: false,
    logger: {
      log: console.log,
      error: console.error,
      warn: (m) => String(m).includes('option unicode') || console.warn(m),
    },
  });
  // Annotations do not change validation; dropping them keeps them out of the shipped bundle.
  for (const schema of schemas) ajv.addSchema(withoutAnnotations(schema));
  const code = standaloneCode(ajv, exportsMap);
  if (/\brequire\(/.test(code))
    throw new Error('Standalone validators need a runtime helper; avoid that keyword.');
  return code;
}

/**
 * Writes each generated file (path below `root` → content) that differs from what is on disk; with
 * `check`, writes nothing and exits 1 naming the stale files (prefixed with `label`).
 */
export function writeGenerated(root, files, { check, label }) {
  const stale = [];
  for (const [path, content] of Object.entries(files)) {
    const full = join(root, path);
    const current = existsSync(full) ? readFileSync(full, 'utf8') : null;
    if (current === content) continue;
    if (check) stale.push(`${label}${path}`);
    else {
      mkdirSync(dirname(full), { recursive: true });
      writeFileSync(full, content);
      console.log(`wrote ${relative(process.cwd(), full)}`);
    }
  }
  if (stale.length) {
    console.error(`Out of date (run \`npm run generate\`): ${stale.join(', ')}`);
    process.exit(1);
  }
}
