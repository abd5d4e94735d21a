// The geometry steps of buildMainlandBoundary.mjs, shared with measureMainlandBoundaryError.mjs: from a
// countries GeoJSON of @geo-maps (features with `properties.A3`) to the rings of mainland China.
import polygonClipping from 'polygon-clipping';

const R = 6_371_008.8;
const RAD = Math.PI / 180;
/** Metres per degree of latitude on the mean sphere (as the sdk's fence module). */
export const METRES_PER_DEGREE = R * RAD;

/** ISO 3166 alpha-3 codes of the territories that OpenStreetMap's China covers but where phones give WGS-84. */
export const EXCLUDED = ['HKG', 'MAC', 'TWN'];

/** The outer rings of a feature's (Multi)Polygon: holes dropped. */
function outerRings(feature) {
  const { type, coordinates } = feature.geometry;
  const polygons = type === 'Polygon' ? [coordinates] : coordinates;
  return polygons.map((polygon) => [polygon[0]]);
}

function featureOf(collection, a3) {
  const feature = collection.features.find((f) => f.properties?.A3 === a3);
  if (!feature) throw new Error(`No feature ${a3} in the source`);
  return feature;
}

/** Area of a closed ring in km² (equirectangular at its first vertex: enough to rank islands). */
export function ringAreaKm2(ring) {
  let twice = 0;
  for (let i = 0; i + 1 < ring.length; i += 1) {
    const [x1, y1] = ring[i];
    const [x2, y2] = ring[i + 1];
    twice += x1 * y2 - x2 * y1;
  }
  return (Math.abs(twice) / 2) * (METRES_PER_DEGREE / 1000) ** 2 * Math.cos(ring[0][1] * RAD);
}

/** Distance in metres from a point to segment a–b, on a local equirectangular projection. */
export function segmentDistanceM([px, py], [ax, ay], [bx, by]) {
  const kx = METRES_PER_DEGREE * Math.cos(py * RAD);
  const ux = (bx - ax) * kx;
  const uy = (by - ay) * METRES_PER_DEGREE;
  const vx = (px - ax) * kx;
  const vy = (py - ay) * METRES_PER_DEGREE;
  const length2 = ux * ux + uy * uy;
  const t = length2 === 0 ? 0 : Math.max(0, Math.min(1, (vx * ux + vy * uy) / length2));
  return Math.hypot(vx - t * ux, vy - t * uy);
}

/** Whether some vertex of `ring` lies within `metres` of an edge of `others` (bounding boxes first). */
function touches(ring, others, metres) {
  const margin = metres / (METRES_PER_DEGREE * 0.5);
  return others.some(({ rings, box }) =>
    ring.some(([x, y]) => {
      if (x < box[0] - margin || x > box[2] + margin || y < box[1] - margin || y > box[3] + margin) {
        return false;
      }
      return rings.some((other) =>
        other.some((a, i) => i + 1 < other.length && segmentDistanceM([x, y], a, other[i + 1]) < metres),
      );
    }),
  );
}

function boxOf(rings) {
  const box = [Infinity, Infinity, -Infinity, -Infinity];
  for (const ring of rings) {
    for (const [x, y] of ring) {
      box[0] = Math.min(box[0], x);
      box[1] = Math.min(box[1], y);
      box[2] = Math.max(box[2], x);
      box[3] = Math.max(box[3], y);
    }
  }
  return box;
}

/**
 * Mainland China as closed rings `[lng, lat][]`, largest first: CHN's outer rings (lakes and rivers,
 * its holes, are China) minus the outer rings of Hong Kong, Macau and Taiwan (with Kinmen and Matsu),
 * which OpenStreetMap's China covers too. Of the pieces left, the mainland is kept, and each island of
 * at least `minIslandKm2`, except slivers: a piece with a vertex on an excluded territory's edge is
 * what two independent simplifications of one coast leave, not land of the mainland.
 * @returns {{ rings: number[][][], dropped: { islands: number, islandKm2: number, slivers: number, sliverKm2: number, holes: number } }}
 */
export function mainlandPieces(collection, { minIslandKm2 }) {
  const excluded = EXCLUDED.map((a3) => outerRings(featureOf(collection, a3)));
  const pieces = polygonClipping
    .difference(outerRings(featureOf(collection, 'CHN')), ...excluded)
    .map((polygon) => ({ ring: polygon[0], holes: polygon.length - 1, areaKm2: ringAreaKm2(polygon[0]) }))
    .sort((a, b) => b.areaKm2 - a.areaKm2);
  const others = excluded.flatMap((polygons) =>
    polygons.map((polygon) => ({ rings: polygon, box: boxOf(polygon) })),
  );
  const dropped = { islands: 0, islandKm2: 0, slivers: 0, sliverKm2: 0, holes: 0 };
  const rings = [];
  pieces.forEach(({ ring, holes, areaKm2 }, i) => {
    dropped.holes += holes;
    if (i === 0) {
      rings.push(ring);
    } else if (areaKm2 < minIslandKm2) {
      dropped.islands += 1;
      dropped.islandKm2 += areaKm2;
    } else if (touches(ring, others, 1)) {
      dropped.slivers += 1;
      dropped.sliverKm2 += areaKm2;
    } else {
      rings.push(ring);
    }
  });
  return { rings, dropped };
}

/** Douglas–Peucker on an open polyline: every dropped vertex lies within `toleranceM` of the kept chord. */
function simplifyLine(points, toleranceM) {
  const keep = new Uint8Array(points.length);
  keep[0] = 1;
  keep[points.length - 1] = 1;
  const stack = [[0, points.length - 1]];
  while (stack.length > 0) {
    const [a, b] = stack.pop();
    let worst = -1;
    let at = -1;
    for (let i = a + 1; i < b; i += 1) {
      const d = segmentDistanceM(points[i], points[a], points[b]);
      if (d > worst) {
        worst = d;
        at = i;
      }
    }
    if (worst > toleranceM) {
      keep[at] = 1;
      stack.push([a, at], [at, b]);
    }
  }
  return points.filter((_, i) => keep[i] === 1);
}

/**
 * Simplifies closed rings with Douglas–Peucker (each ring split at its first vertex and the vertex
 * furthest from it), then merges them again (a simplified island may overlap the simplified mainland,
 * a ring may cross itself) and keeps the outer rings: closed rings, largest first.
 */
export function simplifyRings(rings, toleranceM) {
  const simplified = [];
  for (const ring of rings) {
    const open = ring.slice(0, -1);
    let far = 0;
    let farthest = 0;
    open.forEach(([x, y], i) => {
      const d = Math.hypot(x - open[0][0], y - open[0][1]);
      if (d > farthest) {
        farthest = d;
        far = i;
      }
    });
    const first = simplifyLine(open.slice(0, far + 1), toleranceM);
    const second = simplifyLine([...open.slice(far), open[0]], toleranceM);
    const merged = [...first, ...second.slice(1)];
    if (merged.length >= 4) simplified.push([merged]);
  }
  return polygonClipping
    .union(...simplified)
    .map((polygon) => polygon[0])
    .sort((a, b) => ringAreaKm2(b) - ringAreaKm2(a));
}
