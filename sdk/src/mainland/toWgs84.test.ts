import gcoord from 'gcoord';
import { describe, expect, it } from 'vitest';
import { BORDER_PAIRS, MAINLAND_BY_THEM, NOT_MAINLAND } from '../../test/borderPlaces';
import type { Place } from '../../test/borderPlaces';
import { destination, haversineM, initialBearingDeg } from '../../test/geo';
import type { LngLat } from '../../test/geo';
import { GCJ02_INVERSE_ERROR_M, GCJ02_MAX_SHIFT_M, gcj02ToWgs84, wgs84ToGcj02 } from './gcj02';
import { locateInMainland } from './locateInMainland';
import { MAINLAND_BOUNDARY_ERROR_M, MAINLAND_REACH_M, mainlandGrid } from './mainlandBoundary';
import { toWgs84 } from './toWgs84';
import type { DatumPoint, LatLng } from '../fence/datum';

const at = ({ lat, lng }: LatLng): LngLat => [lng, lat];
/** What a phone in the mainland reports, asked for GCJ-02, at a WGS-84 point. */
const shiftedFix = (point: LatLng): DatumPoint => ({ ...wgs84ToGcj02(point), datum: 'gcj02' });
/** What a phone outside the mainland reports, asked for GCJ-02: the WGS-84 point, labelled GCJ-02. */
const unshiftedFix = ({ lat, lng }: LatLng): DatumPoint => ({ lat, lng, datum: 'gcj02' });
/** How far gcoord, which converts wherever its rectangle says China, moves a point. */
const gcoordMoveM = ({ lat, lng }: LatLng): number =>
  haversineM([lng, lat], gcoord.transform([lng, lat], gcoord.GCJ02, gcoord.WGS84));

/** The boundary between two places on either side, by bisection (to a centimetre). */
function boundaryBetween(inside: Place, outside: Place): LngLat {
  let a = at(inside);
  let b = at(outside);
  while (haversineM(a, b) > 0.01) {
    const middle: LngLat = [(a[0] + b[0]) / 2, (a[1] + b[1]) / 2];
    if (locateInMainland({ lng: middle[0], lat: middle[1] }).inMainland) a = middle;
    else b = middle;
  }
  return a;
}

describe.each(BORDER_PAIRS.map(([mainland, across]) => ({ mainland, across, name: mainland.name })))(
  'the border at $name',
  ({ mainland, across }) => {
    it(`places ${mainland.name} in the mainland and ${across.name} outside, beyond the reach`, () => {
      expect(locateInMainland(mainland)).toEqual({ inMainland: true, distanceM: Infinity });
      expect(locateInMainland(across)).toEqual({ inMainland: false, distanceM: Infinity });
    });

    it('converts a GCJ-02 fix on the mainland side, and takes one across the border as it is', () => {
      const reading = toWgs84(shiftedFix(mainland));
      expect(reading).toMatchObject({ appliedDatum: 'gcj02', uncertaintyM: GCJ02_INVERSE_ERROR_M });
      expect(haversineM(at(mainland), at(reading))).toBeLessThan(GCJ02_INVERSE_ERROR_M);

      expect(toWgs84(unshiftedFix(across))).toEqual({
        lat: across.lat,
        lng: across.lng,
        appliedDatum: 'wgs84',
        uncertaintyM: 0,
      });
      // gcoord's rectangle would have moved that person by hundreds of metres (issue 14).
      expect(gcoordMoveM(across)).toBeGreaterThan(150);
    });

    it('reads a fix within the error and the shift of the line both ways: the midpoint, widened', () => {
      const line = boundaryBetween(mainland, across);
      const outward = initialBearingDeg(at(mainland), at(across));
      for (const offsetM of [-300, -100, 0, 100, 300]) {
        const truth = destination(line, outward, offsetM);
        const truthPoint = { lng: truth[0], lat: truth[1] };
        // Either the phone shifted it (it stood in the mainland) or not: both fixes are read `either`.
        for (const fix of [shiftedFix(truthPoint), unshiftedFix(truthPoint)]) {
          const reading = toWgs84(fix);
          const converted = gcj02ToWgs84(fix);
          expect(reading.appliedDatum).toBe('either');
          expect(reading.lat).toBeCloseTo((fix.lat + converted.lat) / 2, 12);
          expect(reading.lng).toBeCloseTo((fix.lng + converted.lng) / 2, 12);
          const halfM = haversineM(at(fix), at(converted)) / 2;
          expect(reading.uncertaintyM).toBeCloseTo(halfM + GCJ02_INVERSE_ERROR_M, 0);
          // Whichever reading was right, the truth lies within the widened uncertainty.
          expect(haversineM(truth, at(reading))).toBeLessThanOrEqual(reading.uncertaintyM + 0.5);
        }
      }
    });
  },
);

