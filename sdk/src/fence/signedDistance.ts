import { METRES_PER_DEGREE } from './geometry';
import type { LatLng } from './datum';
import type { FenceSet } from './fenceSet';

/** Where a fence's boundary is, seen from a point. */
export interface EdgeOffset {
  /** Distance from the point to the nearest boundary point (outer ring or hole), metres; negative inside. */
  signedDistanceM: number;
  /** Eastward offset from the point to that boundary point, metres. */
  eastM: number;
  /** Northward offset from the point to that boundary point, metres. */
  northM: number;
}

/**
 * A point this near (metres) to a fence's boundary counts as on it, so inside (as in Turf's
 * `booleanPointInPolygon`). Farther out the crossing count of the distance loop is exact: its rounding
 * errors are around 1e-12 m. The checker never tests a radius below `RADIUS_FLOOR_M` (0.25 m), so
 * inside or outside within this band never decides a verdict.
 */
export const BOUNDARY_BAND_M = 1e-6;

/**
 * Signed distance from a WGS-84 point to a fence's boundary, and the offset to the nearest boundary
 * point, on a local equirectangular projection centred on the point. Fences are a few hundred metres
 * across, where this is exact to well under a centimetre; at tens of kilometres it is still within a
 * fraction of a percent, which is plenty for "约 N 公里" feedback.
 *
 * The sign is the point-in-polygon test: the one pass over the edges that finds the distance also
 * counts crossings (even-odd per polygon, any polygon of a MultiPolygon), which is exact unless the
 * point lies within rounding error of an edge; within {@link BOUNDARY_BAND_M} of the boundary the point
 * is on it, so inside. The sign is Turf's `booleanPointInPolygon` everywhere outside that band (tested),
 * at the cost of one pass over contiguous memory instead of a walk over nested arrays.
 * @param out Filled and returned, so that hot loops need not allocate.
 * @example signedDistance(fences, fences.indexOf('erenhot'), { lat: 43.672, lng: 111.97 }).signedDistanceM
 */
export function signedDistance(
  set: FenceSet,
  fenceIndex: number,
  point: LatLng,
  out: EdgeOffset = { signedDistanceM: 0, eastM: 0, northM: 0 },
): EdgeOffset {
  if (!Number.isInteger(fenceIndex) || fenceIndex < 0 || fenceIndex >= set.size) {
    throw new RangeError(`No fence #${fenceIndex} in a set of ${set.size}`);
  }
  const kx = METRES_PER_DEGREE * Math.cos(point.lat * (Math.PI / 180));
  return fenceEdgeOffset(set, fenceIndex, point.lng, point.lat, kx, out, false);
}

/**
 * {@link signedDistance} without argument checks, with the projection scale given (`kx`: metres per
 * degree of longitude at the point's latitude). For the checker's inner loops. With `union`, the
 * distance is to the fence's edges on the boundary of its head customs' union of fences (Infinity when
 * it has none); the sign is still whether the point is in this fence.
 * @internal
 */
export function fenceEdgeOffset(
  set: FenceSet,
  fenceIndex: number,
  lng: number,
  lat: number,
  kx: number,
  out: EdgeOffset,
  union: boolean,
): EdgeOffset {
  const { vertices, ringEnds, fenceRings, outerRings, onUnionBoundary } = set;
  // A fence with no edge inside its union skips the per-edge flags.
  const unionEdgesOnly = union && set.hasInnerEdges[fenceIndex] === 1;
  const ky = METRES_PER_DEGREE;
  let bestSquared = Infinity;
  let bestX = 0;
  let bestY = 0;
  let crossings = 0;
  let inside = false;
  // Reads within bounds: `as number` only quiets noUncheckedIndexedAccess in the hot loop.
  const lastRing = fenceRings[fenceIndex + 1] as number;
  for (let r = fenceRings[fenceIndex] as number; r < lastRing; r += 1) {
    if (outerRings[r] === 1) {
      // A new polygon: the point is inside the fence if it is inside any of its polygons.
      inside = inside || (crossings & 1) === 1;
      crossings = 0;
    }
    const start = r === 0 ? 0 : (ringEnds[r - 1] as number);
    const end = ringEnds[r] as number;
    let ax = ((vertices[2 * start] as number) - lng) * kx;
    let ay = ((vertices[2 * start + 1] as number) - lat) * ky;
    for (let v = start + 1; v < end; v += 1) {
      const bx = ((vertices[2 * v] as number) - lng) * kx;
      const by = ((vertices[2 * v + 1] as number) - lat) * ky;
      const dx = bx - ax;
      const dy = by - ay;
      // Edge a→b crosses the ray from the point towards +x (half-open in y, so a vertex counts once).
      if (ay > 0 !== by > 0 && ax - (ay * dx) / dy > 0) crossings += 1;
      if (!unionEdgesOnly || onUnionBoundary[v - 1] === 1) {
        // Nearest point of segment a→b to the origin (the point itself).
        const lengthSquared = dx * dx + dy * dy;
        let t = lengthSquared > 0 ? -(ax * dx + ay * dy) / lengthSquared : 0;
        t = t < 0 ? 0 : t > 1 ? 1 : t;
        const px = ax + t * dx;
        const py = ay + t * dy;
        const distanceSquared = px * px + py * py;
        if (distanceSquared < bestSquared) {
          bestSquared = distanceSquared;
          bestX = px;
          bestY = py;
        }
      }
      ax = bx;
      ay = by;
    }
  }
  inside = inside || (crossings & 1) === 1;
  const distance = Math.sqrt(bestSquared);
  if (distance < BOUNDARY_BAND_M) inside = true;
  out.signedDistanceM = inside ? -distance : distance;
  out.eastM = bestX;
  out.northM = bestY;
  return out;
}
