#!/usr/bin/env node
// `npm pack` / `npm publish` of sdk and bridge-spec: `prepack` runs `strip`, `postpack` `restore`.
// In the repository each export has a `source` condition, so that tests, benchmarks and the mini-app's
// build read the TypeScript sources; a published package ships only `dist`, so the packed manifest
// leaves that condition out, with the scripts and dev dependencies that only serve the repository.
import { existsSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const MANIFEST = 'package.json';
const KEPT = `${MANIFEST}.repository`;

/** `value` without its `source` conditions, at any depth. */
function withoutSource(value) {
  if (typeof value !== 'object' || value === null) return value;
  return Object.fromEntries(
    Object.entries(value)
      .filter(([key]) => key !== 'source')
      .map(([key, inner]) => [key, withoutSource(inner)]),
  );
}

/** The manifest as published, from the repository's one. */
export function packedManifest(manifest) {
  const published = { ...manifest, exports: withoutSource(manifest.exports) };
  delete published.scripts;
  delete published.devDependencies;
  return published;
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const [command] = process.argv.slice(2);
  if (command === 'strip') {
    if (existsSync(KEPT)) throw new Error(`${KEPT} exists: a previous pack did not restore the manifest`);
    const text = readFileSync(MANIFEST, 'utf8');
    writeFileSync(KEPT, text);
    writeFileSync(MANIFEST, `${JSON.stringify(packedManifest(JSON.parse(text)), null, 2)}\n`);
  } else if (command === 'restore') {
    if (existsSync(KEPT)) renameSync(KEPT, MANIFEST);
  } else {
    console.error('usage: packManifest.mjs strip|restore');
    process.exit(2);
  }
}
