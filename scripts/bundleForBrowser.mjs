// Bundles a dev page's script for the browser with esbuild: one IIFE, workspace packages from their
// TypeScript sources (the `source` export condition); once, or again on each change of its sources.
import { build, context } from 'esbuild';

/** @param {import('esbuild').BuildOptions} entry */
function browserBundle(entry) {
  return /** @type {const} */ ({
    ...entry,
    bundle: true,
    write: false,
    format: 'iife',
    platform: 'browser',
    target: 'es2020',
    conditions: ['source'],
    // Node built-ins that packages import only when they run in Node (PGlite's `node:module`).
    external: ['node:*'],
    logLevel: 'silent',
  });
}

/**
 * @param {import('esbuild').BuildOptions} entry `entryPoints` or `stdin`
 * @returns {Promise<string>} the bundled script
 */
export async function bundleForBrowser(entry) {
  const result = await build(browserBundle(entry));
  return result.outputFiles[0].text;
}

/**
 * Bundles the script, then again whenever one of the files it was bundled from changes.
 * @param {import('esbuild').BuildOptions} entry `entryPoints` or `stdin`
 * @param {(bundle: { script?: string, errors: import('esbuild').Message[] }) => void} onBundle called
 *   after each build, the first included: the script, or the errors that kept it from being built
 * @returns {Promise<{ dispose(): Promise<void> }>} once watching; `dispose()` stops
 */
export async function watchForBrowser(entry, onBundle) {
  const watched = await context({
    ...browserBundle(entry),
    plugins: [
      {
        name: 'hushi-on-bundle',
        setup(bundler) {
          bundler.onEnd((result) =>
            onBundle({ script: result.outputFiles?.[0]?.text, errors: result.errors }),
          );
        },
      },
    ],
  });
  await watched.watch();
  return { dispose: () => watched.dispose() };
}
