// The mainland-aware converter through the fence checker, with the port fences of the fixtures and one
// drawn at the Erenhot border: a GCJ-02 fix is judged where it was converted to, and a person across the
// border is never moved into a fence.
import { booleanPointInPolygon } from '@turf/boolean-point-in-polygon';
import { expect, it } from 'vitest';
import { BORDER_PAIRS } from '../../test/borderPlaces';
import { destination, haversineM, initialBearingDeg, readFenceFixture } from '../../test/geo';
import type { LngLat } from '../../test/geo';
import { createFenceChecker } from '../fence/createFenceChecker';
import { loadFences } from '../fence/fenceSet';
import type { FenceFix } from '../fence/createFenceChecker';
import type { DatumConverter, LatLng } from '../fence/datum';
import type { FenceCollection, FencePolygon } from '../fence/fenceCollection';
import { GCJ02_INVERSE_ERROR_M, gcj02ToWgs84, wgs84ToGcj02 } from './gcj02';
import { locateInMainland } from './locateInMainland';
import { toWgs84 } from './toWgs84';

const ports = readFenceFixture('ports.geojson') as FenceCollection;
const checker = createFenceChecker(loadFences(ports), {
  connectedHeadCustoms: () => true,
  toWgs84,
  now: () => 0,
});
const fix = ({ lat, lng }: LatLng, datum: FenceFix['datum'], accuracy = 8): FenceFix => ({
  lat,
  lng,
  datum,
  accuracy,
  timestamp: 0,
});
const polygon = (id: string): FencePolygon => {
  const geometry = ports.features.find((f) => f.id === id)?.geometry;
  if (geometry?.type !== 'Polygon') throw new Error(`No polygon fence ${id}`);
  return geometry;
};
/** Mean of the outer ring's vertices: inside these small star-shaped fences. */
const centre = (id: string): LatLng => {
  const ring = (polygon(id).coordinates[0] ?? []).slice(0, -1);
  return {
    lng: ring.reduce((sum, [lng = 0]) => sum + lng, 0) / ring.length,
    lat: ring.reduce((sum, [, lat = 0]) => sum + lat, 0) / ring.length,
  };
};

it('judges a GCJ-02 fix in the Erenhot fence where it was converted to: inside', () => {
  const truth = centre('erenhot');
  const erenhot = polygon('erenhot') as unknown as Parameters<typeof booleanPointInPolygon>[1];
  expect(booleanPointInPolygon([truth.lng, truth.lat], erenhot)).toBe(true);
  const gcj = wgs84ToGcj02(truth);
  const verdict = checker.check(fix(gcj, 'gcj02'));
  expect(verdict).toMatchObject({ status: 'inside', appliedDatum: 'gcj02', fence: { id: 'erenhot' } });
  if (verdict.status !== 'inside') return;
  expect(haversineM([truth.lng, truth.lat], [verdict.position.lng, verdict.position.lat])).toBeLessThan(
    GCJ02_INVERSE_ERROR_M,
  );
  // The same numbers read as WGS-84 are 620 m off: not inside.
  expect(checker.check(fix(gcj, 'wgs84')).status).not.toBe('inside');
});

it('reads a GCJ-02 fix in the Youyiguan fence, about 500 m from the line, both ways: uncertain', () => {
  const truth = centre('youyiguan');
  const { inMainland, distanceM } = locateInMainland(truth);
  expect(inMainland).toBe(true);
  expect(distanceM).toBeGreaterThan(300);
  expect(distanceM).toBeLessThan(700);
  const verdict = checker.check(fix(wgs84ToGcj02(truth), 'gcj02'));
  expect(verdict).toMatchObject({ status: 'uncertain', appliedDatum: 'either' });
  if (verdict.status !== 'uncertain') return;
  // The tested circle holds the truth, whichever reading was right.
  expect(haversineM([truth.lng, truth.lat], [verdict.position.lng, verdict.position.lat])).toBeLessThan(
    verdict.radiusM,
  );
});

