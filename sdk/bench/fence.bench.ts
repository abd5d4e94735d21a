// One fence check against 10,000 fences of ~50 vertices spread over China's land border (deterministic
// seed). Target: median ≤ 2 µs, measured over 1,024 fixes at random fences (inside, near an edge, in
// the gaps) so that, as on a backend checking many users, the fence data is mostly not in the CPU cache;
// the same fix checked again and again is shown too, for information. In the same run the naive
// alternative, Turf's booleanPointInPolygon over every fence, is timed on the same fixes and the ratio
// printed (expect ≥ 1000×). check() against the tightest loop over the same candidates (target ≤ 2×) is
// timed in alternating batches, the ratio the median of the pairs' ratios. Then the bench runs itself again under `node --jitless` (a stand-in for
// iOS, where a mini-program's JavaScript runs without a JIT) and prints check() and the tight loop there.
import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { booleanPointInPolygon } from '@turf/boolean-point-in-polygon';
import { CONFIDENCE_SCALE_95, createFenceChecker, RADIUS_FLOOR_M } from '../src/fence/createFenceChecker';
import { loadFences } from '../src/fence/fenceSet';
import { METRES_PER_DEGREE } from '../src/fence/geometry';
import type { FenceFix } from '../src/fence/createFenceChecker';
import type { FenceStatus } from '../src/fence/fenceVerdict';
import { CELL_DEG, fixesAt, mixedFixes, mulberry32, randomBorderFences } from '../test/randomFences';
import type { FixPlace } from '../test/randomFences';
import { formatNs, measure, measurePair, report } from '../../scripts/benchmark';

/** Whether this is the run under `--jitless`: it measures check() and the tight loop only, fewer times. */
const JITLESS = process.execArgv.includes('--jitless');
const SAMPLES = JITLESS ? 20 : 300;
const FENCES = 10_000;
const TARGET_NS = 2_000;

const built = performance.now();
const { collection, fences: generated } = randomBorderFences(FENCES, { seed: 2026, vertices: 50 });
const loadStart = performance.now();
const fences = loadFences(collection);
const loaded = performance.now();
console.log(
  `${fences.size} fences, ${collection.features[0]?.geometry.coordinates[0]?.length ?? 0} positions each: ` +
    `generated in ${(loadStart - built).toFixed(0)} ms, validated and indexed in ${(loaded - loadStart).toFixed(0)} ms`,
);

const NOW = 1_764_057_600_000;
const checker = createFenceChecker(fences, {
  connectedHeadCustoms: new Set(['0700', '7200', '8600', '0600', '1900', '9400', '1500']), // 8800 not connected
  now: () => NOW,
});

// Fixes: a third at fence centres, a third near an edge, a third in the gaps between fences.
const random = mulberry32(7);
const fixesOf = (place: FixPlace, count: number): FenceFix[] => fixesAt(generated, place, count, random, NOW);
const mixed = mixedFixes(generated, random, NOW);
const statuses = new Map<FenceStatus, number>();
for (const fix of mixed) {
  const { status } = checker.check(fix);
  statuses.set(status, (statuses.get(status) ?? 0) + 1);
}
console.log(
  `verdicts of the ${mixed.length} mixed fixes: ${[...statuses].map(([s, n]) => `${s} ${n}`).join(', ')}`,
);
console.log(`(fence cells ${CELL_DEG}°; gap fixes are 1 km from a fence centre)`);

const cycle = (fixes: FenceFix[]): (() => unknown) => {
  let k = 0;
  return () => checker.check(fixes[k++ % fixes.length] as FenceFix);
};

