#!/usr/bin/env node
// `npm run bench`: runs every `<package>/bench/*.bench.ts` against the sources, one process each so
// that no benchmark warms the JIT for another. Exits 1 when a benchmark misses its target.
import { spawnSync } from 'node:child_process';
import { readdirSync, existsSync } from 'node:fs';
import { join } from 'node:path';

const packages = ['bridge-spec', 'sdk', 'mock-host'];
const only = process.argv[2];
let failed = false;
for (const dir of packages) {
  const benchDir = join(dir, 'bench');
  if (!existsSync(benchDir)) continue;
  for (const file of readdirSync(benchDir)
    .filter((f) => f.endsWith('.bench.ts'))
    .sort()) {
    if (only && !file.includes(only)) continue;
    console.log(`\n# ${dir}/bench/${file}`);
    const run = spawnSync(
      process.execPath,
      ['--import', 'tsx', '--conditions=source', join(benchDir, file)],
      {
        stdio: 'inherit',
      },
    );
    failed ||= run.status !== 0;
  }
}
process.exit(failed ? 1 : 0);
