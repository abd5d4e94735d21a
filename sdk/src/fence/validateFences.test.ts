import { describe, expect, it } from 'vitest';
import { readFenceFixture } from '../../test/geo';
import { FenceError } from '../errors';
import { MAX_HOLES, validateFences } from './validateFences';
import type { FenceLoadOptions, FenceProblem } from './validateFences';

/** The FenceError `validateFences(input)` throws (fails the test if it throws nothing or something else). */
function refusal(input: unknown, options?: FenceLoadOptions): FenceError {
  try {
    validateFences(input, options);
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

describe('holes, by their edges', () => {
  // A C-shaped (concave) outer ring around 111.97, 43.67: its notch opens to the east between lat
  // 43.673 and 43.677.
  const c = [
    [111.97, 43.67],
    [111.98, 43.67],
    [111.98, 43.673],
    [111.974, 43.673],
    [111.974, 43.677],
    [111.98, 43.677],
    [111.98, 43.68],
    [111.97, 43.68],
    [111.97, 43.67],
  ];
  const rect = (west: number, south: number, east: number, north: number): number[][] => [
    [west, south],
    [east, south],
    [east, north],
    [west, north],
    [west, south],
  ];
  const polygon = (...rings: number[][][]) => collection(feature('holed', rings));

  it('refuses a hole whose positions are inside a concave outer ring but whose edges leave it', () => {
    // Its corners lie in the C's two arms; its east side runs across the notch.
    expectRefused(
      polygon(c, rect(111.972, 43.672, 111.977, 43.678)),
      'holed',
      'hole-outside',
      'features[0].geometry.coordinates[1]',
    );
  });

  it('refuses a hole wholly outside its outer ring', () => {
    expectRefused(polygon(c, rect(111.976, 43.674, 111.978, 43.676)), 'holed', 'hole-outside');
  });

  it('refuses holes that overlap, or one inside another', () => {
    const outer = rect(111.97, 43.67, 111.98, 43.68);
    expectRefused(
      polygon(outer, rect(111.971, 43.671, 111.975, 43.675), rect(111.973, 43.673, 111.977, 43.677)),
      'holed',
      'holes-overlap',
    );
    expectRefused(
      polygon(outer, rect(111.971, 43.671, 111.979, 43.679), rect(111.973, 43.673, 111.977, 43.677)),
      'holed',
      'holes-overlap',
    );
  });

  it('accepts holes that touch their outer ring or each other', () => {
    const outer = rect(111.97, 43.67, 111.98, 43.68);
    const touching = validateFences(
      polygon(outer, rect(111.97, 43.672, 111.974, 43.676), rect(111.974, 43.672, 111.978, 43.676)),
    );
    expect(touching[0]?.geometry.coordinates).toHaveLength(3);
  });

  it('refuses a ring that crosses itself at any length, and a polygon of too many holes', () => {
    // A thin zigzag of 5,001 positions whose last edge cuts back across the first ones.
    const zigzag = Array.from({ length: 5_000 }, (_, i) => [111.9 + i * 1e-5, 43.67 + (i % 2) * 1e-4]);
    const crossing = [...zigzag, [111.9 + 2e-5, 43.66], [111.9 + 2e-5, 43.671], [111.9, 43.67]];
    expectRefused(collection(feature('z', [crossing])), 'z', 'self-intersection');
    const outer = rect(111.9, 43.6, 112, 43.7);
    const holes = Array.from({ length: MAX_HOLES + 1 }, (_, i) =>
      rect(111.9 + i * 5e-5, 43.65, 111.9 + i * 5e-5 + 2e-5, 43.651),
    );
    expectRefused(collection(feature('many', [outer, ...holes])), 'many', 'too-many-holes');
    expect(validateFences(collection(feature('enough', [outer, ...holes.slice(0, MAX_HOLES)])))).toHaveLength(
      1,
    );
  });
});

describe('the region fences must lie in', () => {
  // Khorgos (霍尔果斯), about 80.4°E 44.2°N.
  const khorgos = [
    [80.41, 44.2],
    [80.42, 44.2],
    [80.42, 44.21],
    [80.41, 44.21],
    [80.41, 44.2],
  ];

  it('accepts a fence on the land border and refuses it with latitude and longitude swapped', () => {
    expect(validateFences(collection(feature('khorgos', [khorgos])))).toHaveLength(1);
    const swapped = khorgos.map(([lng, lat]) => [lat, lng]);
    const error = refusal(collection(feature('khorgos', [swapped])));
    expect(error.data).toMatchObject({
      reason: 'outside-region',
      path: 'features[0].geometry.coordinates[0][0]',
    });
    expect(error.message).toMatch(/swapped/);
  });

  it('refuses a fence far from the land border, unless the caller gives a box that holds it', () => {
    // Tokyo lies east of China's easternmost land border.
    const tokyo = khorgos.map(([lng, lat]) => [(lng as number) + 59.3, (lat as number) - 8.5]);
    expectRefused(collection(feature('far', [tokyo])), 'far', 'outside-region');
    expect(validateFences(collection(feature('far', [tokyo])), { region: [139, 35, 140, 36] })).toHaveLength(
      1,
    );
    // A box of the caller's replaces the default one.
    const error = refusal(collection(feature('k', [khorgos])), { region: [139, 35, 140, 36] });
    expect(error.data?.reason).toBe('outside-region');
  });
});
