// Serves the H5 build of the mini-app on 127.0.0.1 with the mock host running in the page: the mock
// host is bundled from @hushi/mock-host/browser and started (MSW service worker, the customs backend in
// PGlite on IndexedDB, its files under /__hushi/pglite/) before the app's first request. Used by `npm run dev` and by the Chromium end-to-end tests.
import { readFileSync, existsSync } from 'node:fs';
import { createRequire } from 'node:module';
import { extname, join, normalize } from 'node:path';
import { fileURLToPath } from 'node:url';
import { bundleForBrowser } from '../../scripts/bundleForBrowser.mjs';
import { PGLITE_ASSETS_PATH, pgliteAssets } from '../../scripts/pgliteAssets.mjs';
import { serveLoopback } from '../../scripts/serveLoopback.mjs';

const here = fileURLToPath(new URL('.', import.meta.url));
/** The H5 build of `npm run build:h5` (or another, named by HUSHI_H5_DIST). */
export const H5_DIST = process.env.HUSHI_H5_DIST ?? join(here, '../dist/h5');

const CONTENT_TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json',
  '.png': 'image/png',
  '.svg': 'image/svg+xml',
  '.woff': 'font/woff',
  '.woff2': 'font/woff2',
  '.ttf': 'font/ttf',
};

/** The script that starts the mock host in the page; the app waits for `__HUSHI_HOST_READY__`. */
function bundleMockHost() {
  return bundleForBrowser({
    stdin: {
      contents:
        "import { hostFaceKeyFromUrl, startMockHostWorker } from '@hushi/mock-host/browser';\n" +
        // A web host embedding this page may hand over its face service key for the backend to trust.
        'window.__HUSHI_HOST_READY__ = startMockHostWorker({\n' +
        '  quiet: true,\n' +
        '  hostFaceKey: hostFaceKeyFromUrl(location.href),\n' +
        '});\n',
      resolveDir: here,
      loader: 'js',
    },
  });
}

/**
 * The mock host's control page (scenarios) for the H5 dev build: the mock host lives in the browser, so
 * this page starts it too, then asks it for its control page (served by the mock host's `/__mock`
 * handler) and shows it. Scenarios persist in localStorage, shared with the app's tab on reload.
 */
const CONTROL_PAGE_LOADER = `<!DOCTYPE html><meta charset="utf-8"><title>hushi mock host</title>
<script src="/__hushi/mock-host.js"></script>
<script>
window.__HUSHI_HOST_READY__
  .then(() => fetch('/__mock'))
  .then((response) => response.text())
  .then((html) => { document.open(); document.write(html); document.close(); });
</script>`;

/**
 * Starts the server. `port` 0 picks a free one.
 * @returns its URL and `close()`
 */
export async function startH5Server({ port = 0, host = '127.0.0.1' } = {}) {
  if (!existsSync(join(H5_DIST, 'index.html'))) {
    throw new Error(`No H5 build in ${H5_DIST}: run \`npm run build:h5 -w @hushi/miniapp\` first`);
  }
  const require = createRequire(import.meta.url);
  const workerScript = readFileSync(require.resolve('msw/mockServiceWorker.js'));
  const [mockHostScript, databaseFiles] = await Promise.all([bundleMockHost(), pgliteAssets()]);
  const indexHtml = readFileSync(join(H5_DIST, 'index.html'), 'utf8').replace(
    '<head>',
    '<head><script src="/__hushi/mock-host.js"></script>',
  );

  return serveLoopback(
    (path) => {
      if (path === '/' || path === '/index.html') return [CONTENT_TYPES['.html'], indexHtml];
      if (path === '/mockServiceWorker.js') return [CONTENT_TYPES['.js'], workerScript];
      if (path === '/__hushi/mock-host.js') return [CONTENT_TYPES['.js'], mockHostScript];
      if (path === '/__mock') return [CONTENT_TYPES['.html'], CONTROL_PAGE_LOADER];
      if (path.startsWith(PGLITE_ASSETS_PATH))
        return databaseFiles.get(path.slice(PGLITE_ASSETS_PATH.length));
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
