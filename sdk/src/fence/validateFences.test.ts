import { expect, it } from 'vitest';
import { readFenceFixture } from '../../test/geo';
import { FenceError } from '../errors';
import { validateFences } from './validateFences';
import type { FenceProblem } from './validateFences';

/** The FenceError `validateFences(input)` throws (fails the test if it throws nothing or something else). */
function refusal(input: unknown): FenceError {
  try {
    validateFences(input);
  } catch (error) {
    expect(error).toBeInstanceOf(FenceError);
    return error as FenceError;
  }
  throw new Error('validateFences accepted the input');
}

function expectRefused(
  input: unknown,
  fenceId: string | undefined,
  reason: FenceProblem,
  path?: string,
): void {
  const error = refusal(input);
  expect(error.code).toBe('INVALID_FENCE');
  expect(error.data?.reason).toBe(reason);
  expect(error.data?.fenceId).toBe(fenceId);
  if (path !== undefined) expect(error.data?.path).toBe(path);
  if (fenceId !== undefined) expect(error.message).toContain(`"${fenceId}"`);
}

const square = (lng: number, lat: number, d = 0.001): number[][] => [
  [lng, lat],
  [lng + d, lat],
  [lng + d, lat + d],
  [lng, lat + d],
  [lng, lat],
];
const feature = (id: unknown, coordinates: unknown, properties?: unknown, type = 'Polygon'): unknown => ({
  type: 'Feature',
  id,
  properties: properties ?? { name: '测试', customsCode: '0702', headCustomsCode: '0700' },
  geometry: { type, coordinates },
});
const collection = (...features: unknown[]): unknown => ({ type: 'FeatureCollection', features });
const good = feature('good', [square(111.97, 43.67)]);

it('accepts the saved port and synthetic fences, holes and MultiPolygons included', () => {
  const ports = validateFences(readFenceFixture('ports.geojson'));
  expect(ports.map((fence) => fence.id)).toEqual(['erenhot', 'youyiguan', 'ruili-jiegao']);
  const synthetic = validateFences(readFenceFixture('synthetic.geojson'));
  const donut = synthetic.find((fence) => fence.id === 'donut');
  expect(donut?.geometry.type).toBe('Polygon');
  expect(donut?.geometry.coordinates).toHaveLength(2);
  expect(synthetic.find((fence) => fence.id === 'twin')?.geometry.type).toBe('MultiPolygon');
});

it('refuses an unclosed ring and names the fence, not the first one', () => {
  expectRefused(
    readFenceFixture('invalid/unclosed-ring.geojson'),
    'bad-unclosed',
    'not-closed',
    'features[1].geometry.coordinates[0]',
  );
});

it('refuses an unclosed ring in the second polygon of a MultiPolygon', () => {
  expectRefused(
    readFenceFixture('invalid/unclosed-multipolygon.geojson'),
    'bad-multi',
    'not-closed',
    'features[1].geometry.coordinates[1][0]',
  );
});

it('refuses a ring of fewer than four positions', () => {
  expectRefused(readFenceFixture('invalid/too-few-positions.geojson'), 'bad-short', 'too-few-positions');
});

it('refuses swapped [lat, lng] positions, whose latitude is out of range', () => {
  expectRefused(readFenceFixture('invalid/swapped-coordinates.geojson'), 'bad-swapped', 'bad-position');
});

it('refuses a bow-tie ring that crosses itself', () => {
  const error = refusal(readFenceFixture('invalid/self-intersecting.geojson'));
  expect(error.data).toMatchObject({ fenceId: 'bad-bowtie', reason: 'self-intersection' });
  expect(error.message).toMatch(/edges 0→1 and 2→3 cross/);
});

it('refuses a hole outside its outer ring', () => {
  expectRefused(readFenceFixture('invalid/hole-outside.geojson'), 'bad-hole', 'hole-outside');
});

it('refuses non-finite, missing and out-of-range coordinates', () => {
  const ring = square(111.97, 43.67);
  for (const bad of [[Number.NaN, 43.67], [111.97], ['111.97', 43.67], [181, 43.67], [111.97, -90.5], null]) {
    const broken = ring.map((position, i) => (i === 2 ? bad : position));
    expectRefused(
      collection(good, feature('b', [broken])),
      'b',
      'bad-position',
      'features[1].geometry.coordinates[0][2]',
    );
  }
});

it('refuses a ring whose positions are collinear', () => {
  const line = [
    [111.97, 43.67],
    [111.971, 43.67],
    [111.972, 43.67],
    [111.97, 43.67],
  ];
  expectRefused(collection(feature('flat', [line])), 'flat', 'no-area');
});

it('accepts an altitude and drops it from the copy', () => {
  const withAltitude = square(111.97, 43.67).map(([lng = 0, lat = 0]) => [lng, lat, 1050]);
  const [fence] = validateFences(collection(feature('z', [withAltitude])));
  expect(fence?.geometry.coordinates[0]?.[0]).toEqual([111.97, 43.67]);
});

it('returns a copy that later changes to the input do not reach', () => {
  const input = collection(feature('copy', [square(111.97, 43.67)])) as {
    features: { geometry: { coordinates: number[][][] } }[];
  };
  const [fence] = validateFences(input);
  const first = input.features[0]?.geometry.coordinates[0]?.[0];
  if (first) first[0] = 0;
  expect(fence?.geometry.coordinates[0]?.[0]).toEqual([111.97, 43.67]);
});

it('needs a FeatureCollection with at least one fence', () => {
  expectRefused({ type: 'Feature' }, undefined, 'not-a-collection');
  expectRefused(null, undefined, 'not-a-collection');
  expectRefused(collection(), undefined, 'empty-collection');
});

it('needs a unique non-empty string id on every fence', () => {
  expectRefused(collection(good, feature(undefined, [square(111.98, 43.67)])), undefined, 'missing-id');
  expectRefused(collection(good, feature(7, [square(111.98, 43.67)])), undefined, 'missing-id');
  expectRefused(collection(good, feature('good', [square(111.98, 43.67)])), 'good', 'duplicate-id');
  expect(refusal(collection(good, feature('good', [square(111.98, 43.67)]))).data?.featureIndex).toBe(1);
});

it('needs a name, a customs code and the head customs (直属关) of that code', () => {
  const ring = [square(111.97, 43.67)];
  const props = (customsCode: unknown, headCustomsCode: unknown, name: unknown = '测试') => ({
    name,
    customsCode,
    headCustomsCode,
  });
  expectRefused(collection(feature('n', ring, props('0702', '0700', ''))), 'n', 'bad-property');
  expectRefused(collection(feature('c', ring, props('702', '0700'))), 'c', 'bad-property');
  expectRefused(collection(feature('h', ring, props('0702', undefined))), 'h', 'bad-property');
  // 7200 is the head district of 72xx (南宁), not of 0702 (二连).
  expectRefused(collection(feature('m', ring, props('0702', '7200'))), 'm', 'bad-property');
  expectRefused(collection(feature('s', ring, props('0702', '0701'))), 's', 'bad-property');
  expect(validateFences(collection(feature('ok', ring, props('0700', '0700'))))).toHaveLength(1);
});

it('accepts only Polygon and MultiPolygon geometries', () => {
  expectRefused(collection(feature('p', [111.97, 43.67], undefined, 'Point')), 'p', 'bad-geometry');
  expectRefused(collection(feature('e', [], undefined, 'MultiPolygon')), 'e', 'bad-geometry');
  expectRefused(collection(feature('r', [])), 'r', 'bad-geometry');
});
