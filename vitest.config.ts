import { defineConfig } from 'vitest/config';

/**
 * Tests run against the sources: the `source` export condition maps `@hushi/*` to `src/`. Vitest hands
 * these conditions to Node too, for the packages it leaves to Node: no `import` here, or a CommonJS
 * `require` would load a package's ESM build (node-postgres' pg-pool), and Node adds `import` or
 * `require` by itself.
 */
const resolve = { conditions: ['source', 'module', 'node', 'default'] };

export default defineConfig({
  resolve,
  ssr: { resolve: { conditions: resolve.conditions, externalConditions: ['source'] } },
  test: {
    projects: [
      {
        resolve,
        ssr: { resolve: { conditions: resolve.conditions, externalConditions: ['source'] } },
        test: {
          name: 'unit',
          include: [
            '{bridge-spec,sdk,mock-host,miniapp}/{src,test}/**/*.test.ts',
            'examples/**/*.test.ts',
            'test/**/*.test.ts',
          ],
          exclude: ['**/*.e2e.test.ts', '**/node_modules/**'],
          environment: 'node',
          // Opening an in-memory database (PGlite: initdb in WebAssembly) takes seconds on a busy machine.
          hookTimeout: 60_000,
        },
      },
      {
        resolve,
        ssr: { resolve: { conditions: resolve.conditions, externalConditions: ['source'] } },
        test: {
          name: 'e2e',
          include: [
            '{bridge-spec,sdk,mock-host,examples}/**/*.e2e.test.ts',
            'miniapp/test/**/*.e2e.test.ts',
            'test/**/*.e2e.test.ts',
          ],
          exclude: ['**/node_modules/**'],
          environment: 'node',
          testTimeout: 30_000,
          hookTimeout: 60_000,
          // One browser at a time: the machine has two cores.
          fileParallelism: false,
        },
      },
    ],
  },
});
