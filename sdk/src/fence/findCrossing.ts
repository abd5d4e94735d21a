import { orient } from './geometry';

/**
 * The first pair of segments, in sweep order, that cross properly (each one's ends strictly on both sides
 * of the other's line), or undefined. Segments that only touch, share an end or overlap on one line
 * are not reported, so the edges of a ring (and of rings that may touch) can be given as they are.
 *
 * Shamos–Hoey: a sweep from west to east over the segments' ends, keeping the segments the sweep line
 * cuts in south-to-north order in a treap; a segment is tested against its neighbours when it enters
 * and they against each other when it leaves, which finds a crossing if there is one. O(n log n).
 * @param ends `[x1, y1, x2, y2]` per segment, flat; a segment's position is its number.
 * @internal
 */
export function findCrossing(ends: ArrayLike<number>): [number, number] | undefined {
  const count = ends.length >> 2;
  // Per segment [west x, west y, east x, east y] (west: the lower end if vertical), so that the point
  // of event e, 2s entering segment s at its west end and 2s + 1 leaving at its east end, is at 2e.
  const p = new Float64Array(4 * count);
  const events: number[] = [];
  for (let s = 0; s < count; s += 1) {
    const [x1, y1, x2, y2] = Array.from({ length: 4 }, (_, k) => ends[4 * s + k] as number) as [
      number,
      number,
      number,
      number,
    ];
    p.set(x2 < x1 || (x2 === x1 && y2 < y1) ? [x2, y2, x1, y1] : [x1, y1, x2, y2], 4 * s);
    // A point has no side: it cannot cross anything.
    if (x1 !== x2 || y1 !== y2) events.push(2 * s, 2 * s + 1);
  }
  const x = (e: number): number => p[2 * e] as number;
  const y = (e: number): number => p[2 * e + 1] as number;
  // By x, then y, leaves first: segments that only meet at a point are never compared.
  events.sort((a, b) => x(a) - x(b) || y(a) - y(b) || (b & 1) - (a & 1));
  /** Where event point e lies from segment s's line: > 0 left of its west-to-east direction (north). */
  const side = (s: number, e: number): number =>
    orient(x(2 * s), y(2 * s), x(2 * s + 1), y(2 * s + 1), x(e), y(e));

  /**
   * Which of a and b lies south where the sweep line cuts both (< 0: a), from the side of the line of
   * the one that entered first the other's ends lie on (they lie within its reach). Sweeping by x, then
   * y, is sweeping a plane sheared by an infinitesimal εy, in which no segment is vertical and every
   * orientation is the same: so a vertical segment needs no case of its own. Segments on one line are
   * ordered by when they entered: any other segment lies on the same side of both.
   */
  const below = (a: number, b: number): number => {
    if (a === b) return 0;
    const aFirst = (x(2 * a) - x(2 * b) || y(2 * a) - y(2 * b) || a - b) < 0;
    const [r, o] = aFirst ? [a, b] : [b, a];
    return (side(r, 2 * o) || side(r, 2 * o + 1) || 1) > 0 === aFirst ? -1 : 1;
  };
  /** Whether a and b (either may be -1) cross properly. */
  const test = (a: number, b: number): boolean =>
    a >= 0 && b >= 0 && side(a, 2 * b) * side(a, 2 * b + 1) < 0 && side(b, 2 * a) * side(b, 2 * a + 1) < 0;

  // The treap of the segments the sweep line cuts: children and priorities per segment, -1 for none.
  const left = new Int32Array(count).fill(-1);
  const right = new Int32Array(count).fill(-1);
  const priority = Float64Array.from(
    { length: count },
    (_, s) => ((s * 2654435761) % 4294967296) / 4294967296,
  );
  let root = -1;

  /** Splits `node`'s tree into the segments below `s` and the others (`s` included). */
  const split = (node: number, s: number): [number, number] => {
    if (node < 0) return [-1, -1];
    if (below(node, s) < 0) {
      const [l, r] = split(right[node] as number, s);
      right[node] = l;
      return [node, r];
    }
    const [l, r] = split(left[node] as number, s);
    left[node] = r;
    return [l, node];
  };
  const merge = (a: number, b: number): number => {
    if (a < 0) return b;
    if (b < 0) return a;
    if ((priority[a] as number) > (priority[b] as number)) {
      right[a] = merge(right[a] as number, b);
      return a;
    }
    left[b] = merge(a, left[b] as number);
    return b;
  };
  const extreme = (node: number, side: Int32Array): number => {
    let n = node;
    while (n >= 0 && (side[n] as number) >= 0) n = side[n] as number;
    return n;
  };
  /** `node`'s tree without segment s (unchanged if s is not found). */
  const remove = (node: number, s: number): number => {
    if (node < 0) return node;
    if (node === s) return merge(left[s] as number, right[s] as number);
    if (below(node, s) < 0) right[node] = remove(right[node] as number, s);
    else left[node] = remove(left[node] as number, s);
    return node;
  };

  for (const event of events) {
    const s = event >> 1;
    const entering = (event & 1) === 0;
    if (!entering) root = remove(root, s);
    const [lower, upper] = split(root, s);
    // The segments next to s: the highest below it, the lowest above it.
    const under = extreme(lower, right);
    const over = extreme(upper, left);
    if (entering ? test(under, s) || test(s, over) : test(under, over)) {
      const pair = entering ? (test(under, s) ? [under, s] : [s, over]) : [under, over];
      return pair.sort((a, b) => a - b) as [number, number];
    }
    root = entering ? merge(merge(lower, s), upper) : merge(lower, upper);
  }
  return undefined;
}