it.each(NOT_MAINLAND)('takes a GCJ-02-labelled fix in $name as WGS-84, unshifted', (place) => {
  expect(locateInMainland(place).inMainland).toBe(false);
  expect(toWgs84(unshiftedFix(place))).toEqual({
    lat: place.lat,
    lng: place.lng,
    appliedDatum: 'wgs84',
    uncertaintyM: 0,
  });
  // gcoord would have moved it by hundreds of metres.
  expect(gcoordMoveM(place)).toBeGreaterThan(300);
});

it.each(MAINLAND_BY_THEM)('converts a GCJ-02 fix in $name', (place) => {
  expect(locateInMainland(place).inMainland).toBe(true);
  const reading = toWgs84(shiftedFix(place));
  expect(reading.appliedDatum).toBe('gcj02');
  expect(haversineM(at(place), at(reading))).toBeLessThan(GCJ02_INVERSE_ERROR_M);
});

it('reads a fix on the Macau peninsula, within the error and the shift of Zhuhai, both ways', () => {
  const senadoSquare = { lat: 22.1935, lng: 113.5397 };
  expect(locateInMainland(senadoSquare).inMainland).toBe(false);
  expect(toWgs84(unshiftedFix(senadoSquare)).appliedDatum).toBe('either');
});

it('leaves a WGS-84 point as it is, with no uncertainty added, wherever it is', () => {
  for (const point of [
    { lat: 43.672, lng: 111.97 },
    { lat: 22.282, lng: 114.158 },
    { lat: 89.9, lng: -179 },
  ]) {
    expect(toWgs84({ ...point, datum: 'wgs84' })).toEqual({
      ...point,
      appliedDatum: 'wgs84',
      uncertaintyM: 0,
    });
  }
});

it('takes a GCJ-02-labelled fix far from China as it is, poles included', () => {
  for (const point of [
    { lat: 48.85, lng: 2.35 },
    { lat: 90, lng: 0 },
    { lat: -90, lng: 180 },
    { lat: 0, lng: 0 },
  ]) {
    expect(toWgs84({ ...point, datum: 'gcj02' })).toEqual({
      ...point,
      appliedDatum: 'wgs84',
      uncertaintyM: 0,
    });
  }
});

it('refuses a point whose datum it does not know', () => {
  for (const datum of ['bd09', undefined, 'gcj-02']) {
    const point = { lat: 43.672, lng: 111.97, datum } as unknown as DatumPoint;
    expect(() => toWgs84(point)).toThrow(expect.objectContaining({ code: 'UNKNOWN_DATUM' }) as Error);
  }
});

it('states a boundary error within the reach of exact distances', () => {
  expect(MAINLAND_BOUNDARY_ERROR_M).toBeLessThan(MAINLAND_REACH_M);
});

it('needs no second lookup inside the mainland: the error is at least half the largest shift', () => {
  // toWgs84 skips B's lookup when A lies inside by more than the error; that is only sound if B, at
  // most GCJ02_MAX_SHIFT_M from A, cannot then lie outside by more than the error.
  expect(2 * MAINLAND_BOUNDARY_ERROR_M).toBeGreaterThanOrEqual(GCJ02_MAX_SHIFT_M);
});

it('reads every GCJ-02 fix near the land border as the two-sided rule says, lookup of B or not', () => {
  const grid = mainlandGrid();
  /** The rule as decision 015 states it, both points always looked up. */
  const byTheRule = ({ lat, lng }: LatLng): string => {
    const b = gcj02ToWgs84({ lat, lng });
    const shifted = grid.signedDistanceM(b.lng, b.lat) <= MAINLAND_BOUNDARY_ERROR_M;
    const unshifted = !(grid.signedDistanceM(lng, lat) < -MAINLAND_BOUNDARY_ERROR_M);
    return shifted && !unshifted ? 'gcj02' : unshifted && !shifted ? 'wgs84' : 'either';
  };
  const seen = new Set<string>();
  for (const [mainland, across] of BORDER_PAIRS) {
    for (let i = 0; i <= 400; i += 1) {
      // Along the line from the mainland place to the one across, and 3 km beyond either end.
      const t = -0.5 + (2 * i) / 400;
      const point = {
        lat: mainland.lat + t * (across.lat - mainland.lat),
        lng: mainland.lng + t * (across.lng - mainland.lng),
      };
      const expected = byTheRule(point);
      seen.add(expected);
      expect(toWgs84({ ...point, datum: 'gcj02' }).appliedDatum, `${mainland.name} t=${t}`).toBe(expected);
    }
  }
  expect([...seen].sort()).toEqual(['either', 'gcj02', 'wgs84']);
});
