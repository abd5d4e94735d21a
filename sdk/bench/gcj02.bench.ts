// GCJ-02 fixes against WGS-84 ones: check() on the fence set and fixes of fence.bench.ts (10,000 fences
// of 50 vertices along China's land border, 1,024 mixed fixes: at fence centres, near an edge, in the
// gaps), once as WGS-84 and once labelled GCJ-02 (shifted where the position is in the mainland, as a
// phone does) and read by the mainland-aware toWgs84 (the GCJ-02 inverse and two places against the
// mainland's boundary included). Target: GCJ-02 at most 1.3× WGS-84: batches of 1,000 checks of each
// alternate, and the ratio is the median of the pairs' ratios, so that other work on the machine slows
// both alike. Also prints toWgs84 alone, the first call's cost (the boundary decoded and indexed) and, from a child process under
// `node --jitless` (a stand-in for iOS, where mini-programs run without a JIT), the same ratio, for
// information. HUSHI_BENCH_NO_JITLESS=1 skips the child.
import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { createFenceChecker } from '../src/fence/createFenceChecker';
import { loadFences } from '../src/fence/fenceSet';
import { wgs84ToGcj02 } from '../src/mainland/gcj02';
import { locateInMainland } from '../src/mainland/locateInMainland';
import { toWgs84 } from '../src/mainland/toWgs84';
import type { FenceFix } from '../src/fence/createFenceChecker';
import type { AppliedDatum } from '../src/fence/datum';
import { mixedFixes, mulberry32, randomBorderFences } from '../test/randomFences';
import { formatNs, measure, measurePair, report } from '../../scripts/benchmark';

const TARGET_RATIO = 1.3;
const FENCES = 10_000;
const NOW = 1_764_057_600_000;
const JITLESS = process.env.HUSHI_BENCH_JITLESS === '1';
/** Calls timed together, and how many pairs of batches; fewer under --jitless, where all runs ~10× slower. */
const BATCH = 1_000;
const SAMPLES = JITLESS ? 60 : 400;
const WARMUP = JITLESS ? 5 : 20;

const firstStart = performance.now();
locateInMainland({ lat: 0, lng: 0 });
const firstMs = performance.now() - firstStart;
const { collection, fences: generated } = randomBorderFences(FENCES, { seed: 2026, vertices: 50 });
const fences = loadFences(collection);
const checker = createFenceChecker(fences, {
  connectedHeadCustoms: new Set(['0700', '7200', '8600', '0600', '1900', '9400', '1500']),
  toWgs84,
  now: () => NOW,
});

// The mixed fixes of fence.bench.ts: the same generator, seed and order.
const random = mulberry32(7);
const wgs = mixedFixes(generated, random, NOW);
// The same positions as a phone reports them when asked for GCJ-02: shifted in the mainland, as they
// are elsewhere (so that check() judges the same positions, but for fixes near the mainland's edge).
const gcj = wgs.map((fix): FenceFix => ({
  ...fix,
  ...(locateInMainland(fix).inMainland ? wgs84ToGcj02(fix) : {}),
  datum: 'gcj02',
}));

const readings = new Map<AppliedDatum, number>();
for (const fix of gcj) {
  const { appliedDatum } = toWgs84(fix);
  readings.set(appliedDatum, (readings.get(appliedDatum) ?? 0) + 1);
}
console.log(
  `${JITLESS ? '[--jitless] ' : ''}the mainland's boundary decoded and indexed (first call) in ${firstMs.toFixed(1)} ms; ` +
    `the ${gcj.length} GCJ-02 fixes read as ` +
    [...readings].map(([datum, n]) => `${datum} ${n}`).join(', '),
);

const cycle = <T>(items: readonly T[], operation: (item: T) => unknown): (() => unknown) => {
  let k = 0;
  return () => operation(items[k++ % items.length] as T);
};
const checkWgs = cycle(wgs, (fix) => checker.check(fix));
const checkGcj = cycle(gcj, (fix) => checker.check(fix));
const prefix = JITLESS ? '[--jitless] ' : '';
const paired = measurePair(
  `${prefix}check(), WGS-84 fixes`,
  checkWgs,
  `${prefix}check(), GCJ-02 fixes (toWgs84 included)`,
  checkGcj,
  { batch: BATCH, samples: SAMPLES, warmupBatches: WARMUP },
);
report(paired.base);
report(paired.other);
report(
  await measure(`${prefix}  toWgs84() alone, GCJ-02 fixes`, cycle(gcj, toWgs84), {
    batch: BATCH,
    samples: SAMPLES,
    warmupBatches: WARMUP,
  }),
);
const { ratio } = paired;
const met = ratio.median <= TARGET_RATIO;
console.log(
  `${prefix}ratio GCJ-02 / WGS-84: ${ratio.median.toFixed(2)}× (median over ${paired.pairs} alternating batch pairs, ` +
    `quartiles ${ratio.lower.toFixed(2)}–${ratio.upper.toFixed(2)}; ` +
    `${formatNs(paired.other.medianNs)} / ${formatNs(paired.base.medianNs)})` +
    (JITLESS ? ' (for information)' : ` (target ≤ ${TARGET_RATIO}×: ${met ? 'met' : 'MISSED'})`),
);

if (!JITLESS && process.env.HUSHI_BENCH_NO_JITLESS !== '1') {
  // The same bench in a child without a JIT; its ratio is reported, not judged.
  console.log('\nre-running under node --jitless (a few minutes) …');
  spawnSync(
    process.execPath,
    ['--jitless', '--import', 'tsx', '--conditions=source', fileURLToPath(import.meta.url)],
    { stdio: 'inherit', env: { ...process.env, HUSHI_BENCH_JITLESS: '1' } },
  );
}
process.exit(JITLESS || met ? 0 : 1);
