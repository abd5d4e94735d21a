// A page that runs the mock host in the browser (MSW's service worker, the customs backend's PGlite on
// IndexedDB): its script bundled with esbuild and served with the worker script and PGlite's files.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { build } from 'esbuild';
import { PGLITE_ASSETS_PATH, pgliteAssets } from '../../scripts/pgliteAssets.mjs';
import { serveRoutes } from './staticServer';
import type { StaticServer } from './staticServer';

/**
 * Serves `/app.html`, which runs `pageScript` (ES module source, bundled for the browser from the
 * repository root, workspace packages from their sources), with `/mockServiceWorker.js` and
 * PGlite's files under `/__hushi/pglite/`.
 */
export async function serveMockHostPage(pageScript: string): Promise<StaticServer> {
  const bundle = await build({
    stdin: { contents: pageScript, resolveDir: process.cwd(), loader: 'js', sourcefile: 'page.js' },
    bundle: true,
    format: 'iife',
    platform: 'browser',
    conditions: ['source'],
    // Node built-ins that PGlite imports only when it runs in Node.
    external: ['node:*'],
    target: 'es2020',
    write: false,
    logLevel: 'silent',
  });
  const databaseFiles = Object.fromEntries(
    [...(await pgliteAssets())].map(([file, served]) => [`${PGLITE_ASSETS_PATH}${file}`, served]),
  );
  return serveRoutes({
    ...databaseFiles,
    '/app.js': ['text/javascript', bundle.outputFiles[0]?.text ?? ''],
    '/app.html': ['text/html', '<!doctype html><script src="/app.js"></script>'],
    '/mockServiceWorker.js': [
      'text/javascript',
      readFileSync(createRequire(import.meta.url).resolve('msw/mockServiceWorker.js'), 'utf8'),
    ],
  });
}
