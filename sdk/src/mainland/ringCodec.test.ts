import fc from 'fast-check';
import { expect, it } from 'vitest';
import { MAINLAND_BOUNDARY_RINGS, MAINLAND_BOUNDARY_SCALE } from './generated/mainlandBoundaryData';
import { decodeRings, encodeRings } from './ringCodec';

const coordinate = fc.integer({ min: -1_800_000, max: 1_800_000 });
const rings = fc.array(fc.array(fc.tuple(coordinate, coordinate), { minLength: 1, maxLength: 30 }), {
  minLength: 1,
  maxLength: 8,
});

it('decodes what it encodes, ring by ring and vertex by vertex', () => {
  fc.assert(
    fc.property(rings, (input) => {
      const { coords, starts } = decodeRings(encodeRings(input));
      expect(starts.length).toBe(input.length + 1);
      input.forEach((ring, r) => {
        expect((starts[r + 1] as number) - (starts[r] as number)).toBe(ring.length);
        ring.forEach(([x, y], k) => {
          const at = (starts[r] as number) + k;
          expect([coords[2 * at], coords[2 * at + 1]]).toEqual([x, y]);
        });
      });
    }),
    { numRuns: 500 },
  );
});

it('round-trips the generated boundary: decoded and encoded again, the same text', () => {
  const { coords, starts } = decodeRings(MAINLAND_BOUNDARY_RINGS, MAINLAND_BOUNDARY_SCALE);
  const again: [number, number][][] = [];
  for (let r = 0; r + 1 < starts.length; r += 1) {
    const ring: [number, number][] = [];
    for (let k = starts[r] as number; k < (starts[r + 1] as number); k += 1) {
      ring.push([
        Math.round((coords[2 * k] as number) * MAINLAND_BOUNDARY_SCALE),
        Math.round((coords[2 * k + 1] as number) * MAINLAND_BOUNDARY_SCALE),
      ]);
    }
    again.push(ring);
  }
  expect(encodeRings(again)).toBe(MAINLAND_BOUNDARY_RINGS);
  // The mainland first, then islands (down to the Spratlys, as OpenStreetMap has them): all in China's box.
  expect(again.length).toBeGreaterThan(100);
  for (let k = 0; k < coords.length; k += 2) {
    expect(coords[k]).toBeGreaterThan(73);
    expect(coords[k]).toBeLessThan(135.1);
    expect(coords[k + 1]).toBeGreaterThan(3);
    expect(coords[k + 1]).toBeLessThan(53.6);
  }
});

it('refuses text it cannot have written', () => {
  for (const text of ['?', '!!', '_', '??_']) expect(() => decodeRings(text)).toThrow(RangeError);
});
