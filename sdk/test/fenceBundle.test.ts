// The fence module and its datum converter (the mainland entry) must run unchanged in a mini-program: no
// eval or new Function (forbidden there), no DOM and no Node globals. Bundle each as a mini-app bundler
// would and run them in a bare JS context where code generation from strings is disabled.
import { readFileSync } from 'node:fs';
import vm from 'node:vm';
import json from '@rollup/plugin-json';
import { nodeResolve } from '@rollup/plugin-node-resolve';
import { rollup } from 'rollup';
import esbuild from 'rollup-plugin-esbuild';
import { expect, it } from 'vitest';

type FenceModule = typeof import('../src/fence/index');
type MainlandModule = typeof import('../src/mainland/index');

async function bundleEntry(input: string, name: string): Promise<string> {
  const bundle = await rollup({
    input,
    plugins: [
      nodeResolve({ exportConditions: ['source'], extensions: ['.ts', '.js', '.json'] }),
      json(),
      esbuild({ target: 'es2017', tsconfig: 'tsconfig.base.json' }),
    ],
  });
  const { output } = await bundle.generate({ format: 'iife', name });
  await bundle.close();
  return output.map((chunk) => (chunk.type === 'chunk' ? chunk.code : '')).join('\n');
}

it('bundles without eval, Function, DOM or Node globals and runs where strings cannot become code', async () => {
  const code = await bundleEntry('sdk/src/fence/index.ts', 'fence');
  const mainlandCode = await bundleEntry('sdk/src/mainland/index.ts', 'mainland');
  for (const bundle of [code, mainlandCode]) {
    expect(bundle).not.toMatch(/\beval\s*\(|\bnew Function\b|\bFunction\s*\(/);
    expect(bundle).not.toMatch(/\b(document|window|navigator|localStorage|require|process)\s*[.[(]/);
  }

  const context = vm.createContext({}, { codeGeneration: { strings: false, wasm: false } });
  const fence = vm.runInContext(`${code}\nfence;`, context) as FenceModule;
  const mainland = vm.runInContext(`${mainlandCode}\nmainland;`, context) as MainlandModule;
  expect(() => {
    vm.runInContext('eval("1")', context);
  }).toThrow();

  const geojson = JSON.parse(readFileSync('sdk/test/fixtures/fences/ports.geojson', 'utf8')) as unknown;
  const checker = fence.createFenceChecker(fence.loadFences(geojson), {
    connectedHeadCustoms: new Set(['0700']),
    toWgs84: mainland.toWgs84,
    now: () => 0,
  });
  const { lat, lng } = mainland.wgs84ToGcj02({ lat: 43.672, lng: 111.97 });
  const verdict = checker.check({ lat, lng, datum: 'gcj02', accuracy: 8, timestamp: 0 });
  expect(verdict).toMatchObject({ status: 'inside', appliedDatum: 'gcj02' });
  expect(
    fence.verdictMessage(
      checker.check({ lat: 43.69, lng: 111.97, datum: 'wgs84', accuracy: 8, timestamp: 0 }),
    ).message,
  ).toBe('当前位置不在申报区域内');
}, 30_000);
