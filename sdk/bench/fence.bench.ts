// One fence check against 10,000 fences of ~50 vertices spread over China's land border (deterministic
// seed). Target: median ≤ 2 µs, measured over 1,024 fixes at random fences (inside, near an edge, in
// the gaps) so that, as on a backend checking many users, the fence data is mostly not in the CPU cache;
// the same fix checked again and again is shown too, for information. In the same run the naive
// alternative, Turf's booleanPointInPolygon over every fence, is timed on the same fixes and the ratio
// printed (expect ≥ 1000×).
import { booleanPointInPolygon } from '@turf/boolean-point-in-polygon';
import { createFenceChecker } from '../src/fence/createFenceChecker';
import { loadFences } from '../src/fence/fenceSet';
import type { FenceFix } from '../src/fence/createFenceChecker';
import type { FenceStatus } from '../src/fence/fenceVerdict';
import { CELL_DEG, mulberry32, randomBorderFences } from '../test/randomFences';
import { formatNs, measure, report } from '../../scripts/benchmark';

const FENCES = 10_000;
const TARGET_NS = 2_000;
const METRES_PER_DEGREE = (6_371_008.8 * Math.PI) / 180;

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
type Kind = 'centre' | 'edge' | 'gap';
const fixesOf = (kind: Kind, count: number): FenceFix[] =>
  Array.from({ length: count }, () => {
    const fence = generated[Math.floor(random() * generated.length)];
    if (!fence) throw new Error('no fence');
    const [lng, lat] = fence.centre;
    const kx = METRES_PER_DEGREE * Math.cos((lat * Math.PI) / 180);
    const angle = random() * 2 * Math.PI;
    const distance =
      kind === 'centre' ? 0 : kind === 'edge' ? (fence.minRadiusM + fence.maxRadiusM) / 2 : 1_000;
    return {
      lat: lat + (distance * Math.cos(angle)) / METRES_PER_DEGREE,
      lng: lng + (distance * Math.sin(angle)) / kx,
      datum: 'wgs84',
      accuracy: 10,
      timestamp: NOW,
    };
  });
const mixed = [...fixesOf('centre', 342), ...fixesOf('edge', 341), ...fixesOf('gap', 341)].sort(
  () => random() - 0.5,
);
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

const indexed = await measure(`check() against ${FENCES} fences, mixed fixes`, cycle(mixed), {
  batch: 1_000,
  samples: 300,
});
const met = report(indexed, TARGET_NS);

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
const ratio = naive.medianNs / indexed.medianNs;
console.log(
  `ratio naive / indexed: ${ratio.toFixed(0)}× (${formatNs(naive.medianNs)} / ${formatNs(indexed.medianNs)}; expect ≥ 1000×)`,
);
if (sink < 0) console.log(sink); // keeps the naive loop's result alive
process.exit(met ? 0 : 1);
