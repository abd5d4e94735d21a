// Builds the publishable packages: sdk and bridge-spec, each as ESM (`.mjs`, typed by `.d.ts`) and
// CommonJS (`.cjs`, typed by `.d.cts`, so that `require` gets CommonJS types, not ESM ones). Tests run
// against the sources (the `source` export condition, left out of the packed manifest by
// scripts/packManifest.mjs); this build is what consumers get.
import { rmSync } from 'node:fs';
import json from '@rollup/plugin-json';
import { nodeResolve } from '@rollup/plugin-node-resolve';
import { dts } from 'rollup-plugin-dts';
import esbuild from 'rollup-plugin-esbuild';

/** Our own packages stay imports: each package is built and versioned on its own. */
const external = (id) => /^@hushi\//.test(id);

/** Mini-program runtimes on older phones: lower optional chaining, class fields and friends. */
const TARGET = 'es2017';

function packageBuild(dir, entries) {
  // Chunk names carry a hash: a build into an old dist would leave the old chunks to be packed.
  rmSync(`${dir}/dist`, { recursive: true, force: true });
  const input = Object.fromEntries(Object.entries(entries).map(([name, file]) => [name, `${dir}/${file}`]));
  return [
    {
      input,
      external,
      plugins: [
        nodeResolve({ extensions: ['.ts', '.js', '.json'] }),
        json(),
        esbuild({ target: TARGET, tsconfig: 'tsconfig.base.json' }),
      ],
      output: [
        {
          dir: `${dir}/dist`,
          format: 'es',
          entryFileNames: '[name].mjs',
          chunkFileNames: 'chunks/[name]-[hash].mjs',
        },
        {
          dir: `${dir}/dist`,
          format: 'cjs',
          entryFileNames: '[name].cjs',
          chunkFileNames: 'chunks/[name]-[hash].cjs',
        },
      ],
    },
    ...['d.ts', 'd.cts'].map((extension) => ({
      input,
      external,
      plugins: [dts({ tsconfig: 'tsconfig.base.json' })],
      output: {
        dir: `${dir}/dist`,
        format: 'es',
        entryFileNames: `[name].${extension}`,
        chunkFileNames: `chunks/[name]-[hash].${extension}`,
      },
    })),
  ];
}

export default [
  ...packageBuild('bridge-spec', {
    index: 'src/index.ts',
    fixtures: 'src/fixtures.ts',
    conformance: 'src/conformance/index.ts',
    host: 'src/host/index.ts',
  }),
  ...packageBuild('sdk', {
    index: 'src/index.ts',
    bridge: 'src/bridge/index.ts',
    fence: 'src/fence/index.ts',
    mainland: 'src/mainland/index.ts',
    declaration: 'src/declaration/index.ts',
    backend: 'src/backend/index.ts',
  }),
];
