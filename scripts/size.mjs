#!/usr/bin/env node
// `npm run size`: min+gzip size of each shipped entry, bundled with everything it imports (our own
// packages included, as a mini-app bundler would), against its budget; the WeChat package's size and
// its freedom from eval; the H5 release build's time to its first interactive screen on a cheap phone
// over a slow network, and the JavaScript it downloads before it (measureH5FirstScreen.mjs). Exits 1
// when one is over. Needs the builds: `npm run size` makes them first.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { availableParallelism, loadavg } from 'node:os';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import json from '@rollup/plugin-json';
import { nodeResolve } from '@rollup/plugin-node-resolve';
import terser from '@rollup/plugin-terser';
import { rollup } from 'rollup';
import esbuild from 'rollup-plugin-esbuild';
import { findDynamicCode } from './findDynamicCode.ts';
import { CPU_SLOWDOWN, measureH5FirstScreen, SLOW_4G } from './measureH5FirstScreen.mjs';

/**
 * Entries and their budgets in bytes (min+gzip). `external` leaves packages out of the measure; a target
 * without a budget is printed for information only.
 */
const TARGETS = [
  { name: 'sdk bridge entry (@hushi/sdk/bridge)', input: 'sdk/src/bridge/index.ts', budget: 8 * 1024 },
  {
    name: 'sdk fence core (@hushi/sdk/fence, no datum converter)',
    input: 'sdk/src/fence/index.ts',
    budget: 8 * 1024,
  },
  {
    name: 'sdk mainland entry (@hushi/sdk/mainland: boundary data, grid, GCJ-02, toWgs84), for information',
    input: 'sdk/src/mainland/index.ts',
  },
  {
    name: 'sdk mainland boundary data (generated, ODbL), for information',
    input: 'sdk/src/mainland/generated/mainlandBoundaryData.ts',
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

// The H5 release build (`npm run build:h5:release`) on a cheap phone over a slow network.
const H5_RELEASE_DIR = 'miniapp/dist/h5-release';
const FIRST_SCREEN_BUDGET_MS = 2500;
const FIRST_SCREEN_JS_BUDGET = 200 * 1024;
const entry = entryScripts(H5_RELEASE_DIR);
console.log(
  `info H5 release entry (${entry.files.join(' + ')}, loaded by index.html): ${kb(entry.min)} min, ${kb(entry.gzip)} min+gzip`,
);
const { cold, warm } = await measureH5FirstScreen({ distDir: H5_RELEASE_DIR });
// Throttling slows the page's share of the CPU: other work on the machine slows it too.
const [load] = loadavg();
if (load > availableParallelism()) {
  console.log(
    `note load average ${load.toFixed(1)} on ${availableParallelism()} cores: the times below are of a busy machine`,
  );
}
const coldMedian = median(cold.map((load) => load.ms));
const warmMedian = median(warm.map((load) => load.ms));
const timeOk = coldMedian <= FIRST_SCREEN_BUDGET_MS && warmMedian <= FIRST_SCREEN_BUDGET_MS;
over ||= !timeOk;
const runs = (loads) => loads.map((load) => load.ms.toFixed(0)).join(', ');
console.log(
  `${timeOk ? 'ok  ' : 'OVER'} H5 release, navigation → first interactive screen (身份选择) in Chromium, CPU ×${CPU_SLOWDOWN}, ` +
    `slow 4G (${SLOW_4G.downloadThroughput / 125} kbps down, ${SLOW_4G.uploadThroughput / 125} kbps up, ${SLOW_4G.latency} ms): ` +
    `cold median ${coldMedian.toFixed(0)} ms (${runs(cold)}), warm median ${warmMedian.toFixed(0)} ms (${runs(warm)}) ` +
    `(budget ${FIRST_SCREEN_BUDGET_MS} ms)`,
);
// Every cold load fetches the same files; the largest figure counts.
const scripts = cold
  .map((load) => load.scripts)
  .reduce((a, b) => (b.transferBytes > a.transferBytes ? b : a));
const bytesOk = scripts.transferBytes <= FIRST_SCREEN_JS_BUDGET;
over ||= !bytesOk;
console.log(
  `${bytesOk ? 'ok  ' : 'OVER'} H5 release, JavaScript transferred before the first screen (cold): ${kb(scripts.transferBytes)} ` +
    `over the wire (${kb(scripts.encodedBytes)} gzip bodies, ${kb(scripts.decodedBytes)} unpacked) in ${scripts.files.length} files ` +
    `(budget ${kb(FIRST_SCREEN_JS_BUDGET)})`,
);
process.exit(over ? 1 : 0);

function directoryBytes(dir) {
  return readdirSync(dir, { recursive: true })
    .map((entry) => join(dir, entry))
    .filter((path) => statSync(path).isFile())
    .reduce((sum, path) => sum + statSync(path).size, 0);
}

/** The scripts an H5 build's index.html loads, and their size as built and gzipped. */
function entryScripts(dir) {
  const html = readFileSync(join(dir, 'index.html'), 'utf8');
  const files = [...html.matchAll(/<script[^>]*\ssrc="\/?([^"]+)"/g)].map((match) => match[1]);
  const bodies = files.map((file) => readFileSync(join(dir, file)));
  return {
    files,
    min: bodies.reduce((sum, body) => sum + body.length, 0),
    gzip: bodies.reduce((sum, body) => sum + gzipSync(body, { level: 9 }).length, 0),
  };
}

function median(values) {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)];
}
