#!/usr/bin/env node
// Measures the error of the generated mainland boundary (sdk/src/mainland/generated/) against the
// unsimplified mainland of its source (@geo-maps/countries-land-100m, made by the same steps of
// mainlandPieces.mjs), in metres: from each vertex of the source's mainland to the generated boundary,
// and back, along the land border and the Hong Kong and Macau boundaries (vertices within 300 m of
// another country of the source), and along the coast for information. The source's own error against
// OpenStreetMap (100 m) comes on top; see docs/decisions/015-mainland-boundary.md.
//   node --max-old-space-size=8000 --import tsx sdk/scripts/measureMainlandBoundaryError.mjs
import { decodeRings } from '../src/mainland/ringCodec.ts';
import {
  MAINLAND_BOUNDARY_RINGS,
  MAINLAND_BOUNDARY_SCALE,
} from '../src/mainland/generated/mainlandBoundaryData.ts';
import { MIN_ISLAND_KM2, readSource } from './buildMainlandBoundary.mjs';
import { mainlandPieces, segmentDistanceM } from './mainlandPieces.mjs';

const BUCKET_DEG = 0.02;
const LAND_BORDER_M = 300;

/** A bucket index of segments, answering the distance to the nearest one within `reachM`. */
function segmentIndex(segments) {
  const buckets = new Map();
  const key = (i, j) => i * 100_000 + j;
  for (const segment of segments) {
    const [[ax, ay], [bx, by]] = segment;
    for (
      let i = Math.floor(Math.min(ax, bx) / BUCKET_DEG);
      i <= Math.floor(Math.max(ax, bx) / BUCKET_DEG);
      i += 1
    ) {
      for (
        let j = Math.floor(Math.min(ay, by) / BUCKET_DEG);
        j <= Math.floor(Math.max(ay, by) / BUCKET_DEG);
        j += 1
      ) {
        const list = buckets.get(key(i, j)) ?? [];
        list.push(segment);
        buckets.set(key(i, j), list);
      }
    }
  }
  return (point, reachM) => {
    const steps = Math.ceil(reachM / (BUCKET_DEG * 111_000 * Math.cos((point[1] * Math.PI) / 180))) + 1;
    const i0 = Math.floor(point[0] / BUCKET_DEG);
    const j0 = Math.floor(point[1] / BUCKET_DEG);
    let best = Infinity;
    for (let i = i0 - steps; i <= i0 + steps; i += 1) {
      for (let j = j0 - steps; j <= j0 + steps; j += 1) {
        for (const [a, b] of buckets.get(key(i, j)) ?? [])
          best = Math.min(best, segmentDistanceM(point, a, b));
      }
    }
    return best <= reachM ? best : Infinity;
  };
}

const segmentsOf = (rings) => rings.flatMap((ring) => ring.map((a, i) => [a, ring[(i + 1) % ring.length]]));

function stats(name, values) {
  const sorted = values.filter(Number.isFinite).sort((a, b) => a - b);
  const at = (q) => sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))]?.toFixed(0);
  const beyond = values.length - sorted.length;
  console.log(
    `${name}: ${values.length} vertices, median ${at(0.5)} m, p99 ${at(0.99)} m, max ${at(1)} m` +
      (beyond ? `, ${beyond} beyond the reach` : ''),
  );
}

const { collection: fine } = readSource();
const reference = mainlandPieces(fine, { minIslandKm2: MIN_ISLAND_KM2 }).rings.map((ring) =>
  ring.slice(0, -1),
);
const { coords, starts } = decodeRings(MAINLAND_BOUNDARY_RINGS, MAINLAND_BOUNDARY_SCALE);
const generated = [];
for (let r = 0; r + 1 < starts.length; r += 1) {
  const ring = [];
  for (let k = starts[r]; k < starts[r + 1]; k += 1) ring.push([coords[2 * k], coords[2 * k + 1]]);
  generated.push(ring);
}

// Other countries' edges near China (its box and a degree around), in the finer data.
const near = ([x, y]) => x > 72 && x < 136 && y > 17 && y < 55;
const neighbours = fine.features
  .filter((f) => f.properties.A3 !== 'CHN')
  .flatMap((f) => (f.geometry.type === 'Polygon' ? [f.geometry.coordinates] : f.geometry.coordinates))
  .flatMap((polygon) => polygon)
  .filter((ring) => ring.some(near));
const toNeighbour = segmentIndex(segmentsOf(neighbours.map((ring) => ring.slice(0, -1))));
const toGenerated = segmentIndex(segmentsOf(generated));
const toReference = segmentIndex(segmentsOf(reference));

const REACH_M = 20_000;
const land = [];
const coast = [];
for (const ring of reference) {
  for (const vertex of ring) {
    (toNeighbour(vertex, LAND_BORDER_M) <= LAND_BORDER_M ? land : coast).push(vertex);
  }
}
const landIndex = segmentIndex(land.map((v) => [v, v]));
stats(
  'land border, finer → generated',
  land.map((v) => toGenerated(v, REACH_M)),
);
stats(
  'land border, generated → finer',
  generated
    .flat()
    .filter((v) => landIndex(v, 3_000) <= 3_000)
    .map((v) => toReference(v, REACH_M)),
);
stats(
  'coast (information), finer → generated',
  coast.map((v) => toGenerated(v, REACH_M)),
);
const worst = land.map((v) => ({ v, d: toGenerated(v, REACH_M) })).sort((a, b) => b.d - a.d);
console.log(
  `worst land-border vertices: ${worst
    .slice(0, 5)
    .map(({ v, d }) => `${d.toFixed(0)} m at ${v[1].toFixed(4)}N ${v[0].toFixed(4)}E`)
    .join(', ')}`,
);
