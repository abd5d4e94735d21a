// Serves the H5 build of the mini-app on 127.0.0.1 with the mock host running in the page: the mock
// host is bundled from @hushi/mock-host/browser and started (MSW service worker, the customs backend in
// PGlite on IndexedDB, its files under /__hushi/pglite/) before the app's first request
// (mockHostPage.mjs). Used by the Chromium end-to-end tests and to try a finished build
// (`npm run serve:h5`); `npm run dev` serves a watched build instead (h5DevServer.mjs).
import { readFileSync, existsSync } from 'node:fs';
import { extname, join, normalize } from 'node:path';
import { fileURLToPath } from 'node:url';
import { bundleForBrowser } from '../../scripts/bundleForBrowser.mjs';
import { pgliteAssets } from '../../scripts/pgliteAssets.mjs';
import { serveLoopback } from '../../scripts/serveLoopback.mjs';
import { HTML, JAVASCRIPT, MOCK_HOST_ENTRY, mockHostFiles, withMockHost } from './mockHostPage.mjs';

const here = fileURLToPath(new URL('.', import.meta.url));
/** The H5 build of `npm run build:h5` (or another, named by HUSHI_H5_DIST). */
export const H5_DIST = process.env.HUSHI_H5_DIST ?? join(here, '../dist/h5');

const CONTENT_TYPES = {
  '.html': HTML,
  '.js': JAVASCRIPT,
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json',
  '.png': 'image/png',
  '.svg': 'image/svg+xml',
  '.woff': 'font/woff',
  '.woff2': 'font/woff2',
  '.ttf': 'font/ttf',
};

/**
 * Starts the server. `port` 0 picks a free one.
 * @returns its URL and `close()`
 */
export async function startH5Server({ port = 0, host = '127.0.0.1' } = {}) {
  if (!existsSync(join(H5_DIST, 'index.html'))) {
    throw new Error(`No H5 build in ${H5_DIST}: run \`npm run build:h5 -w @hushi/miniapp\` first`);
  }
  const [script, databaseFiles] = await Promise.all([bundleForBrowser(MOCK_HOST_ENTRY), pgliteAssets()]);
  const mockHost = mockHostFiles({ script: () => script, databaseFiles });
  const indexHtml = withMockHost(readFileSync(join(H5_DIST, 'index.html'), 'utf8'));

  return serveLoopback(
    (path) => {
      if (path === '/' || path === '/index.html') return [HTML, indexHtml];
      const found = mockHost(path);
      if (found) return found;
      const file = normalize(join(H5_DIST, path));
      if (file.startsWith(H5_DIST) && existsSync(file) && extname(file)) {
        return [CONTENT_TYPES[extname(file)] ?? 'application/octet-stream', readFileSync(file)];
      }
      return undefined;
    },
    { port, host },
  );
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  const { url } = await startH5Server({ port: Number(process.env.PORT ?? 10086) });
  console.log(`hushi mini-app (H5) with the mock host in the page: ${url}`);
  console.log(`  mock host controls (scenarios: location, face, login, host, person): ${url}__mock`);
}
