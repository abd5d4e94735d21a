import { booleanPointInPolygon } from '@turf/boolean-point-in-polygon';
import gcoord from 'gcoord';
import { describe, expect, it } from 'vitest';
import { methodFixtures } from '@hushi/bridge-spec/fixtures';
import type { LocationGetResult } from '@hushi/bridge-spec';
import { destination, haversineM, initialBearingDeg, readFenceFixture } from '../../test/geo';
import type { LngLat } from '../../test/geo';
import { mulberry32 } from '../../test/randomFences';
import { FenceError } from '../errors';
import { CONFIDENCE_SCALE_95, createFenceChecker, RADIUS_FLOOR_M } from './createFenceChecker';
import { METRES_PER_DEGREE } from './geometry';
import { loadFences } from './fenceSet';
import { GCJ02_INVERSE_ERROR_M, gcj02ToWgs84 } from '../mainland/gcj02';
import type { FenceFix } from './createFenceChecker';
import type { DatumConverter } from './datum';
import type { FenceCollection } from './fenceCollection';
import type { FenceVerdict } from './fenceVerdict';

/**
 * Converts every GCJ-02 fix, wherever it is: these tests are about how the checker judges a converted
 * fix. Where GCJ-02 applies (a fix at Youyiguan or Jiegao, within the boundary's error and the shift of
 * the border, is read `either`) is tested with the mainland's toWgs84 in sdk/src/mainland.
 */
const toWgs84: DatumConverter = (point) =>
  point.datum === 'gcj02'
    ? { ...gcj02ToWgs84(point), appliedDatum: 'gcj02', uncertaintyM: GCJ02_INVERSE_ERROR_M }
    : { lat: point.lat, lng: point.lng, appliedDatum: 'wgs84', uncertaintyM: 0 };

const NOW = 1_764_057_600_000;
const now = (): number => NOW;
const ports = loadFences(readFenceFixture('ports.geojson'));
const portsChecker = createFenceChecker(ports, {
  connectedHeadCustoms: new Set(['0700', '7200', '8600']),
  toWgs84,
  now,
});
const synthetic = loadFences(readFenceFixture('synthetic.geojson'));
const syntheticChecker = createFenceChecker(synthetic, { connectedHeadCustoms: new Set(['0100']), now });

const fixAt = ([lng, lat]: LngLat, accuracy = 10, datum: FenceFix['datum'] = 'wgs84'): FenceFix => ({
  lat,
  lng,
  datum,
  accuracy,
  timestamp: NOW,
});

/** Outer ring of a port fence, from the saved fixture (closing position dropped). */
function outerRing(id: string): LngLat[] {
  const fence = (readFenceFixture('ports.geojson') as FenceCollection).features.find((f) => f.id === id);
  if (fence?.geometry.type !== 'Polygon') throw new Error(`No polygon fence ${id}`);
  return (fence.geometry.coordinates[0] ?? []).slice(0, -1).map(([lng = 0, lat = 0]) => [lng, lat] as const);
}

/** Mean of a ring's vertices: inside these small star-shaped fences (each test checks it first). */
function probe(ring: readonly LngLat[]): LngLat {
  const sum = ring.reduce(([x, y], [lng, lat]) => [x + lng, y + lat], [0, 0]);
  return [sum[0] / ring.length, sum[1] / ring.length];
}

interface SavedFix {
  geometry: { coordinates: [number, number] };
  properties: {
    accuracy: number;
    expected: string;
    why: string;
    fence: string;
    distanceM?: number;
    direction?: string;
  };
}
const savedFixes = (readFenceFixture('synthetic-fixes.geojson') as { features: SavedFix[] }).features;

