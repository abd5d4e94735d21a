// The packages as a consumer gets them: sdk and bridge-spec are packed (`npm pack`, the manifest
// stripped of the repository's `source` condition), checked with publint and arethetypeswrong, and
// installed from the tarballs into a scratch project that imports every entry from ESM and CommonJS, and
// type-checks them with TypeScript's `bundler` resolution and `node16` from `.mts` and `.cts` files.
// Needs the builds (`npm run build:packages`; `npm test` builds first).
import { execFileSync } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { isNetworkUrl, packedManifest } from '../scripts/packManifest.mjs';

const ROOT = resolve(import.meta.dirname, '..');
const PACKAGES = ['sdk', 'bridge-spec'] as const;
const bin = (name: string): string => join(ROOT, 'node_modules/.bin', name);
/** A repository URL, as HUSHI_REPOSITORY_URL or the origin remote would give it when packing. */
const REPOSITORY_URL = 'git+https://example.org/hushi/hushi.git';

/** The package's public entries, from its manifest: `@hushi/sdk`, `@hushi/sdk/fence`, … */
function entriesOf(dir: string): string[] {
  const manifest = JSON.parse(readFileSync(join(ROOT, dir, 'package.json'), 'utf8')) as {
    name: string;
    exports: Record<string, unknown>;
  };
  return Object.keys(manifest.exports)
    .filter((key) => !key.includes('*') && !key.endsWith('.json'))
    .map((key) => (key === '.' ? manifest.name : `${manifest.name}/${key.slice(2)}`));
}

const run = (command: string, args: string[], cwd: string): string =>
  execFileSync(command, args, { cwd, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] });

let scratch = '';
const tarballs = new Map<string, string>();

beforeAll(() => {
  scratch = mkdtempSync(join(tmpdir(), 'hushi-consumer-'));
  for (const dir of PACKAGES) {
    // Packed from a copy, as `prepack` would strip it: the repository's manifest, which other tests
    // resolve through at the same time, is left alone.
    const staged = join(scratch, `staged-${dir}`);
    cpSync(join(ROOT, dir), staged, {
      recursive: true,
      filter: (path) => !/[/\\](node_modules|src|test|bench|scripts)$/.test(path),
    });
    const manifest = JSON.parse(readFileSync(join(staged, 'package.json'), 'utf8')) as Record<
      string,
      unknown
    >;
    const repository = { url: REPOSITORY_URL, directory: dir };
    writeFileSync(
      join(staged, 'package.json'),
      JSON.stringify(packedManifest(manifest, repository), null, 2),
    );
    const output = run('npm', ['pack', '--json', '--ignore-scripts', '--pack-destination', scratch], staged);
    const [{ filename }] = JSON.parse(output) as [{ filename: string }];
    tarballs.set(dir, join(scratch, filename));
  }
  const consumer = join(scratch, 'consumer');
  mkdirSync(consumer);
  writeFileSync(join(consumer, 'package.json'), JSON.stringify({ name: 'consumer', private: true }));
  // Neither package has a dependency outside the two: the install needs no registry.
  run('npm', ['install', '--offline', '--no-audit', '--no-fund', ...tarballs.values()], consumer);
}, 180_000);

afterAll(() => {
  if (scratch) rmSync(scratch, { recursive: true, force: true });
});

describe.each(PACKAGES)('%s as published', (dir) => {
  it('has no source condition, and publint finds nothing to fix', () => {
    const manifest = readFileSync(join(scratch, 'consumer/node_modules/@hushi', dir, 'package.json'), 'utf8');
    expect(manifest).not.toMatch(/"source"/);
    expect(manifest).toMatch(/"license": "MIT"/);
    expect((JSON.parse(manifest) as { repository?: unknown }).repository).toEqual({
      type: 'git',
      url: REPOSITORY_URL,
      directory: dir,
    });
    // publint exits 1 on errors; warnings are printed and fail the test too.
    const report = run(bin('publint'), ['--strict', tarballs.get(dir) as string], ROOT);
    expect(report).not.toMatch(/Warnings:|Errors:/);
  });

  it('gives each entry the right types for import and require (arethetypeswrong)', () => {
    // Exits 1 on any problem (masquerading ESM or CJS, missing types, untyped resolution…).
    expect(() => run(bin('attw'), ['--format', 'ascii', tarballs.get(dir) as string], ROOT)).not.toThrow();
  }, 60_000);
});

it('names a repository only by a URL a consumer can reach', () => {
  for (const url of [
    REPOSITORY_URL,
    'https://example.org/a.git',
    'ssh://git@example.org/a.git',
    'git@example.org:a/b.git',
  ])
    expect(isNetworkUrl(url), url).toBe(true);
  for (const url of ['/work/main', '../hushi', 'file:///srv/hushi.git', ''])
    expect(isNetworkUrl(url), url).toBe(false);
});

describe('a consumer of every entry', () => {
  const entries = PACKAGES.flatMap(entriesOf);

  it('imports each entry from ESM and requires it from CommonJS', () => {
    const consumer = join(scratch, 'consumer');
    const esm = entries.map((entry, i) => `import * as e${i} from '${entry}';`).join('\n');
    writeFileSync(
      join(consumer, 'esm.mjs'),
      `${esm}\nconsole.log([${entries.map((_, i) => `Object.keys(e${i}).length`).join(', ')}].join(' '));\n`,
    );
    writeFileSync(
      join(consumer, 'cjs.cjs'),
      `console.log([${entries.map((entry) => `Object.keys(require('${entry}')).length`).join(', ')}].join(' '));\n`,
    );
    const esmCounts = run(process.execPath, ['esm.mjs'], consumer).trim().split(' ').map(Number);
    const cjsCounts = run(process.execPath, ['cjs.cjs'], consumer).trim().split(' ').map(Number);
    // Every entry exports something, the same names either way.
    expect(esmCounts.every((count) => count > 0)).toBe(true);
    expect(cjsCounts).toEqual(esmCounts);
  }, 60_000);

  it.each([
    ['bundler', 'esnext', 'index.ts'],
    ['node16', 'node16', 'index.mts'],
    ['node16', 'node16', 'index.cts'],
  ])(
    'type-checks with moduleResolution %s (module %s) from %s',
    (moduleResolution, module, file) => {
      const project = join(scratch, 'consumer', `ts-${moduleResolution}-${file.replace('.', '-')}`);
      mkdirSync(project, { recursive: true });
      const imports = entries.map((entry, i) =>
        file.endsWith('.cts') ? `import e${i} = require('${entry}');` : `import * as e${i} from '${entry}';`,
      );
      writeFileSync(
        join(project, file),
        `${imports.join('\n')}\nexport const used = [${entries.map((_, i) => `e${i}`).join(', ')}];\n`,
      );
      writeFileSync(
        join(project, 'tsconfig.json'),
        JSON.stringify({
          compilerOptions: {
            module,
            moduleResolution,
            target: 'es2022',
            strict: true,
            noEmit: true,
            skipLibCheck: false,
            types: [],
            lib: ['es2022', 'dom'],
          },
          files: [file],
        }),
      );
      // node_modules of the consumer one level up are found by TypeScript's lookup.
      expect(() => run(bin('tsc'), ['-p', project], project)).not.toThrow();
    },
    120_000,
  );
});
