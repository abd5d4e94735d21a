import { booleanPointInPolygon } from '@turf/boolean-point-in-polygon';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { destination } from '../../test/geo';
import type { LngLat } from '../../test/geo';
import { createFenceChecker } from './createFenceChecker';
import { loadFences } from './fenceSet';
import { METRES_PER_DEGREE } from './geometry';
import type { FenceVerdict } from './fenceVerdict';

const LAT = 43.67;
const LNG = 111.97;
/** Degrees of longitude per metre at LAT. */
const PER_M_LNG = 1 / (METRES_PER_DEGREE * Math.cos((LAT * Math.PI) / 180));
const PER_M_LAT = 1 / METRES_PER_DEGREE;

/** A rectangle given in metres east and north of (LNG, LAT). */
const rect = (west: number, south: number, east: number, north: number): number[][] =>
  [
    [west, south],
    [east, south],
    [east, north],
    [west, north],
    [west, south],
  ].map(([e, n]) => [LNG + (e as number) * PER_M_LNG, LAT + (n as number) * PER_M_LAT]);

const fence = (id: string, coordinates: unknown, headCustomsCode = '0700', type = 'Polygon') => ({
  type: 'Feature',
  id,
  properties: { name: id, customsCode: `${headCustomsCode.slice(0, 2)}02`, headCustomsCode },
  geometry: { type, coordinates },
});
const collection = (...features: unknown[]) => ({ type: 'FeatureCollection', features });

function check(
  input: unknown,
  eastM: number,
  northM: number,
  accuracy: number,
  connected = ['0700'],
): FenceVerdict {
  const checker = createFenceChecker(loadFences(input), {
    connectedHeadCustoms: new Set(connected),
    now: () => 0,
  });
  return checker.check({
    lng: LNG + eastM * PER_M_LNG,
    lat: LAT + northM * PER_M_LAT,
    datum: 'wgs84',
    accuracy,
    timestamp: 0,
  });
}

describe('fences of one head customs judged as their union', () => {
  // Two 300 m squares side by side, sharing the edge at 300 m east.
  const west = rect(0, 0, 300, 300);
  const east = rect(300, 0, 600, 300);

  it('makes no uncertain band along an edge two fences share', () => {
    const twins = collection(fence('west', [west]), fence('east', [east]));
    const verdict = check(twins, 297, 150, 5);
    expect(verdict).toMatchObject({ status: 'inside', fence: { id: 'west' } });
    // 150 m to the union's edge, north or south.
    expect((verdict as { distanceM: number }).distanceM).toBeCloseTo(150, 0);
    expect(check(twins, 303, 150, 5)).toMatchObject({ status: 'inside', fence: { id: 'east' } });
    // The outer edges still count.
    expect(check(twins, 597, 150, 5).status).toBe('uncertain');
    expect(check(twins, 150, 3, 5).status).toBe('uncertain');
  });

  it('keeps the shared edge between fences of different head customs', () => {
    const neighbours = collection(fence('west', [west]), fence('east', [east], '7200'));
    expect(check(neighbours, 297, 150, 5).status).toBe('uncertain');
    expect(check(neighbours, 297, 150, 5, ['0700', '7200']).status).toBe('uncertain');
  });

  it('makes no uncertain band where the parts of a MultiPolygon or two fences overlap', () => {
    // The parts overlap between 250 and 350 m east.
    const left = rect(0, 0, 350, 300);
    const right = rect(250, 0, 600, 300);
    const multi = collection(fence('multi', [[left], [right]], '0700', 'MultiPolygon'));
    // 3 m from the left part's east edge, 3 m from the right part's west edge: deep in the union.
    expect(check(multi, 347, 150, 5).status).toBe('inside');
    expect(check(multi, 253, 150, 5).status).toBe('inside');
    const two = collection(fence('left', [left]), fence('right', [right]));
    expect(check(two, 347, 150, 5).status).toBe('inside');
    expect(check(two, 150, 297, 5).status).toBe('uncertain');
  });

  it('still sees a hole of one fence that another fence does not cover', () => {
    const holed = rect(0, 0, 300, 300);
    const hole = rect(100, 100, 200, 200).reverse();
    const beside = rect(300, 0, 600, 300);
    const input = collection(fence('holed', [holed, hole]), fence('beside', [beside]));
    expect(check(input, 150, 150, 5).status).toBe('outside');
    expect(check(input, 203, 150, 5).status).toBe('uncertain');
    // A fence that fills the hole takes its band away.
    const filled = collection(fence('holed', [holed, hole]), fence('plug', [rect(90, 90, 210, 210)]));
    expect(check(filled, 203, 150, 5).status).toBe('inside');
  });
});

it('agrees with a dense sampling of the union, for random overlapping rectangles of one head customs', () => {
  const rectangle = fc
    .tuple(
      fc.integer({ min: 0, max: 400 }),
      fc.integer({ min: 0, max: 400 }),
      fc.integer({ min: 40, max: 300 }),
      fc.integer({ min: 40, max: 300 }),
    )
    .map(([w, s, width, height]) => rect(w, s, w + width, s + height));
  fc.assert(
    fc.property(
      fc.array(rectangle, { minLength: 1, maxLength: 4 }),
      fc.tuple(
        fc.double({ min: -50, max: 750, noNaN: true }),
        fc.double({ min: -50, max: 750, noNaN: true }),
      ),
      fc.double({ min: 1, max: 30, noNaN: true }),
      (rings, [eastM, northM], accuracy) => {
        const input = collection(...rings.map((ring, k) => fence(`f${k}`, [ring])));
        const verdict = check(input, eastM, northM, accuracy);
        if (verdict.status !== 'inside' && verdict.status !== 'outside' && verdict.status !== 'uncertain') {
          throw new Error(`unexpected ${verdict.status}`);
        }
        const polygons = rings.map((ring) => ({ type: 'Polygon' as const, coordinates: [ring] }));
        const inUnion = (point: LngLat) =>
          polygons.some((polygon) => booleanPointInPolygon([...point], polygon));
        const centre: LngLat = [LNG + eastM * PER_M_LNG, LAT + northM * PER_M_LAT];
        // The tested circle, sampled 0.5 m inside and outside its rim.
        const rim = (offset: number) =>
          Array.from({ length: 72 }, (_, k) => destination(centre, k * 5, verdict.radiusM + offset));
        if (verdict.status === 'inside') expect(rim(-0.5).every(inUnion)).toBe(true);
        if (verdict.status === 'outside') expect(rim(-0.5).some(inUnion) || inUnion(centre)).toBe(false);
        // Uncertain only if the circle, a little larger, has points on both sides of the union's edge.
        if (verdict.status === 'uncertain') {
          const points = [centre, ...rim(0.5), ...rim(-0.5), ...rim(-verdict.radiusM / 2)];
          expect(points.some(inUnion) && !points.every(inUnion)).toBe(true);
        }
      },
    ),
    { numRuns: 1_500, seed: 14 },
  );
});
