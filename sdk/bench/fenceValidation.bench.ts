// Loading one fence of 100,000 positions (MAX_RING_POSITIONS), the most a ring may have: validation
// finds crossings with one sweep (O(n log n)), so it must take at most 1 s. Two shapes: a star-shaped
// ring (few edges cut by the sweep line at a time) and a comb whose teeth are all cut at once (the
// sweep's status holds tens of thousands of edges). A quadratic check took 3.7–7.2 s for 20,000.
import { loadFences, MAX_RING_POSITIONS } from '../src/fence/index';
import { formatNs, measure, report } from '../../scripts/benchmark';

const TARGET_NS = 1e9;
const [LNG, LAT] = [111.97, 43.67];

/** A closed ring of `positions` positions (the last one repeats the first). */
function closed(open: number[][]): number[][] {
  return [...open, open[0] as number[]];
}

function star(positions: number): number[][] {
  return closed(
    Array.from({ length: positions - 1 }, (_, i) => {
      const angle = (2 * Math.PI * i) / (positions - 1);
      const radius = 0.01 * (1 + 0.3 * Math.sin(25 * angle));
      return [LNG + radius * Math.cos(angle), LAT + radius * Math.sin(angle)];
    }),
  );
}

/** Teeth pointing east, stacked north: a vertical sweep line cuts every tooth. */
function comb(positions: number): number[][] {
  const teeth = Math.floor((positions - 3) / 4);
  const open: number[][] = [[LNG, LAT]];
  for (let t = 0; t < teeth; t += 1) {
    const y = LAT + t * 2e-6;
    open.push([LNG + 0.01, y], [LNG + 0.01, y + 1e-6], [LNG + 1e-4, y + 1e-6], [LNG + 1e-4, y + 2e-6]);
  }
  open.push([LNG, LAT + teeth * 2e-6]);
  return closed(open);
}

const collectionOf = (ring: number[][]) => ({
  type: 'FeatureCollection',
  features: [
    {
      type: 'Feature',
      id: 'big',
      properties: { name: '大', customsCode: '0702', headCustomsCode: '0700' },
      geometry: { type: 'Polygon', coordinates: [ring] },
    },
  ],
});

let met = true;
for (const [name, ring] of [
  ['star', star(MAX_RING_POSITIONS)],
  ['comb', comb(MAX_RING_POSITIONS)],
] as const) {
  const input = collectionOf(ring);
  met =
    report(
      await measure(`loadFences(), one ${name} ring of ${ring.length} positions`, () => loadFences(input), {
        batch: 1,
        samples: 5,
        warmupBatches: 1,
      }),
      TARGET_NS,
    ) && met;
}
console.log(`(target ≤ ${formatNs(TARGET_NS)} each)`);
process.exit(met ? 0 : 1);
