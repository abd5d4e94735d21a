#!/usr/bin/env node
// `npm run size`: min+gzip size of each shipped entry, bundled with everything it imports (our own
// packages included, as a mini-app bundler would), against its budget; the WeChat package's size and
// its freedom from eval; the H5 app's time to its first interactive screen. Exits 1 when one is over.
// Needs the builds: `npm run size` makes them first.
import { readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import json from '@rollup/plugin-json';
import { nodeResolve } from '@rollup/plugin-node-resolve';
import terser from '@rollup/plugin-terser';
import { rollup } from 'rollup';
import esbuild from 'rollup-plugin-esbuild';
import { findDynamicCode } from './findDynamicCode.ts';
import { measureH5FirstScreen } from './measureH5FirstScreen.mjs';

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

// The WeChat package: WeChat refuses a main package over 2 MB; our budget is 1 MB. No subpackages yet,
// so the whole build is the main package.
const WEAPP_DIR = 'miniapp/dist/weapp';
const WEAPP_BUDGET = 1024 * 1024;
const weappBytes = directoryBytes(WEAPP_DIR);
const weappOk = weappBytes <= WEAPP_BUDGET;
over ||= !weappOk;
console.log(
  `${weappOk ? 'ok  ' : 'OVER'} weapp main package (${WEAPP_DIR}): ${kb(weappBytes)} (budget ${kb(WEAPP_BUDGET)}, WeChat's limit 2048 KB)`,
);
const dynamic = findDynamicCode([WEAPP_DIR]);
over ||= dynamic.length > 0;
console.log(
  dynamic.length === 0
    ? 'ok   weapp output: no eval / new Function'
    : `OVER weapp output has dynamic code: ${dynamic.map((f) => `${f.file} (${f.construct})`).join(', ')}`,
);

const H5_BUDGET_MS = 1000;
const { cold, warm } = await measureH5FirstScreen();
const warmMedian = median(warm);
const h5Ok = cold <= H5_BUDGET_MS && warmMedian <= H5_BUDGET_MS;
over ||= !h5Ok;
console.log(
  `${h5Ok ? 'ok  ' : 'OVER'} H5 navigation → first interactive screen (身份选择) in Chromium: cold ${cold.toFixed(0)} ms, warm median ${warmMedian.toFixed(0)} ms of ${warm.length} (budget ${H5_BUDGET_MS} ms)`,
);
process.exit(over ? 1 : 0);

function directoryBytes(dir) {
  return readdirSync(dir, { recursive: true })
    .map((entry) => join(dir, entry))
    .filter((path) => statSync(path).isFile())
    .reduce((sum, path) => sum + statSync(path).size, 0);
}

function median(values) {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)];
}
