// Bundles a dev page's script for the browser with esbuild: one IIFE, workspace packages from their
// TypeScript sources (the `source` export condition).
import { build } from 'esbuild';

/**
 * @param {import('esbuild').BuildOptions} entry `entryPoints` or `stdin`
 * @returns {Promise<string>} the bundled script
 */
export async function bundleForBrowser(entry) {
  const result = await build({
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
  return result.outputFiles[0].text;
}
