import fc from 'fast-check';
import { expect, it } from 'vitest';
import { mulberry32 } from '../../test/randomFences';
import { createBoundaryGrid } from './boundaryGrid';
import { MAINLAND_REACH_M, mainlandRings } from './mainlandBoundary';
import type { DecodedRings } from './ringCodec';

const METRES_PER_DEGREE = (6_371_008.8 * Math.PI) / 180;

/** Brute force over every edge: even-odd crossings of the parallel westwards, and the nearest edge. */
function bruteForce({ coords, starts }: DecodedRings, lng: number, lat: number): number {
  const kx = METRES_PER_DEGREE * Math.cos((lat * Math.PI) / 180);
  let inside = false;
  let best = Infinity;
  for (let r = 0; r + 1 < starts.length; r += 1) {
    const first = starts[r] as number;
    const end = starts[r + 1] as number;
    for (let k = first; k < end; k += 1) {
      const j = k + 1 < end ? k + 1 : first;
      const ax = coords[2 * k] as number;
      const ay = coords[2 * k + 1] as number;
      const bx = coords[2 * j] as number;
      const by = coords[2 * j + 1] as number;
      if (ay > lat !== by > lat && lng < ax + ((lat - ay) * (bx - ax)) / (by - ay)) inside = !inside;
      const ux = (bx - ax) * kx;
      const uy = (by - ay) * METRES_PER_DEGREE;
      const vx = (lng - ax) * kx;
      const vy = (lat - ay) * METRES_PER_DEGREE;
      const length2 = ux * ux + uy * uy;
      const t = length2 > 0 ? Math.min(1, Math.max(0, (vx * ux + vy * uy) / length2)) : 0;
      best = Math.min(best, Math.hypot(vx - t * ux, vy - t * uy));
    }
  }
  return inside ? -best : best;
}

/** Whether the grid's answer is the brute force's: the same side, the same distance within the reach. */
function agrees(grid: number, brute: number, reachM: number): boolean {
  if (Math.abs(brute) >= reachM) return grid === (brute < 0 ? -Infinity : Infinity);
  return Math.sign(grid) === Math.sign(brute) && Math.abs(grid - brute) < 1e-6;
}

/** Star-shaped rings around random centres, as decoded rings (vertices in degrees). */
const starRings = fc
  .array(
    fc.record({
      x: fc.double({ min: 100, max: 101, noNaN: true }),
      y: fc.double({ min: 30, max: 31, noNaN: true }),
      radii: fc.array(fc.double({ min: 0.01, max: 0.3, noNaN: true }), { minLength: 3, maxLength: 24 }),
    }),
    { minLength: 1, maxLength: 4 },
  )
  .map((stars): DecodedRings => {
    const values: number[] = [];
    const starts = [0];
    for (const { x, y, radii } of stars) {
      radii.forEach((radius, i) => {
        const angle = (i / radii.length) * 2 * Math.PI;
        values.push(x + radius * Math.cos(angle), y + radius * Math.sin(angle));
      });
      starts.push(values.length / 2);
    }
    return { coords: Float64Array.from(values), starts: Uint32Array.from(starts) };
  });

it('places random points as a brute force over every edge does (random rings, overlaps even-odd)', () => {
  fc.assert(
    fc.property(
      starRings,
      fc.array(
        fc.tuple(
          fc.double({ min: 99.5, max: 101.5, noNaN: true }),
          fc.double({ min: 29.5, max: 31.5, noNaN: true }),
        ),
        {
          minLength: 1,
          maxLength: 40,
        },
      ),
      fc.constantFrom(500, 3_000, 20_000),
      (rings, points, reachM) => {
        const grid = createBoundaryGrid(rings, { cellDeg: 0.05, reachM });
        for (const [lng, lat] of points) {
          expect(agrees(grid.signedDistanceM(lng, lat), bruteForce(rings, lng, lat), reachM)).toBe(true);
        }
      },
    ),
    { numRuns: 200 },
  );
});

it('places points near the mainland boundary as the brute force does', () => {
  const rings = mainlandRings();
  const grid = createBoundaryGrid(rings, { cellDeg: 0.1, reachM: MAINLAND_REACH_M });
  const random = mulberry32(15);
  const vertices = rings.coords.length / 2;
  for (let n = 0; n < 1_500; n += 1) {
    const k = Math.floor(random() * vertices);
    // Within about 2 km of a vertex: on both sides, within and beyond the reach.
    const lng = (rings.coords[2 * k] as number) + (random() - 0.5) * 0.04;
    const lat = (rings.coords[2 * k + 1] as number) + (random() - 0.5) * 0.04;
    const brute = bruteForce(rings, lng, lat);
    expect(agrees(grid.signedDistanceM(lng, lat), brute, MAINLAND_REACH_M), `${lat},${lng}: ${brute}`).toBe(
      true,
    );
  }
});

it('says outside for points off the grid and for points that are not numbers', () => {
  const grid = createBoundaryGrid(mainlandRings(), { cellDeg: 0.1, reachM: MAINLAND_REACH_M });
  expect(grid.signedDistanceM(0, 0)).toBe(Infinity);
  expect(grid.signedDistanceM(-74, 40.7)).toBe(Infinity);
  expect(grid.signedDistanceM(Number.NaN, 30)).toBe(Infinity);
  expect(grid.signedDistanceM(116.4, 39.9)).toBe(-Infinity); // Beijing
});
