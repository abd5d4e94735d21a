import fc from 'fast-check';
import { expect, it } from 'vitest';
import { BoxIndex } from './boxIndex';

const box = fc
  .tuple(
    fc.double({ min: -10, max: 10, noNaN: true }),
    fc.double({ min: -10, max: 10, noNaN: true }),
    fc.double({ min: 0, max: 3, noNaN: true }),
    fc.double({ min: 0, max: 3, noNaN: true }),
  )
  .map(([x, y, w, h]) => [x, y, x + w, y + h] as const);

function bruteForce(boxes: readonly (readonly number[])[], q: readonly number[]): number[] {
  const [minX = 0, minY = 0, maxX = 0, maxY = 0] = q;
  return boxes.flatMap(([a = 0, b = 0, c = 0, d = 0], id) =>
    a <= maxX && b <= maxY && c >= minX && d >= minY ? [id] : [],
  );
}

it('finds exactly the boxes a query box meets, like a scan of every box', () => {
  fc.assert(
    fc.property(fc.array(box, { maxLength: 300 }), box, (boxes, query) => {
      const index = new BoxIndex(Float64Array.from(boxes.flat()));
      expect(index.search(...query).sort((a, b) => a - b)).toEqual(bruteForce(boxes, query));
    }),
    { numRuns: 300 },
  );
});

it('writes the same ids into a reused buffer, whatever an earlier search left in it', () => {
  fc.assert(
    fc.property(fc.array(box, { minLength: 1, maxLength: 200 }), box, box, (boxes, first, second) => {
      const index = new BoxIndex(Float64Array.from(boxes.flat()));
      expect(index.size).toBe(boxes.length);
      const buffer = new Uint32Array(index.size);
      index.searchInto(...first, buffer);
      const count = index.searchInto(...second, buffer);
      expect([...buffer.subarray(0, count)].sort((a, b) => a - b)).toEqual(bruteForce(boxes, second));
    }),
    { numRuns: 200 },
  );
});

it('counts touching boxes and a point query, and answers nothing for an empty set', () => {
  const index = new BoxIndex(Float64Array.from([0, 0, 1, 1, 2, 2, 3, 3, 1, 0, 2, 1]));
  expect(index.search(1, 1, 1, 1).sort()).toEqual([0, 2]);
  expect(index.search(5, 5, 6, 6)).toEqual([]);
  expect(new BoxIndex(new Float64Array(0)).search(-1e9, -1e9, 1e9, 1e9)).toEqual([]);
});

it('finds the same boxes when many share a column or a row, and with boxes of very different sizes', () => {
  const clustered = fc
    .tuple(
      fc.integer({ min: 0, max: 3 }),
      fc.double({ min: -10, max: 10, noNaN: true }),
      fc.double({ min: 0, max: 5, noNaN: true }),
    )
    .map(([column, y, h]) => [column, y, column + h / 10, y + h] as const);
  fc.assert(
    fc.property(fc.array(fc.oneof(box, clustered), { maxLength: 400 }), box, (boxes, query) => {
      const index = new BoxIndex(Float64Array.from(boxes.flat()));
      expect(index.search(...query).sort((a, b) => a - b)).toEqual(bruteForce(boxes, query));
    }),
    { numRuns: 500 },
  );
});
