// Deterministic random fences along China's land border, for the fence benchmark and the index
// property test: star-shaped (so simple) polygons, one per 0.02° grid cell (so they never overlap).
import type { FenceFix } from '../src/fence/createFenceChecker';
import { METRES_PER_DEGREE } from '../src/fence/geometry';
import type { FenceCollection, FenceFeature } from '../src/fence/fenceCollection';

/** mulberry32: a small, fast, seedable PRNG returning [0, 1). */
export function mulberry32(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** Rough waypoints `[lat, lng]` of China's land border: north-west to north-east, then south-east to west. */
const BORDER: readonly (readonly (readonly [number, number])[])[] = [
  [
    [39.7, 73.9],
    [40.5, 75.4],
    [42.0, 80.2],
    [44.2, 80.4],
    [45.2, 82.6],
    [46.7, 83.0],
    [47.2, 85.5],
    [49.1, 87.5],
    [46.0, 90.9],
    [43.0, 96.0],
    [42.7, 101.0],
    [41.8, 105.0],
    [42.6, 108.5],
    [43.65, 111.97],
    [45.0, 116.0],
    [46.7, 119.8],
    [49.6, 117.4],
    [52.0, 120.0],
    [53.3, 123.5],
    [50.25, 127.5],
    [48.4, 134.7],
    [44.4, 131.15],
    [42.9, 130.3],
    [41.8, 128.0],
    [40.1, 124.4],
  ],
  [
    [21.55, 108.0],
    [22.0, 106.7],
    [22.5, 103.95],
    [21.2, 101.6],
    [22.0, 100.0],
    [24.0, 97.9],
    [27.0, 98.6],
    [28.0, 97.0],
    [27.8, 91.5],
    [28.0, 86.0],
    [30.4, 81.0],
    [32.5, 79.5],
    [35.5, 78.0],
    [36.85, 75.4],
  ],
];

/** Customs codes handed out round-robin: `[customsCode, headCustomsCode]`. */
export const RANDOM_FENCE_CUSTOMS: readonly (readonly [string, string])[] = [
  ['0702', '0700'],
  ['7208', '7200'],
  ['8609', '8600'],
  ['0601', '0600'],
  ['1901', '1900'],
  ['9401', '9400'],
  ['1501', '1500'],
  ['8801', '8800'],
];

/** Grid cell of one fence, degrees. */
export const CELL_DEG = 0.02;

/** A generated fence with what the generator knows about it. */
export interface RandomFence {
  centre: readonly [number, number];
  /** Smallest and largest vertex distance from the centre, metres. */
  minRadiusM: number;
  maxRadiusM: number;
}

/**
 * `count` non-overlapping star-shaped fences of `vertices` vertices, 150–500 m in radius, within ±0.4°
 * of the border line.
 */
export function randomBorderFences(
  count: number,
  { seed = 1, vertices = 50 }: { seed?: number; vertices?: number } = {},
): { collection: FenceCollection; fences: RandomFence[] } {
  const random = mulberry32(seed);
  const segments = BORDER.flatMap((line) => line.slice(1).map((to, i) => [line[i] ?? to, to] as const));
  const lengths = segments.map(([a, b]) => Math.hypot(b[0] - a[0], b[1] - a[1]));
  const total = lengths.reduce((sum, length) => sum + length, 0);
  const used = new Set<string>();
  const features: FenceFeature[] = [];
  const fences: RandomFence[] = [];
  while (features.length < count) {
    let along = random() * total;
    let s = 0;
    while (s < segments.length - 1 && along > (lengths[s] ?? 0)) along -= lengths[s++] ?? 0;
    const [[lat0, lng0], [lat1, lng1]] = segments[s] ??
      segments[0] ?? [
        [0, 0],
        [0, 0],
      ];
    const f = along / (lengths[s] ?? 1);
    const row = Math.floor((lat0 + f * (lat1 - lat0) + (random() - 0.5) * 0.8) / CELL_DEG);
    const column = Math.floor((lng0 + f * (lng1 - lng0) + (random() - 0.5) * 0.8) / CELL_DEG);
    const key = `${row}:${column}`;
    if (used.has(key)) continue;
    used.add(key);
    const lat = (row + 0.5) * CELL_DEG;
    const lng = (column + 0.5) * CELL_DEG;
    const kx = METRES_PER_DEGREE * Math.cos(lat * (Math.PI / 180));
    const radius = 150 + random() * 350;
    const ring: number[][] = [];
    let minRadiusM = Infinity;
    let maxRadiusM = 0;
    for (let v = 0; v < vertices; v += 1) {
      const angle = ((v + 0.2 + random() * 0.6) / vertices) * 2 * Math.PI;
      const r = radius * (0.7 + 0.3 * random());
      minRadiusM = Math.min(minRadiusM, r);
      maxRadiusM = Math.max(maxRadiusM, r);
      ring.push([lng + (r * Math.sin(angle)) / kx, lat + (r * Math.cos(angle)) / METRES_PER_DEGREE]);
    }
    // Star polygon drawn clockwise (angle from north, clockwise); GeoJSON wants counter-clockwise.
    ring.reverse();
    ring.push([...(ring[0] ?? [])]);
    const [customsCode, headCustomsCode] = RANDOM_FENCE_CUSTOMS[
      features.length % RANDOM_FENCE_CUSTOMS.length
    ] ?? ['0702', '0700'];
    features.push({
      type: 'Feature',
      id: `f${features.length}`,
      properties: { name: `随机围网 ${features.length}`, customsCode, headCustomsCode },
      geometry: { type: 'Polygon', coordinates: [ring] },
    });
    fences.push({ centre: [lng, lat], minRadiusM, maxRadiusM });
  }
  return { collection: { type: 'FeatureCollection', features }, fences };
}

/** Where a generated fix lies: at a fence's centre, near its edge (between its radii), or 1 km out. */
export type FixPlace = 'centre' | 'edge' | 'gap';

/**
 * `count` WGS-84 fixes of accuracy 10 m at random fences of `fences`, each at `place`, in a random
 * direction, stamped `timestamp`; `random` is consumed in order, so a seed gives the same fixes.
 */
export function fixesAt(
  fences: readonly RandomFence[],
  place: FixPlace,
  count: number,
  random: () => number,
  timestamp: number,
): FenceFix[] {
  return Array.from({ length: count }, () => {
    const fence = fences[Math.floor(random() * fences.length)];
    if (!fence) throw new Error('no fence');
    const [lng, lat] = fence.centre;
    const kx = METRES_PER_DEGREE * Math.cos((lat * Math.PI) / 180);
    const angle = random() * 2 * Math.PI;
    const distance =
      place === 'centre' ? 0 : place === 'edge' ? (fence.minRadiusM + fence.maxRadiusM) / 2 : 1_000;
    return {
      lat: lat + (distance * Math.cos(angle)) / METRES_PER_DEGREE,
      lng: lng + (distance * Math.sin(angle)) / kx,
      datum: 'wgs84',
      accuracy: 10,
      timestamp,
    };
  });
}

/** 1,024 fixes, a third at fence centres, a third near an edge, a third in the gaps, shuffled. */
export function mixedFixes(
  fences: readonly RandomFence[],
  random: () => number,
  timestamp: number,
): FenceFix[] {
  return [
    ...fixesAt(fences, 'centre', 342, random, timestamp),
    ...fixesAt(fences, 'edge', 341, random, timestamp),
    ...fixesAt(fences, 'gap', 341, random, timestamp),
  ].sort(() => random() - 0.5);
}