for (const { geometry, properties } of savedFixes) {
  it(`synthetic fences: ${properties.why} (accuracy ${properties.accuracy} m) is ${properties.expected}`, () => {
    const verdict = syntheticChecker.check(fixAt(geometry.coordinates, properties.accuracy));
    expect(verdict.status).toBe(properties.expected);
    const about = verdict.status === 'outside' ? verdict.nearest : 'fence' in verdict ? verdict : null;
    expect(about?.fence.id).toBe(properties.fence);
    if (properties.distanceM !== undefined) expect(about?.distanceM).toBeCloseTo(properties.distanceM, 1);
    if (properties.direction !== undefined) expect(about?.direction).toBe(properties.direction);
  });
}

for (const [id, minOffsetM] of [
  ['erenhot', 600],
  ['youyiguan', 450],
  ['ruili-jiegao', 300],
] as const) {
  it(`${id}: a GCJ-02 fix of a point inside is inside; read as WGS-84 it would not be`, () => {
    const inside = probe(outerRing(id));
    const wgs84Verdict = portsChecker.check(fixAt(inside, 8));
    expect(wgs84Verdict.status).toBe('inside');
    const [gcjLng, gcjLat] = gcoord.transform([inside[0], inside[1]], gcoord.WGS84, gcoord.GCJ02);
    // The datum offset at these ports is hundreds of metres: more than the fence is wide.
    expect(haversineM(inside, [gcjLng, gcjLat])).toBeGreaterThan(minOffsetM);
    const verdict = portsChecker.check(fixAt([gcjLng, gcjLat], 8, 'gcj02'));
    expect(verdict).toMatchObject({ status: 'inside', fence: { id } });
    if (verdict.status === 'inside')
      expect(haversineM(inside, [verdict.position.lng, verdict.position.lat])).toBeLessThan(0.5);
    const misread = portsChecker.check(fixAt([gcjLng, gcjLat], 8, 'wgs84'));
    expect(['outside', 'uncertain']).toContain(misread.status);
  });
}

for (const id of ['erenhot', 'youyiguan', 'ruili-jiegao']) {
  it(`${id}: a low-accuracy fix 30 m inside the edge is uncertain, a sharp one inside`, () => {
    const ring = outerRing(id);
    const [a = ring[0], b = ring[1]] = ring;
    if (!a || !b) throw new Error('ring too short');
    // Rings are counter-clockwise: the interior is on the left of a→b, 90° anticlockwise from its bearing.
    const midpoint = destination(a, initialBearingDeg(a, b), haversineM(a, b) / 2);
    const point = destination(midpoint, initialBearingDeg(a, b) - 90, 30);
    const sharp = portsChecker.check(fixAt(point, 10));
    expect(sharp).toMatchObject({ status: 'inside', fence: { id } });
    if (sharp.status === 'inside') expect(sharp.signedDistanceM).toBeCloseTo(-30, 1);
    const vague = portsChecker.check(fixAt(point, 40));
    expect(vague).toMatchObject({ status: 'uncertain', fence: { id }, hint: 'retry-high-accuracy' });
    // Same distance outside: uncertain when vague, outside when sharp.
    const outside = destination(midpoint, initialBearingDeg(a, b) + 90, 30);
    expect(portsChecker.check(fixAt(outside, 40)).status).toBe('uncertain');
    expect(portsChecker.check(fixAt(outside, 10))).toMatchObject({
      status: 'outside',
      nearest: { fence: { id } },
    });
  });
}

it('takes a location.get result from the spec fixtures as it is, and points to the nearest fence', () => {
  const reply = methodFixtures['location.get'].responses.valid.find(
    (r) => r.name === 'Youyiguan, wgs84, gps',
  );
  const fix = (reply?.message as { result: LocationGetResult }).result;
  const verdict = portsChecker.check(fix);
  expect(verdict.status).toBe('outside');
  if (verdict.status !== 'outside' || verdict.nearest === null) throw new Error('expected a nearest fence');
  expect(verdict.nearest.fence.id).toBe('youyiguan');
  // The nearest boundary point of the Youyiguan fence, seen from the south-west, is its first vertex.
  const [corner] = outerRing('youyiguan');
  if (!corner) throw new Error('empty ring');
  expect(verdict.nearest.distanceM).toBeCloseTo(haversineM([fix.lng, fix.lat], corner), 0);
  expect(verdict.nearest.bearingDeg).toBeCloseTo(initialBearingDeg([fix.lng, fix.lat], corner), 0);
  expect(verdict.nearest.direction).toBe('东北');
});

