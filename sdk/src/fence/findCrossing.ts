/** Twice the signed area of triangle a, b, c: positive when c lies left of a→b. */
export const orient = (ax: number, ay: number, bx: number, by: number, cx: number, cy: number): number =>
  (bx - ax) * (cy - ay) - (by - ay) * (cx - ax);

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
  // Each segment from its west end (the lower one if vertical) to its east end.
  const west = new Float64Array(2 * count);
  const east = new Float64Array(2 * count);
  const events: number[] = [];
  for (let s = 0; s < count; s += 1) {
    const [x1, y1, x2, y2] = [ends[4 * s], ends[4 * s + 1], ends[4 * s + 2], ends[4 * s + 3]] as number[];
    const swap = (x2 as number) < (x1 as number) || (x2 === x1 && (y2 as number) < (y1 as number));
    west.set(swap ? [x2 as number, y2 as number] : [x1 as number, y1 as number], 2 * s);
    east.set(swap ? [x1 as number, y1 as number] : [x2 as number, y2 as number], 2 * s);
    // A point has no side: it cannot cross anything.
    if (x1 !== x2 || y1 !== y2) events.push(2 * s, 2 * s + 1);
  }
  // Event 2s enters segment s at its west end, 2s + 1 leaves at its east end; by x, then y, leaves first (segments that only meet at a point are never compared).
  const at = (event: number): Float64Array => ((event & 1) === 0 ? west : east);
  events.sort((a, b) => {
    const pa = at(a);
    const pb = at(b);
    const ia = a & ~1;
    const ib = b & ~1;
    return (
      (pa[ia] as number) - (pb[ib] as number) ||
      (pa[ia + 1] as number) - (pb[ib + 1] as number) ||
      (b & 1) - (a & 1)
    );
  });

  /** Whether segment a entered the sweep before segment b (by west end, then number). */
  const enteredFirst = (a: number, b: number): boolean =>
    ((west[2 * a] as number) - (west[2 * b] as number) ||
      (west[2 * a + 1] as number) - (west[2 * b + 1] as number) ||
      a - b) < 0;

  /**
   * Which of a and b lies south where the sweep line cuts both (< 0: a), from the side of the line of
   * the one that entered first the other's ends lie on (they lie within its reach). Sweeping by x, then
   * y, is sweeping a plane sheared by an infinitesimal εy, in which no segment is vertical and every
   * orientation is the same: so a vertical segment needs no case of its own. Segments on one line are
   * ordered by when they entered: any other segment lies on the same side of both.
   */
  const below = (a: number, b: number): number => {
    if (a === b) return 0;
    const aFirst = enteredFirst(a, b);
    const [r, o] = aFirst ? [a, b] : [b, a];
    const rx = west[2 * r] as number;
    const ry = west[2 * r + 1] as number;
    const ex = east[2 * r] as number;
    const ey = east[2 * r + 1] as number;
    const side =
      orient(rx, ry, ex, ey, west[2 * o] as number, west[2 * o + 1] as number) ||
      orient(rx, ry, ex, ey, east[2 * o] as number, east[2 * o + 1] as number) ||
      1;
    // o left of r's direction (west to east) lies north of r.
    return (side > 0 ? -1 : 1) * (aFirst ? 1 : -1);
  };

  const crosses = (a: number, b: number): boolean => {
    const [ax, ay, bx, by] = [west[2 * a], west[2 * a + 1], east[2 * a], east[2 * a + 1]] as number[];
    const [cx, cy, dx, dy] = [west[2 * b], west[2 * b + 1], east[2 * b], east[2 * b + 1]] as number[];
    return (
      orient(ax as number, ay as number, bx as number, by as number, cx as number, cy as number) *
        orient(ax as number, ay as number, bx as number, by as number, dx as number, dy as number) <
        0 &&
      orient(cx as number, cy as number, dx as number, dy as number, ax as number, ay as number) *
        orient(cx as number, cy as number, dx as number, dy as number, bx as number, by as number) <
        0
    );
  };

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
  /** Whether a and b (either may be -1) cross. */
  const test = (a: number, b: number): boolean => a >= 0 && b >= 0 && crosses(a, b);

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
    if ((event & 1) === 1) root = remove(root, s);
    const [lower, upper] = split(root, s);
    // The segments next to s: the highest below it, the lowest above it (or s itself, when entering).
    const under = extreme(lower, right);
    const over = extreme(upper, left);
    if ((event & 1) === 0) {
      if (test(under, s)) return ordered(under, s);
      if (test(s, over)) return ordered(s, over);
      root = merge(merge(lower, s), upper);
    } else {
      if (test(under, over)) return ordered(under, over);
      root = merge(lower, upper);
    }
  }
  return undefined;
}

const ordered = (a: number, b: number): [number, number] => (a < b ? [a, b] : [b, a]);
