import { booleanPointInPolygon } from '@turf/boolean-point-in-polygon';
import fc from 'fast-check';
import { expect, it } from 'vitest';
import { destination, haversineM, readFenceFixture } from '../../test/geo';
import { randomBorderFences } from '../../test/randomFences';
import { loadFences } from './fenceSet';
import { BOUNDARY_BAND_M, signedDistance } from './signedDistance';
import type { FenceSet } from './fenceSet';

/** A fence's geometry as Turf takes it. */
type TurfGeometry = Parameters<typeof booleanPointInPolygon>[1];
/** The geometries of a fence collection, in order. */
const geometriesOf = (collection: unknown): TurfGeometry[] =>
  (collection as { features: { geometry: TurfGeometry }[] }).features.map((feature) => feature.geometry);

const fences = loadFences(readFenceFixture('synthetic.geojson'));
const donut = fences.indexOf('donut');
// The donut is a 400 m square around (100°E, 30°N) with a 100 m square hole: its north edge lies on
// one parallel, so the distance from a point due north of the centre is a meridian arc.
const centre: [number, number] = [100, 30];

it('is positive outside, negative inside, and the great-circle distance to the edge', () => {
  for (const northM of [55, 120, 199, 201, 260, 1_000]) {
    const [lng, lat] = destination(centre, 0, northM);
    const { signedDistanceM, eastM, northM: towardEdge } = signedDistance(fences, donut, { lat, lng });
    const toOuter = Math.abs(northM - 200);
    const toHole = northM - 50;
    const expected = northM < 200 ? -Math.min(toOuter, toHole) : toOuter;
    expect(signedDistanceM).toBeCloseTo(expected, 1);
    expect(Math.abs(eastM)).toBeLessThan(0.01);
    expect(Math.sign(towardEdge)).toBe(northM > 200 || toHole < toOuter ? -1 : 1);
  }
});

it('is positive in a hole: a hole is outside the fence', () => {
  const { signedDistanceM } = signedDistance(fences, donut, { lat: centre[1], lng: centre[0] });
  expect(signedDistanceM).toBeCloseTo(50, 1);
});

it('measures to a corner diagonally, matching the haversine distance', () => {
  const corner = destination(destination(centre, 0, 200), 90, 200);
  const away = destination(corner, 45, 500);
  const { signedDistanceM, eastM, northM } = signedDistance(fences, donut, { lng: away[0], lat: away[1] });
  expect(signedDistanceM).toBeCloseTo(haversineM(away, corner), 0);
  expect(eastM).toBeLessThan(0);
  expect(northM).toBeLessThan(0);
});

it('stays within 0.5% of the great-circle distance 20 km away', () => {
  const [lng, lat] = destination(centre, 0, 20_200);
  const north = destination(centre, 0, 200);
  const { signedDistanceM } = signedDistance(fences, donut, { lat, lng });
  expect(Math.abs(signedDistanceM - haversineM([lng, lat], north)) / 20_000).toBeLessThan(0.005);
});

it('fills and returns the object it is given', () => {
  const out = { signedDistanceM: 0, eastM: 0, northM: 0 };
  expect(signedDistance(fences, donut, { lat: 30.01, lng: 100 }, out)).toBe(out);
  expect(out.signedDistanceM).toBeGreaterThan(0);
});

it('refuses a fence index that is not in the set', () => {
  expect(() => signedDistance(fences, fences.size, { lat: 30, lng: 100 })).toThrow(RangeError);
  expect(() => signedDistance(fences, -1, { lat: 30, lng: 100 })).toThrow(RangeError);
});

it("has Turf's sign outside the boundary band: near edges, on edges, on vertices, in holes and MultiPolygons", () => {
  const { collection } = randomBorderFences(40, { seed: 5, vertices: 9 });
  const collections = [readFenceFixture('synthetic.geojson'), collection, readFenceFixture('ports.geojson')];
  const sets = collections.map((input) => loadFences(input));
  const geometries = collections.map(geometriesOf);
  fc.assert(
    fc.property(
      fc.integer({ min: 0, max: 1_000 }),
      fc.integer({ min: 0, max: 1_000 }),
      fc.double({ min: 0, max: 1, noNaN: true }),
      fc.oneof(
        fc.constant(0),
        fc.double({ min: -2e-6, max: 2e-6, noNaN: true }),
        fc.double({ min: -300, max: 300, noNaN: true }),
      ),
      fc.double({ min: 0, max: 360, noNaN: true }),
      (which, fence, along, offsetM, bearing) => {
        const set = sets[which % sets.length] as FenceSet;
        const f = fence % set.size;
        const geometry = geometries[which % sets.length]?.[f] as TurfGeometry & { coordinates: unknown };
        const rings =
          geometry.type === 'Polygon'
            ? geometry.coordinates
            : (geometry.coordinates as number[][][][]).flat();
        const ring = rings[fence % rings.length] ?? [];
        const k = fence % (ring.length - 1);
        const [ax = 0, ay = 0] = ring[k] ?? [];
        const [bx = 0, by = 0] = ring[k + 1] ?? [];
        // A point on an edge (or a vertex), pushed off it by offsetM in some direction.
        const onEdge: [number, number] =
          along === 0 ? [ax, ay] : [ax + along * (bx - ax), ay + along * (by - ay)];
        const [lng, lat] = offsetM === 0 ? onEdge : destination(onEdge, bearing, Math.abs(offsetM));
        const { signedDistanceM } = signedDistance(set, f, { lat, lng });
        const turfInside = booleanPointInPolygon([lng, lat], geometry);
        // Within the band the point is on the boundary, so inside; outside it the sign is Turf's.
        if (Math.abs(signedDistanceM) >= BOUNDARY_BAND_M) expect(signedDistanceM < 0).toBe(turfInside);
        else expect(signedDistanceM).toBeLessThanOrEqual(0);
      },
    ),
    { numRuns: 5_000, seed: 17 },
  );
});

it('counts a point where two parts of a MultiPolygon overlap as inside, as Turf does', () => {
  const square = (lng: number): number[][] => [
    [lng, 30],
    [lng + 0.002, 30],
    [lng + 0.002, 30.002],
    [lng, 30.002],
    [lng, 30],
  ];
  const input = {
    type: 'FeatureCollection',
    features: [
      {
        type: 'Feature',
        id: 'overlap',
        properties: { name: '重叠', customsCode: '0101', headCustomsCode: '0100' },
        geometry: { type: 'MultiPolygon', coordinates: [[square(100)], [square(100.001)]] },
      },
    ],
  };
  const overlapping = loadFences(input);
  const point = { lat: 30.001, lng: 100.0015 };
  expect(booleanPointInPolygon([point.lng, point.lat], geometriesOf(input)[0] as TurfGeometry)).toBe(true);
  expect(signedDistance(overlapping, 0, point).signedDistanceM).toBeLessThan(0);
});