it('refuses a fix of unknown or missing datum instead of guessing', () => {
  const point = probe(outerRing('erenhot'));
  for (const datum of ['bd09', undefined, 'WGS84', '']) {
    const fix = { ...fixAt(point), datum } as unknown as FenceFix;
    expect(() => portsChecker.check(fix)).toThrow(
      expect.objectContaining({ code: 'UNKNOWN_DATUM' }) as Error,
    );
  }
});

it('refuses a GCJ-02 fix when the checker has no converter', () => {
  const checker = createFenceChecker(ports, { connectedHeadCustoms: new Set(['0700']), now });
  const point = probe(outerRing('erenhot'));
  expect(checker.check(fixAt(point)).status).toBe('inside');
  expect(() => checker.check(fixAt(point, 10, 'gcj02'))).toThrow(FenceError);
  expect(() => checker.check(fixAt(point, 10, 'gcj02'))).toThrow(
    expect.objectContaining({ code: 'UNSUPPORTED_DATUM' }) as Error,
  );
});

it('refuses malformed fixes with INVALID_FIX', () => {
  const good = fixAt(probe(outerRing('erenhot')));
  for (const bad of [
    { lat: Number.NaN },
    { lat: 91 },
    { lng: -181 },
    { accuracy: -1 },
    { accuracy: Number.POSITIVE_INFINITY },
    { timestamp: Number.NaN },
    { lat: '43.67' },
  ]) {
    const fix = { ...good, ...bad } as unknown as FenceFix;
    expect(() => portsChecker.check(fix)).toThrow(expect.objectContaining({ code: 'INVALID_FIX' }) as Error);
  }
  expect(() => portsChecker.check(null as unknown as FenceFix)).toThrow(FenceError);
});

it('calls a fix older than maxAgeMs, or stamped that far in the future, stale', () => {
  const checker = createFenceChecker(ports, {
    connectedHeadCustoms: new Set(['0700']),
    maxAgeMs: 30_000,
    now,
  });
  const fix = fixAt(probe(outerRing('erenhot')));
  expect(checker.check({ ...fix, timestamp: NOW - 30_000 }).status).toBe('inside');
  expect(checker.check({ ...fix, timestamp: NOW - 30_001 })).toEqual({
    status: 'stale',
    timestamp: NOW - 30_001,
    ageMs: 30_001,
    maxAgeMs: 30_000,
  });
  expect(checker.check({ ...fix, timestamp: NOW + 45_000 })).toMatchObject({
    status: 'stale',
    ageMs: -45_000,
  });
});

it('calls a fix whose accuracy is above the cap inaccurate', () => {
  const fix = fixAt(probe(outerRing('erenhot')));
  expect(portsChecker.check({ ...fix, accuracy: 100 }).status).not.toBe('inaccurate');
  expect(portsChecker.check({ ...fix, accuracy: 100.5 })).toMatchObject({
    status: 'inaccurate',
    accuracyM: 100.5,
    maxAccuracyM: 100,
    hint: 'retry-high-accuracy',
  });
  const strict = createFenceChecker(ports, {
    connectedHeadCustoms: new Set(['0700']),
    maxAccuracyM: 20,
    now,
  });
  expect(strict.check({ ...fix, accuracy: 25 }).status).toBe('inaccurate');
});

it('tests the circle scaled to 95%: the scale decides between inside and uncertain', () => {
  const ring = outerRing('erenhot');
  const [a, b] = ring;
  if (!a || !b) throw new Error('ring too short');
  const midpoint = destination(a, initialBearingDeg(a, b), haversineM(a, b) / 2);
  const point = destination(midpoint, initialBearingDeg(a, b) - 90, 30);
  // 15 m × 1.62 = 24 m < 30 m, but 15 m × 2.45 = 37 m > 30 m.
  const verdict = portsChecker.check(fixAt(point, 15));
  expect(verdict).toMatchObject({ status: 'inside', radiusM: 15 * CONFIDENCE_SCALE_95 });
  const wider = createFenceChecker(ports, {
    connectedHeadCustoms: new Set(['0700']),
    confidenceScale: 2.45,
    now,
  });
  expect(wider.check(fixAt(point, 15)).status).toBe('uncertain');
});