it('takes a fix at the sample Jiegao fence, which lies 1.6 km in Myanmar by OpenStreetMap, as WGS-84', () => {
  // The fixture's 姐告 is about 2 km north-east of OpenStreetMap's Jiegao (23.985°N 97.888°E).
  const truth = centre('ruili-jiegao');
  expect(locateInMainland(truth).inMainland).toBe(false);
  expect(checker.check(fix(truth, 'gcj02'))).toMatchObject({ status: 'inside', appliedDatum: 'wgs84' });
});

it('does not move a GCJ-02-labelled fix in Zamyn-Üüd towards the Erenhot fence', () => {
  const [, zamynUud] = BORDER_PAIRS[0] ?? [];
  if (!zamynUud) throw new Error('no Zamyn-Üüd');
  const verdict = checker.check(fix(zamynUud, 'gcj02'));
  expect(verdict).toMatchObject({
    status: 'outside',
    appliedDatum: 'wgs84',
    position: { lat: zamynUud.lat, lng: zamynUud.lng },
    nearest: { fence: { id: 'erenhot' } },
  });
});

// Where the inverse shift points into China (Vietnam, Myanmar), converting a fix across the border
// everywhere, as gcoord's rectangle did, moves its person into China.
it.each(BORDER_PAIRS.slice(1, 5).map(([mainland, across]) => ({ mainland, across, name: across.name })))(
  'never moves a person standing in $name, by the border, into a fence the old rectangle put them in',
  ({ mainland, across }) => {
    let a: LngLat = [mainland.lng, mainland.lat];
    let b: LngLat = [across.lng, across.lat];
    while (haversineM(a, b) > 0.01) {
      const middle: LngLat = [(a[0] + b[0]) / 2, (a[1] + b[1]) / 2];
      if (locateInMainland({ lng: middle[0], lat: middle[1] }).inMainland) a = middle;
      else b = middle;
    }
    // A person 150 m beyond the boundary, and a 200 m fence where converting everywhere puts them.
    const outward = initialBearingDeg([mainland.lng, mainland.lat], [across.lng, across.lat]);
    const [lng, lat] = destination(a, outward, 150);
    const person = { lat, lng };
    expect(locateInMainland(person).inMainland).toBe(false);
    const moved = gcj02ToWgs84(person);
    expect(locateInMainland(moved).inMainland).toBe(true);
    const corner = (bearing: number): number[] => [
      ...destination([moved.lng, moved.lat], bearing, 100 * Math.SQRT2),
    ];
    const fences = loadFences({
      type: 'FeatureCollection',
      features: [
        {
          type: 'Feature',
          id: 'by-the-line',
          properties: { name: '边境线旁围网（测试）', customsCode: '0702', headCustomsCode: '0700' },
          geometry: {
            type: 'Polygon',
            coordinates: [[corner(225), corner(135), corner(45), corner(315), corner(225)]],
          },
        },
      ],
    });
    const everywhere: DatumConverter = (point) => ({
      ...gcj02ToWgs84(point),
      appliedDatum: 'gcj02',
      uncertaintyM: GCJ02_INVERSE_ERROR_M,
    });
    const options = { connectedHeadCustoms: () => true, now: () => 0 };
    const old = createFenceChecker(fences, { ...options, toWgs84: everywhere });
    expect(old.check(fix(person, 'gcj02')).status).toBe('inside');
    const aware = createFenceChecker(fences, { ...options, toWgs84 });
    expect(aware.check(fix(person, 'gcj02'))).toMatchObject({ status: 'uncertain', appliedDatum: 'either' });
    // In the town across, beyond the boundary's error and the shift: taken as it is, outside.
    expect(aware.check(fix(across, 'gcj02'))).toMatchObject({
      status: 'outside',
      appliedDatum: 'wgs84',
    });
  },
);
