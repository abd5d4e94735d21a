#!/usr/bin/env node
// `npm pack` / `npm publish` of sdk and bridge-spec: `prepack` runs `strip`, `postpack` `restore`.
// In the repository each export has a `source` condition, so that tests, benchmarks and the mini-app's
// build read the TypeScript sources; a published package ships only `dist`, so the packed manifest
// leaves that condition out, with the scripts and dev dependencies that only serve the repository, and
// names the repository it comes from: HUSHI_REPOSITORY_URL, else the `origin` remote when it is a
// network URL. `npm publish` refuses to go without one; `npm pack` warns.
import { execFileSync } from 'node:child_process';
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

/**
 * The manifest as published, from the repository's one; with `repository` ({ url, directory }: the
 * repository's URL and the package's folder in it) it names where the package comes from.
 */
export function packedManifest(manifest, repository) {
  const published = { ...manifest, exports: withoutSource(manifest.exports) };
  delete published.scripts;
  delete published.devDependencies;
  if (repository !== undefined) {
    published.repository = { type: 'git', url: repository.url, directory: repository.directory };
  }
  return published;
}

/** Whether `url` is one a consumer can reach (not a path on this machine). */
export function isNetworkUrl(url) {
  return /^(git\+)?(https|ssh|git):\/\//.test(url) || /^[\w.-]+@[\w.-]+:/.test(url);
}

const git = (...args) => {
  try {
    return execFileSync('git', args, { encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] }).trim();
  } catch {
    return '';
  }
};

/** The repository this package is packed from, or undefined when it has no URL a consumer can reach. */
function packedRepository() {
  const url = process.env.HUSHI_REPOSITORY_URL || git('remote', 'get-url', 'origin');
  if (!isNetworkUrl(url)) return undefined;
  return { url, directory: git('rev-parse', '--show-prefix').replace(/\/$/, '') };
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const [command] = process.argv.slice(2);
  if (command === 'strip') {
    if (existsSync(KEPT)) throw new Error(`${KEPT} exists: a previous pack did not restore the manifest`);
    const repository = packedRepository();
    if (repository === undefined) {
      const why = 'no repository URL: set HUSHI_REPOSITORY_URL or an origin remote with a network URL';
      if (process.env.npm_command === 'publish') throw new Error(`Refusing to publish: ${why}`);
      console.warn(`packManifest: the packed manifest names no repository (${why})`);
    }
    const text = readFileSync(MANIFEST, 'utf8');
    writeFileSync(KEPT, text);
    writeFileSync(MANIFEST, `${JSON.stringify(packedManifest(JSON.parse(text), repository), null, 2)}\n`);
  } else if (command === 'restore') {
    if (existsSync(KEPT)) renameSync(KEPT, MANIFEST);
  } else {
    console.error('usage: packManifest.mjs strip|restore');
    process.exit(2);
  }
}