it('scales a 68% radius to the 95% radius of a circular normal error (Monte Carlo)', () => {
  const random = mulberry32(7);
  const radii: number[] = [];
  for (let i = 0; i < 100_000; i += 1) {
    // Box–Muller: two independent normal components.
    const r = Math.sqrt(-2 * Math.log(1 - random()));
    const angle = 2 * Math.PI * random();
    radii.push(Math.hypot(r * Math.cos(angle), r * Math.sin(angle)));
  }
  radii.sort((x, y) => x - y);
  const r68 = radii[Math.floor(0.68 * radii.length)] ?? Number.NaN;
  const within = radii.filter((r) => r <= r68 * CONFIDENCE_SCALE_95).length / radii.length;
  expect(within).toBeGreaterThan(0.945);
  expect(within).toBeLessThan(0.955);
});

it('says not-connected for a fence whose head customs has not connected, and checks a function too', () => {
  const point = probe(outerRing('ruili-jiegao'));
  const checker = createFenceChecker(ports, {
    connectedHeadCustoms: (code) => code !== '8600',
    toWgs84,
    now,
  });
  expect(checker.check(fixAt(point))).toMatchObject({
    status: 'not-connected',
    fence: { id: 'ruili-jiegao', headCustomsCode: '8600' },
  });
  expect(checker.check(fixAt(probe(outerRing('erenhot')))).status).toBe('inside');
});

it('gives no nearest fence when no head customs is connected', () => {
  const checker = createFenceChecker(ports, { connectedHeadCustoms: new Set(), now });
  const far = fixAt([116.4, 39.9]);
  expect(checker.check(far)).toMatchObject({ status: 'outside', nearest: null });
});

it('finds the nearest fence thousands of kilometres away, with the right direction', () => {
  const verdict = portsChecker.check(fixAt([116.4, 39.9])); // Beijing: Erenhot lies north-west
  expect(verdict).toMatchObject({
    status: 'outside',
    nearest: { fence: { id: 'erenhot' }, direction: '西北' },
  });
  if (verdict.status === 'outside' && verdict.nearest) {
    const exact = haversineM([116.4, 39.9], probe(outerRing('erenhot')));
    // Local projection, far from its comfort zone: still within 2%.
    expect(Math.abs(verdict.nearest.distanceM - exact) / exact).toBeLessThan(0.02);
  }
});

it('accepts the GeoJSON itself, validating it, and is not affected by later changes to it', () => {
  const json = readFenceFixture('ports.geojson') as {
    features: { geometry: { coordinates: number[][][] } }[];
  };
  const checker = createFenceChecker(json as unknown as FenceCollection, {
    connectedHeadCustoms: new Set(['0700']),
    now,
  });
  const point = probe(outerRing('erenhot'));
  expect(checker.check(fixAt(point)).status).toBe('inside');
  for (const position of json.features[0]?.geometry.coordinates[0] ?? []) position[1] = 0;
  expect(checker.check(fixAt(point)).status).toBe('inside');
  expect(() =>
    createFenceChecker({ type: 'FeatureCollection', features: [] }, { connectedHeadCustoms: new Set() }),
  ).toThrow(expect.objectContaining({ code: 'INVALID_FENCE' }) as Error);
});

