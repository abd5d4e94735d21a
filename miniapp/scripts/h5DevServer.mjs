// The dev server of `npm run dev`: Taro's H5 watch (`taro build --type h5 --watch`) runs webpack-dev-server
// with these options (miniapp/config/index.ts). It keeps the build in memory, rebuilds what a change
// touches and updates the page (React Fast Refresh, or a reload when a change cannot be applied in
// place). To that it adds the mock host in the page (mockHostPage.mjs), whose script is bundled again
// whenever its sources (mock-host/src, sdk/src, bridge-spec/src) change, and then reloads the page.
import { join } from 'node:path';
import { watchForBrowser } from '../../scripts/bundleForBrowser.mjs';
import { pgliteAssets } from '../../scripts/pgliteAssets.mjs';
import { HTML, MOCK_HOST_ENTRY, mockHostFiles, withMockHost } from './mockHostPage.mjs';

/**
 * The app's index.html from the build in memory, with the mock host's script in its head.
 * @param {import('webpack-dev-server')} devServer
 * @returns {Promise<string>} once the build is done
 */
function indexHtmlOf(devServer) {
  const middleware = /** @type {NonNullable<typeof devServer.middleware>} */ (devServer.middleware);
  return new Promise((resolve, reject) =>
    middleware.waitUntilValid(() => {
      try {
        const file = join(devServer.compiler.options.output.path ?? '', 'index.html');
        resolve(withMockHost(String(middleware.context.outputFileSystem.readFileSync(file))));
      } catch (error) {
        reject(error);
      }
    }),
  );
}

/**
 * The mock host's files, following its sources: the script is bundled again on each change, after which
 * the page reloads (webpack-dev-server's `static-changed` message); a failed bundle is reported and the
 * last good one kept.
 * @param {import('webpack-dev-server')} devServer
 * @param {import('esbuild').BuildOptions} entry
 * @param {Promise<Map<string, [string, Buffer]>>} databaseFiles
 * @returns {{ respond(path: string): Promise<[string, string | Buffer] | undefined>, close(): void }}
 */
function watchMockHost(devServer, entry, databaseFiles) {
  /** @type {string | undefined} */
  let script;
  /** @type {() => void} */
  let firstBundled = () => {};
  const bundled = new Promise((resolve) => (firstBundled = () => resolve(undefined)));
  const watching = watchForBrowser(entry, (bundle) => {
    if (bundle.script === undefined) {
      console.error(`The mock host's script did not build:\n${bundle.errors.map((e) => e.text).join('\n')}`);
      return;
    }
    const reload = script !== undefined;
    script = bundle.script;
    firstBundled();
    if (reload) devServer.sendMessage(devServer.webSocketServer?.clients ?? [], 'static-changed');
  });
  const files = Promise.all([databaseFiles, bundled]).then(([database]) =>
    mockHostFiles({ script: () => script ?? '', databaseFiles: database }),
  );
  return {
    respond: async (path) => (await files)(path),
    close: () => void watching.then((watcher) => watcher.dispose()),
  };
}

/**
 * webpack-dev-server's options for Taro's H5 watch: on `host` (loopback) only, the build in memory
 * (nothing from disk), the mock host in the page.
 * @param {{
 *   port: number,
 *   host?: string,
 *   mockHostEntry?: import('esbuild').BuildOptions,
 *   databaseFiles?: () => Promise<Map<string, [string, Buffer]>>,
 * }} options `mockHostEntry`, `databaseFiles`: the mock host's script and PGlite's files (tests give
 *   small ones)
 * @returns {import('webpack-dev-server').Configuration}
 */
export function h5DevServer({
  port,
  host = '127.0.0.1',
  mockHostEntry = MOCK_HOST_ENTRY,
  databaseFiles = pgliteAssets,
}) {
  return {
    host,
    port,
    // Requests naming another host (DNS rebinding) are refused; Taro's default lets any through.
    allowedHosts: 'auto',
    // Taro also serves its output directory; the dev build lives in memory only.
    static: false,
    hot: true,
    open: false,
    client: { overlay: true, logging: 'warn' },
    setupMiddlewares(middlewares, devServer) {
      const mockHost = watchMockHost(devServer, mockHostEntry, databaseFiles());
      devServer.compiler.hooks.watchClose.tap('hushi-mock-host', () => mockHost.close());
      devServer.logger.info(
        `mock host controls (scenarios: location, face, login, host, person): http://${host}:${String(devServer.options.port)}/__mock`,
      );
      middlewares.unshift({
        name: 'hushi-mock-host',
        middleware: (request, response, next) => {
          const path = new URL(request.url ?? '/', 'http://x').pathname;
          // Any other page a browser asks for is the app too (Taro's history fallback), with the mock host.
          const page =
            path === '/' || path === '/index.html' || Boolean(request.headers.accept?.includes('text/html'));
          /** @returns {Promise<readonly [string, string | Buffer] | undefined>} */
          const answer = async () =>
            (await mockHost.respond(path)) ?? (page ? [HTML, await indexHtmlOf(devServer)] : undefined);
          answer().then(
            (file) => {
              if (!file) return next();
              response.setHeader('content-type', file[0]);
              response.setHeader('cache-control', 'no-store');
              response.end(file[1]);
            },
            (error) => next(error),
          );
        },
      });
      return middlewares;
    },
  };
}
