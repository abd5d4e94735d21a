import fc from 'fast-check';
import { expect, it } from 'vitest';
import { findCrossing } from './findCrossing';
import { orient } from './geometry';

/** Whether segments a and b cross properly, by the definition (a quadratic scan's test). */
function crossProperly(ends: number[], a: number, b: number): boolean {
  const [ax, ay, bx, by] = ends.slice(4 * a, 4 * a + 4) as [number, number, number, number];
  const [cx, cy, dx, dy] = ends.slice(4 * b, 4 * b + 4) as [number, number, number, number];
  return (
    orient(ax, ay, bx, by, cx, cy) * orient(ax, ay, bx, by, dx, dy) < 0 &&
    orient(cx, cy, dx, dy, ax, ay) * orient(cx, cy, dx, dy, bx, by) < 0
  );
}

function anyCrossing(ends: number[]): boolean {
  const count = ends.length / 4;
  for (let a = 0; a < count; a += 1)
    for (let b = a + 1; b < count; b += 1) if (crossProperly(ends, a, b)) return true;
  return false;
}

/** Segments whose ends are on a small integer grid: shared ends, touches, verticals and collinear overlaps abound. */
const gridSegments = fc
  .array(
    fc.tuple(
      fc.integer({ min: 0, max: 5 }),
      fc.integer({ min: 0, max: 5 }),
      fc.integer({ min: 0, max: 5 }),
      fc.integer({ min: 0, max: 5 }),
    ),
    {
      minLength: 1,
      maxLength: 12,
    },
  )
  .map((segments) => segments.flat());

/** A ring's edges: consecutive positions, the last back to the first. */
const ringEdges = (positions: [number, number][]): number[] =>
  positions.flatMap(([x, y], i) => {
    const [nx, ny] = positions[(i + 1) % positions.length] as [number, number];
    return [x, y, nx, ny];
  });

it('finds a proper crossing exactly when a quadratic scan does, on degenerate grid segments', () => {
  fc.assert(
    fc.property(gridSegments, (ends) => {
      const found = findCrossing(ends);
      expect(found !== undefined).toBe(anyCrossing(ends));
      if (found) expect(crossProperly(ends, ...found)).toBe(true);
    }),
    { numRuns: 20_000 },
  );
});

it('agrees with a quadratic scan on random rings of real coordinates', () => {
  const position = fc.tuple(
    fc.double({ min: 111.9, max: 112, noNaN: true }),
    fc.double({ min: 43.6, max: 43.7, noNaN: true }),
  );
  fc.assert(
    fc.property(fc.array(position, { minLength: 3, maxLength: 30 }), (positions) => {
      const ends = ringEdges(positions);
      expect(findCrossing(ends) !== undefined).toBe(anyCrossing(ends));
    }),
    { numRuns: 5_000 },
  );
});

it('passes a large simple ring and finds the one crossing put into it', () => {
  const n = 20_000;
  // A star-shaped, simple ring: radius varies with the angle.
  const ring = Array.from({ length: n }, (_, i): [number, number] => {
    const angle = (2 * Math.PI * i) / n;
    const radius = 1 + 0.3 * Math.sin(7 * angle);
    return [radius * Math.cos(angle), radius * Math.sin(angle)];
  });
  expect(findCrossing(ringEdges(ring))).toBeUndefined();
  // Swapping two neighbouring positions makes their edges cross.
  [ring[100], ring[101]] = [ring[101] as [number, number], ring[100] as [number, number]];
  const found = findCrossing(ringEdges(ring));
  expect(found).toBeDefined();
  expect(crossProperly(ringEdges(ring), ...(found as [number, number]))).toBe(true);
});
