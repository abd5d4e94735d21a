#!/usr/bin/env node
// `npm run size`: min+gzip size of each shipped entry, bundled with everything it imports (our own
// packages included, as a mini-app bundler would), against its budget. Exits 1 when one is over.
import { gzipSync } from 'node:zlib';
import json from '@rollup/plugin-json';
import { nodeResolve } from '@rollup/plugin-node-resolve';
import terser from '@rollup/plugin-terser';
import { rollup } from 'rollup';
import esbuild from 'rollup-plugin-esbuild';

/**
 * Entries and their budgets in bytes (min+gzip). `external` leaves packages out of the measure; a target
 * without a budget is printed for information only.
 */
const TARGETS = [
  { name: 'sdk bridge entry (@hushi/sdk/bridge)', input: 'sdk/src/bridge/index.ts', budget: 8 * 1024 },
  {
    name: 'sdk fence core (@hushi/sdk/fence without the datum converter gcoord)',
    input: 'sdk/src/fence/index.ts',
    external: ['gcoord'],
    budget: 8 * 1024,
  },
  {
    name: 'sdk fence datum converter (toWgs84 + gcoord), for information',
    input: 'sdk/src/fence/toWgs84.ts',
  },
  {
    name: 'sdk fence entry with the converter (@hushi/sdk/fence), for information',
    input: 'sdk/src/fence/index.ts',
  },
];

async function measure(input, external = []) {
  const bundle = await rollup({
    input,
    external,
    plugins: [
      nodeResolve({ exportConditions: ['source'], extensions: ['.ts', '.js', '.json'] }),
      json(),
      esbuild({ target: 'es2017', tsconfig: 'tsconfig.base.json' }),
    ],
  });
  const { output } = await bundle.generate({ format: 'es', plugins: [terser({ compress: { passes: 2 } })] });
  await bundle.close();
  const code = output.map((chunk) => (chunk.type === 'chunk' ? chunk.code : '')).join('');
  return { min: Buffer.byteLength(code), gzip: gzipSync(code, { level: 9 }).length };
}

let over = false;
const kb = (bytes) => `${(bytes / 1024).toFixed(2)} KB`;
for (const target of TARGETS) {
  const { min, gzip } = await measure(target.input, target.external);
  if (target.budget === undefined) {
    console.log(`info ${target.name}: ${kb(min)} min, ${kb(gzip)} min+gzip`);
    continue;
  }
  const ok = gzip <= target.budget;
  over ||= !ok;
  console.log(
    `${ok ? 'ok  ' : 'OVER'} ${target.name}: ${kb(min)} min, ${kb(gzip)} min+gzip (budget ${kb(target.budget)})`,
  );
}
process.exit(over ? 1 : 0);
