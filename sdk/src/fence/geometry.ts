/**
 * Plane geometry on WGS-84 degrees and metres that every part of the fence module shares: it imports
 * nothing, so the modules that validate, index and measure fences depend on it and not on each other.
 */

/** Metres in one degree of latitude (or of longitude at the equator) on the mean-radius sphere. */
export const METRES_PER_DEGREE = (6_371_008.8 * Math.PI) / 180;

/** Twice the signed area of triangle a, b, c: positive when c lies left of a→b. */
export const orient = (ax: number, ay: number, bx: number, by: number, cx: number, cy: number): number =>
  (bx - ax) * (cy - ay) - (by - ay) * (cx - ax);

/**
 * Where point (x, y) lies: 1 inside the rings (even-odd, so a polygon's outer ring and its holes), -1
 * outside, 0 on an edge (exactly, for positions on it).
 */
export function locate(rings: readonly (readonly (readonly number[])[])[], x: number, y: number): number {
  let inside = false;
  for (const ring of rings) {
    for (let i = 0; i + 1 < ring.length; i += 1) {
      const [ax = 0, ay = 0] = ring[i] as number[];
      const [bx = 0, by = 0] = ring[i + 1] as number[];
      const o = orient(ax, ay, bx, by, x, y);
      if (o === 0 && (ax - x) * (bx - x) <= 0 && (ay - y) * (by - y) <= 0) return 0;
      // Edge a→b crosses the ray from the point towards +x (half-open in y: a shared position counts once).
      if (ay > y !== by > y && (by > ay ? o : -o) > 0) inside = !inside;
    }
  }
  return inside ? 1 : -1;
}