it('refuses out-of-range options', () => {
  const connectedHeadCustoms = new Set(['0700']);
  for (const bad of [
    { maxAgeMs: 0 },
    { maxAccuracyM: -5 },
    { confidenceScale: Number.NaN },
    { confidenceScale: Infinity },
  ]) {
    expect(() => createFenceChecker(ports, { connectedHeadCustoms, ...bad })).toThrow(
      expect.objectContaining({ code: 'INVALID_OPTIONS' }) as Error,
    );
  }
  expect(() => createFenceChecker(ports, {} as never)).toThrow(
    expect.objectContaining({ code: 'INVALID_OPTIONS' }) as Error,
  );
});

it('returns verdicts that survive JSON, for the backend log', () => {
  const verdict: FenceVerdict = portsChecker.check(fixAt(probe(outerRing('youyiguan'))));
  expect(JSON.parse(JSON.stringify(verdict))).toEqual(verdict);
});

describe('the radius floor', () => {
  // A square fence whose west edge runs along lng 111.97 from lat 43.67 to 43.68.
  const square = {
    type: 'FeatureCollection',
    features: [
      {
        type: 'Feature',
        id: 'square',
        properties: { name: '方', customsCode: '0702', headCustomsCode: '0700' },
        geometry: {
          type: 'Polygon',
          coordinates: [
            [
              [111.97, 43.67],
              [111.98, 43.67],
              [111.98, 43.68],
              [111.97, 43.68],
              [111.97, 43.67],
            ],
          ],
        },
      },
    ],
  };
  const checker = createFenceChecker(loadFences(square), {
    connectedHeadCustoms: new Set(['0700']),
    now: () => 0,
  });

  it('leaves a point on an edge or a vertex uncertain at accuracy 0', () => {
    for (const [lng, lat] of [
      [111.97, 43.675],
      [111.975, 43.67],
      [111.97, 43.67],
      [111.98, 43.68],
    ] as const) {
      const verdict = checker.check({ lat, lng, datum: 'wgs84', accuracy: 0, timestamp: 0 });
      expect(verdict).toMatchObject({ status: 'uncertain', radiusM: RADIUS_FLOOR_M, appliedDatum: 'wgs84' });
    }
  });

  it('judges a point further in than the floor at accuracy 0', () => {
    const inward = 1 / METRES_PER_DEGREE; // one metre north of the south edge
    const verdict = checker.check({
      lat: 43.67 + inward,
      lng: 111.975,
      datum: 'wgs84',
      accuracy: 0,
      timestamp: 0,
    });
    expect(verdict.status).toBe('inside');
  });
});

it('never flips a GCJ-02 fix near an edge at accuracy 0: the conversion bound is tested too', () => {
  const random = mulberry32(14);
  // The port fences are Polygons.
  const json = readFenceFixture('ports.geojson') as {
    features: { geometry: { type: 'Polygon'; coordinates: number[][][] } }[];
  };
  const checker = createFenceChecker(ports, { connectedHeadCustoms: () => true, toWgs84, now: () => 0 });
  let judged = 0;
  for (let n = 0; n < 6_000; n += 1) {
    const feature = json.features[Math.floor(random() * json.features.length)] as (typeof json.features)[0];
    const ring = feature.geometry.coordinates[0] as number[][];
    const k = Math.floor(random() * (ring.length - 1));
    const [ax, ay] = ring[k] as [number, number];
    const [bx, by] = ring[k + 1] as [number, number];
    const t = random();
    const onEdge: LngLat = [ax + t * (bx - ax), ay + t * (by - ay)];
    const truth = destination(onEdge, random() * 360, random() * 2);
    const inside = booleanPointInPolygon(truth, feature.geometry);
    const [lng, lat] = gcoord.transform(truth, gcoord.WGS84, gcoord.GCJ02);
    const verdict = checker.check({ lat, lng, datum: 'gcj02', accuracy: 0, timestamp: 0 });
    expect(['inside', 'outside', 'uncertain']).toContain(verdict.status);
    if (verdict.status === 'uncertain') continue;
    judged += 1;
    expect(verdict.status).toBe(inside ? 'inside' : 'outside');
  }
  // Most fixes are further from the edge than the tested radius, and those are judged.
  expect(judged).toBeGreaterThan(4_000);
});
