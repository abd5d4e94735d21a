// The mock host in the H5 mini-app's page: the script that starts it (bundled from
// @hushi/mock-host/browser), MSW's service worker, the scenario page (/__mock) and PGlite's files.
// Both servers of the H5 app add these: h5Server.mjs to a finished build, h5DevServer.mjs to the
// dev server's build in memory.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';
import { PGLITE_ASSETS_PATH } from '../../scripts/pgliteAssets.mjs';

/** Where the page loads the mock host's script from. */
export const MOCK_HOST_SCRIPT_PATH = '/__hushi/mock-host.js';

/** The content type of an HTML page and of a script. */
export const HTML = 'text/html; charset=utf-8';
export const JAVASCRIPT = 'text/javascript; charset=utf-8';

/**
 * The esbuild entry of the script that starts the mock host in the page; the app waits for
 * `__HUSHI_HOST_READY__`.
 * @type {import('esbuild').BuildOptions}
 */
export const MOCK_HOST_ENTRY = {
  stdin: {
    contents:
      "import { hostFaceKeyFromUrl, startMockHostWorker } from '@hushi/mock-host/browser';\n" +
      // A web host embedding this page may hand over its face service key for the backend to trust.
      'window.__HUSHI_HOST_READY__ = startMockHostWorker({\n' +
      '  quiet: true,\n' +
      '  hostFaceKey: hostFaceKeyFromUrl(location.href),\n' +
      '});\n',
    resolveDir: fileURLToPath(new URL('.', import.meta.url)),
    loader: 'js',
  },
};

/**
 * The mock host's control page (scenarios): the mock host lives in the browser, so this page starts it
 * too, then asks it for its control page (served by the mock host's `/__mock` handler) and shows it.
 * Scenarios persist in localStorage, shared with the app's tab on reload.
 */
const CONTROL_PAGE_LOADER = `<!DOCTYPE html><meta charset="utf-8"><title>hushi mock host</title>
<script src="${MOCK_HOST_SCRIPT_PATH}"></script>
<script>
window.__HUSHI_HOST_READY__
  .then(() => fetch('/__mock'))
  .then((response) => response.text())
  .then((html) => { document.open(); document.write(html); document.close(); });
</script>`;

/**
 * The app's index.html with the mock host's script first in its head, so that the mock host starts
 * before the app's first request.
 * @param {string} indexHtml
 * @returns {string}
 */
export function withMockHost(indexHtml) {
  return indexHtml.replace('<head>', `<head><script src="${MOCK_HOST_SCRIPT_PATH}"></script>`);
}

/**
 * Answers the mock host's paths: its script, MSW's service worker, the scenario page, PGlite's files.
 * @param {{ script: () => string, databaseFiles: Map<string, [string, Buffer]> }} files the bundled
 *   script (the latest, when it is bundled again) and PGlite's files (pgliteAssets.mjs)
 * @returns {(path: string) => [string, string | Buffer] | undefined} `[content type, body]`, or
 *   undefined for a path that is not the mock host's
 */
export function mockHostFiles({ script, databaseFiles }) {
  const workerScript = readFileSync(createRequire(import.meta.url).resolve('msw/mockServiceWorker.js'));
  return (path) => {
    if (path === '/mockServiceWorker.js') return [JAVASCRIPT, workerScript];
    if (path === MOCK_HOST_SCRIPT_PATH) return [JAVASCRIPT, script()];
    if (path === '/__mock') return [HTML, CONTROL_PAGE_LOADER];
    if (path.startsWith(PGLITE_ASSETS_PATH)) return databaseFiles.get(path.slice(PGLITE_ASSETS_PATH.length));
    return undefined;
  };
}
