import { defineConfig } from 'vitest/config';

/** Tests run against the sources: the `source` export condition maps `@hushi/*` to `src/`. */
const resolve = { conditions: ['source', 'module', 'node', 'import', 'default'] };

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
          include: ['{bridge-spec,sdk,mock-host}/{src,test}/**/*.test.ts', 'test/**/*.test.ts'],
          environment: 'node',
        },
      },
    ],
  },
});