// The floor a check cannot go below: a box search for the fences whose boxes meet the accuracy circle's
// box, the candidates check() measures edge by edge, then, over each, the tightest loop there is, a ray
// cast (inside or not) plus the distance to the nearest edge. check() does more: union groups, the
// verdict, the nearest fence when the circle meets none.
const { index, vertices, ringEnds, fenceRings } = fences;
const found = new Uint32Array(index.size);
const tightCheck = (fix: FenceFix): number => {
  const kx = METRES_PER_DEGREE * Math.cos((fix.lat * Math.PI) / 180);
  const reach = Math.max(fix.accuracy * CONFIDENCE_SCALE_95, RADIUS_FLOOR_M);
  let nearestSquared = Infinity;
  let insideAny = false;
  const count = index.searchInto(
    fix.lng - reach / kx,
    fix.lat - reach / METRES_PER_DEGREE,
    fix.lng + reach / kx,
    fix.lat + reach / METRES_PER_DEGREE,
    found,
  );
  for (let k = 0; k < count; k += 1) {
    const i = found[k] as number;
    let inside = false;
    for (let r = fenceRings[i] as number; r < (fenceRings[i + 1] as number); r += 1) {
      for (let v = r === 0 ? 1 : (ringEnds[r - 1] as number) + 1; v < (ringEnds[r] as number); v += 1) {
        const ax = ((vertices[2 * v - 2] as number) - fix.lng) * kx;
        const ay = ((vertices[2 * v - 1] as number) - fix.lat) * METRES_PER_DEGREE;
        const dx = ((vertices[2 * v] as number) - fix.lng) * kx - ax;
        const dy = ((vertices[2 * v + 1] as number) - fix.lat) * METRES_PER_DEGREE - ay;
        if (ay > 0 !== ay + dy > 0 && ax - (ay * dx) / dy > 0) inside = !inside;
        const t = Math.min(1, Math.max(0, -(ax * dx + ay * dy) / (dx * dx + dy * dy)));
        nearestSquared = Math.min(nearestSquared, (ax + t * dx) ** 2 + (ay + t * dy) ** 2);
      }
    }
    insideAny ||= inside;
  }
  return insideAny ? -nearestSquared : nearestSquared;
};
let tightSink = 0;
let t = 0;
// Batches of check() and of the tight loop alternate, so that other work on the machine slows both alike.
const paired = measurePair(
  '  tight ray cast + edge distance over the fences whose boxes meet the circle, mixed fixes',
  () => (tightSink += tightCheck(mixed[t++ % mixed.length] as FenceFix)),
  `check() against ${FENCES} fences, mixed fixes`,
  cycle(mixed),
  { batch: 1_000, samples: SAMPLES },
);
const { base: tight, other: indexed, ratio } = paired;
if (JITLESS) {
  console.log(`JITLESS ${indexed.medianNs} ${tight.medianNs} ${ratio.median}`);
  process.exit(0);
}
const met = report(indexed, TARGET_NS);
report(tight);
const tightMet = ratio.median <= 2;
console.log(
  `  check() / tight loop: ${ratio.median.toFixed(2)}× (median over ${paired.pairs} alternating batch pairs, ` +
    `quartiles ${ratio.lower.toFixed(2)}–${ratio.upper.toFixed(2)}; target ≤ 2×: ${tightMet ? 'met' : 'MISSED'})`,
);
if (tightSink === 0.5) console.log(tightSink); // keeps the loop's result alive

const [one] = fixesOf('centre', 1);
report(
  await measure('  check(), one fix again and again (data in cache)', cycle(one ? [one] : []), {
    batch: 1_000,
    samples: 100,
  }),
);
for (const kind of ['centre', 'edge', 'gap'] as const) {
  report(
    await measure(`  check(), ${kind} fixes only`, cycle(fixesOf(kind, 1_000)), {
      batch: 1_000,
      samples: 100,
    }),
  );
}

const features = collection.features as unknown as Parameters<typeof booleanPointInPolygon>[1][];
let sink = 0;
let n = 0;
const naive = await measure(
  `naive: Turf booleanPointInPolygon over all ${FENCES} fences`,
  () => {
    const fix = mixed[n++ % mixed.length] as FenceFix;
    const point = [fix.lng, fix.lat];
    for (const feature of features) if (booleanPointInPolygon(point, feature)) sink += 1;
  },
  { batch: 1, samples: 60, warmupBatches: 5 },
);
report(naive);
const naiveRatio = naive.medianNs / indexed.medianNs;
console.log(
  `ratio naive / indexed: ${naiveRatio.toFixed(0)}× (${formatNs(naive.medianNs)} / ${formatNs(indexed.medianNs)}; expect ≥ 1000×)`,
);
if (sink < 0) console.log(sink); // keeps the naive loop's result alive

const jitless = spawnSync(
  process.execPath,
  ['--jitless', ...process.execArgv, fileURLToPath(import.meta.url)],
  {
    encoding: 'utf8',
  },
);
const [checkNs = NaN, tightNs = NaN, jitlessRatio = NaN] = (
  /^JITLESS (\S+) (\S+) (\S+)$/m.exec(jitless.stdout) ?? []
)
  .slice(1)
  .map(Number);
console.log(
  `under node --jitless: check() median ${formatNs(checkNs)} (${(checkNs / indexed.medianNs).toFixed(1)}× its JIT time), ` +
    `tight loop ${formatNs(tightNs)}; check() / tight loop ${jitlessRatio.toFixed(2)}×`,
);
process.exit(met && tightMet ? 0 : 1);
