// Fence loading and `check()` meet JSON from the network and from files: whatever its shape, they
// answer or refuse with a FenceError, never a TypeError or RangeError.
import fc from 'fast-check';
import { expect, it } from 'vitest';
import { FenceError } from '../errors';
import { createFenceChecker } from './createFenceChecker';
import type { FenceFeature } from './fenceCollection';
import { toWgs84 } from '../mainland/toWgs84';
import { MAX_RING_POSITIONS, validateFences } from './validateFences';

/** Runs `work`; anything thrown must be a FenceError. */
function onlyFenceErrors(work: () => unknown): void {
  try {
    work();
  } catch (error) {
    if (!(error instanceof FenceError)) throw error;
  }
}

/** An array nested `depth` deep (JSON.parse makes these; JSON.stringify overflows on them). */
function nested(depth: number): unknown {
  let value: unknown = [111.97, 43.67];
  for (let i = 0; i < depth; i += 1) value = [value];
  return value;
}

const NULL_PROTOTYPE: unknown = Object.assign(Object.create(null) as object, { a: 1 });
/** What the property generators mix into plain JSON: the shapes that broke string conversions. */
const hostile = fc.constantFrom<unknown>(
  { toString: 1 },
  { toString: 1, valueOf: 1 },
  NULL_PROTOTYPE,
  nested(5_000),
  [[[[[]]]]],
  '',
  -0,
  1e308,
);
const anyValue = fc.oneof({ weight: 3, arbitrary: fc.jsonValue() }, { weight: 1, arbitrary: hostile });

const SQUARE: [number, number][] = [
  [111.96, 43.66],
  [111.98, 43.66],
  [111.98, 43.68],
  [111.96, 43.68],
  [111.96, 43.66],
];
const FENCE: FenceFeature = {
  type: 'Feature',
  id: 'erenhot',
  properties: { name: '二连浩特', customsCode: '0702', headCustomsCode: '0700' },
  geometry: { type: 'Polygon', coordinates: [SQUARE] },
};

it('refuses, with a FenceError only, any JSON value in any field of a fence collection (10,000 runs)', () => {
  const collection = fc.record({
    type: fc.oneof(fc.constant('FeatureCollection'), anyValue),
    features: fc.oneof(
      anyValue,
      fc.array(
        fc.record({
          type: fc.oneof(fc.constant('Feature'), anyValue),
          id: fc.oneof(fc.constant('f'), anyValue),
          properties: fc.oneof(
            anyValue,
            fc.record({
              name: fc.oneof(fc.constant('n'), anyValue),
              customsCode: fc.oneof(fc.constant('0702'), anyValue),
              headCustomsCode: fc.oneof(fc.constant('0700'), anyValue),
            }),
          ),
          geometry: fc.oneof(
            anyValue,
            fc.record({
              type: fc.oneof(fc.constantFrom('Polygon', 'MultiPolygon'), anyValue),
              coordinates: fc.oneof(
                anyValue,
                fc.constant([SQUARE]),
                fc.array(fc.array(fc.oneof(anyValue, fc.tuple(anyValue, anyValue)), { maxLength: 6 }), {
                  maxLength: 3,
                }),
              ),
            }),
          ),
        }),
        { maxLength: 3 },
      ),
    ),
  });
  fc.assert(
    fc.property(collection, (input) => {
      onlyFenceErrors(() => validateFences(input));
    }),
    { numRuns: 10_000 },
  );
});

it('answers or refuses, with a FenceError only, any JSON value in any field of a fix (10,000 runs)', () => {
  const checker = createFenceChecker(
    { type: 'FeatureCollection', features: [FENCE] },
    { connectedHeadCustoms: new Set(['0700']), toWgs84, now: () => 1_000 },
  );
  const fix = fc.oneof(
    anyValue,
    fc.record({
      lat: fc.oneof(fc.constant(43.67), anyValue),
      lng: fc.oneof(fc.constant(111.97), anyValue),
      datum: fc.oneof(fc.constantFrom('wgs84', 'gcj02'), anyValue),
      accuracy: fc.oneof(fc.constant(8), anyValue),
      timestamp: fc.oneof(fc.constant(1_000), anyValue),
    }),
  );
  fc.assert(
    fc.property(fix, (value) => {
      onlyFenceErrors(() => checker.check(value as Parameters<typeof checker.check>[0]));
    }),
    { numRuns: 10_000 },
  );
});

it('refuses the hostile shapes the tester found with FenceErrors that name where, not what', () => {
  const checker = createFenceChecker(
    { type: 'FeatureCollection', features: [FENCE] },
    { connectedHeadCustoms: new Set(['0700']) },
  );
  const circular: Record<string, unknown> = { lat: 43.67 };
  circular.self = circular;
  for (const datum of [{ toString: 1 }, NULL_PROTOTYPE, circular]) {
    expect(() =>
      checker.check({ lat: 43.67, lng: 111.97, datum, accuracy: 5, timestamp: 0 } as never),
    ).toThrow(expect.objectContaining({ code: 'UNKNOWN_DATUM' }));
  }
  const badHead = { ...FENCE, properties: { ...FENCE.properties, headCustomsCode: { toString: 1 } } };
  expect(() => validateFences({ type: 'FeatureCollection', features: [badHead] })).toThrow(
    /at features\[0\]\.properties\.headCustomsCode: object is not 0700/,
  );
  const deep = { ...FENCE, geometry: { type: 'Polygon', coordinates: [[nested(5_000), ...SQUARE]] } };
  expect(() => validateFences({ type: 'FeatureCollection', features: [deep] })).toThrow(
    /at features\[0\]\.geometry\.coordinates\[0\]\[0\]: not \[longitude, latitude\]/,
  );
  expect(() =>
    createFenceChecker(
      { type: 'FeatureCollection', features: [FENCE] },
      { connectedHeadCustoms: new Set(['0700']), maxAccuracyM: { toString: 1 } as never },
    ),
  ).toThrow(/maxAccuracyM is out of range: object/);
});

it('refuses a ring over the position cap before looking at its positions', () => {
  const ring = Array.from({ length: MAX_RING_POSITIONS + 1 }, () => [0, 0]);
  const big = { ...FENCE, geometry: { type: 'Polygon', coordinates: [ring] } };
  let refused: unknown;
  try {
    validateFences({ type: 'FeatureCollection', features: [big] });
  } catch (error) {
    refused = error;
  }
  expect(refused).toBeInstanceOf(FenceError);
  expect((refused as FenceError).data).toMatchObject({ reason: 'too-many-positions', fenceId: 'erenhot' });
});
