// PGlite's files for a page that runs the mock backend in IndexedDB (@hushi/mock-host/browser's
// openBrowserDatabase): the WebAssembly modules, the file-system bundle and a migrated empty database
// (template.tar.gz) so that a new page database starts without initdb. Served under /__hushi/pglite/.
import { readFileSync } from 'node:fs';
import { mkdir, writeFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { gzipSync } from 'node:zlib';
import { build } from 'esbuild';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');

/** The URL path the files are served under. */
export const PGLITE_ASSETS_PATH = '/__hushi/pglite/';

/**
 * The migrated empty database, made by the mock host's own code (bundled for Node with esbuild, as
 * this script runs without a TypeScript loader); kept in the temporary directory between runs.
 */
async function migratedTemplate() {
  const result = await build({
    entryPoints: [join(root, 'mock-host/src/database/memoryDatabase.ts')],
    bundle: true,
    write: false,
    format: 'esm',
    platform: 'node',
    target: 'node20',
    conditions: ['source'],
    external: ['@electric-sql/pglite'],
    logLevel: 'silent',
  });
  const file = join(root, '.tmp', 'pgliteTemplate.mjs');
  await mkdir(dirname(file), { recursive: true });
  await writeFile(file, result.outputFiles[0].text);
  const { migratedTemplate: template } = await import(pathToFileURL(file).href);
  // Mostly empty pages: 41 MB as a tar, a few as gzip.
  return gzipSync(Buffer.from(await (await template()).arrayBuffer()), { level: 1 });
}

/**
 * The files, by path under {@link PGLITE_ASSETS_PATH}: `[content type, bytes]`.
 * @returns {Promise<Map<string, [string, Buffer]>>}
 */
export async function pgliteAssets() {
  const dist = dirname(createRequire(import.meta.url).resolve('@electric-sql/pglite'));
  const file = (name) => readFileSync(join(dist, name));
  return new Map([
    ['pglite.wasm', ['application/wasm', file('pglite.wasm')]],
    ['initdb.wasm', ['application/wasm', file('initdb.wasm')]],
    ['pglite.data', ['application/octet-stream', file('pglite.data')]],
    ['template.tar.gz', ['application/gzip', await migratedTemplate()]],
  ]);
}
