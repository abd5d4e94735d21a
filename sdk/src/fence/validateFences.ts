import { booleanPointInPolygon } from '@turf/boolean-point-in-polygon';
import { refuse } from './refuse';
import { METRES_PER_DEGREE } from './signedDistance';
import type { FenceFeature, FenceGeometry, FenceProperties } from './fenceCollection';

/** Why {@link validateFences} refused a collection; the `reason` of the INVALID_FENCE error's `data`. */
export type FenceProblem =
  | 'not-a-collection'
  | 'empty-collection'
  | 'not-a-feature'
  | 'missing-id'
  | 'duplicate-id'
  | 'bad-property'
  | 'bad-geometry'
  | 'too-few-positions'
  | 'too-many-positions'
  | 'bad-position'
  | 'not-closed'
  | 'no-area'
  | 'self-intersection'
  | 'hole-outside';

/** A four-digit 关区代码. */
const CUSTOMS_CODE = /^\d{4}$/;
/**
 * Most positions a ring may have: a land-border market's fence needs hundreds at most, and a ring this
 * long still validates in well under a second.
 */
export const MAX_RING_POSITIONS = 100_000;
/** Below this area (m²) a ring is degenerate: its points are (nearly) collinear. */
const MIN_RING_AREA_M2 = 1;

type Position = [number, number];
type Ring = Position[];

/** The fence being validated (`featureIndex` undefined: the collection itself). */
interface Place {
  readonly featureIndex?: number;
  fenceId?: string;
}

/** Refuses the collection: INVALID_FENCE naming the fence (id and position), the path and the problem. */
function fail({ featureIndex, fenceId }: Place, reason: FenceProblem, path: string, detail: string): never {
  const who = `${fenceId === undefined ? '' : ` "${fenceId}"`}${featureIndex === undefined ? '' : ` (#${featureIndex})`}`;
  refuse('INVALID_FENCE', `Invalid fence${who} at ${path}: ${detail}`, {
    fenceId,
    featureIndex,
    reason,
    path,
  });
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** Whether `value` is a string with something else than white space. */
const isText = (value: unknown): value is string => typeof value === 'string' && value.trim() !== '';

/**
 * Checks a fence collection and returns a clean copy of it (positions reduced to `[lng, lat]`).
 * Refuses, with an INVALID_FENCE {@link FenceError} naming the fence, the path and the problem, anything
 * that could give a silently wrong verdict: a missing id or code, an unknown geometry type, a ring with
 * fewer than four positions, an unclosed ring, a position that is not finite WGS-84 degrees, a ring that
 * crosses itself or has no area, a hole outside its outer ring.
 * @param input Parsed GeoJSON (`JSON.parse` of a `.geojson` file), typed `unknown` on purpose.
 * @throws {FenceError} INVALID_FENCE, with `data: { fenceId, featureIndex, reason, path }`.
 * @example const fences = validateFences(JSON.parse(text))
 */
export function validateFences(input: unknown): FenceFeature[] {
  const features: unknown =
    isRecord(input) && input.type === 'FeatureCollection' ? input.features : undefined;
  if (!Array.isArray(features) || features.length === 0) {
    fail(
      {},
      Array.isArray(features) ? 'empty-collection' : 'not-a-collection',
      'features',
      'needs a GeoJSON FeatureCollection of at least one fence',
    );
  }
  const seen = new Map<string, number>();
  return features.map((feature: unknown, featureIndex) => {
    const place: Place = { featureIndex };
    const path = `features[${featureIndex}]`;
    if (!isRecord(feature) || feature.type !== 'Feature') {
      fail(place, 'not-a-feature', path, 'not a GeoJSON Feature');
    }
    const id = feature.id;
    if (!isText(id)) fail(place, 'missing-id', `${path}.id`, 'needs a string id');
    place.fenceId = id;
    const previous = seen.get(id);
    if (previous !== undefined) {
      fail(place, 'duplicate-id', `${path}.id`, `id already used by fence #${previous}`);
    }
    seen.set(id, featureIndex);
    const properties = validateProperties(feature.properties, place, `${path}.properties`);
    const geometry = validateGeometry(feature.geometry, place, `${path}.geometry`);
    return { type: 'Feature', id, properties, geometry };
  });
}

function validateProperties(properties: unknown, place: Place, path: string): FenceProperties {
  const { name, customsCode, headCustomsCode } = isRecord(properties) ? properties : {};
  if (!isText(name)) fail(place, 'bad-property', `${path}.name`, 'needs a name');
  if (typeof customsCode !== 'string' || !CUSTOMS_CODE.test(customsCode)) {
    fail(place, 'bad-property', `${path}.customsCode`, 'needs a four-digit 关区代码');
  }
  // A sub-office's head district (直属关) is the xx00 code of its own xx: anything else is a data error.
  const head = `${customsCode.slice(0, 2)}00`;
  if (headCustomsCode !== head) {
    // Only a string is written out: converting anything else may throw (`{"toString":1}`).
    const given = typeof headCustomsCode === 'string' ? headCustomsCode : typeof headCustomsCode;
    fail(
      place,
      'bad-property',
      `${path}.headCustomsCode`,
      `${given} is not ${head}, the 直属关 of ${customsCode}`,
    );
  }
  return { name, customsCode, headCustomsCode: head };
}

function validateGeometry(geometry: unknown, place: Place, path: string): FenceGeometry {
  const { type, coordinates } = isRecord(geometry) ? geometry : {};
  if (type === 'Polygon') {
    return { type, coordinates: validatePolygon(coordinates, place, `${path}.coordinates`) };
  }
  if (type !== 'MultiPolygon') fail(place, 'bad-geometry', `${path}.type`, 'needs a Polygon or MultiPolygon');
  const polygons = nonEmptyArray(coordinates, place, `${path}.coordinates`);
  return {
    type,
    coordinates: polygons.map((polygon, p) => validatePolygon(polygon, place, `${path}.coordinates[${p}]`)),
  };
}

function nonEmptyArray(value: unknown, place: Place, path: string): unknown[] {
  if (!Array.isArray(value) || value.length === 0) {
    fail(place, 'bad-geometry', path, 'needs a non-empty array');
  }
  return value;
}

function validatePolygon(polygon: unknown, place: Place, path: string): Ring[] {
  const rings = nonEmptyArray(polygon, place, path).map((ring, r) =>
    validateRing(ring, place, `${path}[${r}]`),
  );
  const [outer = [], ...holes] = rings;
  const outerPolygon = { type: 'Polygon' as const, coordinates: [outer] };
  holes.forEach((hole, h) => {
    // Boundary counts as inside: a hole may touch its outer ring.
    const outside = hole.find((position) => !booleanPointInPolygon(position, outerPolygon));
    if (outside !== undefined) {
      fail(
        place,
        'hole-outside',
        `${path}[${h + 1}]`,
        `hole has [${outside.join(', ')}] outside its outer ring`,
      );
    }
  });
  return rings;
}

function validateRing(ring: unknown, place: Place, path: string): Ring {
  if (!Array.isArray(ring) || ring.length < 4) {
    fail(place, 'too-few-positions', path, 'a ring needs at least 4 positions');
  }
  if (ring.length > MAX_RING_POSITIONS) {
    fail(place, 'too-many-positions', path, `over ${MAX_RING_POSITIONS} positions`);
  }
  const positions = ring.map((position: unknown, i): Position => {
    const [lng, lat] = (Array.isArray(position) ? position : []) as unknown[];
    // Also catches [lat, lng] in China, whose "latitude" is then above 73.
    if (
      typeof lng !== 'number' ||
      typeof lat !== 'number' ||
      !(Math.abs(lng) <= 180) ||
      !(Math.abs(lat) <= 90)
    ) {
      fail(place, 'bad-position', `${path}[${i}]`, 'not [longitude, latitude] in WGS-84');
    }
    return [lng, lat];
  });
  const first = positions[0] as Position;
  const last = positions[positions.length - 1] as Position;
  if (first[0] !== last[0] || first[1] !== last[1]) {
    fail(
      place,
      'not-closed',
      path,
      `ring not closed: starts at [${first.join(', ')}], ends at [${last.join(', ')}]`,
    );
  }
  const crossing = findSelfCrossing(positions);
  if (crossing !== undefined) {
    const [i, j] = crossing;
    fail(
      place,
      'self-intersection',
      path,
      `ring crosses itself: edges ${i}→${i + 1} and ${j}→${j + 1} cross`,
    );
  }
  if (Math.abs(ringAreaM2(positions)) < MIN_RING_AREA_M2) fail(place, 'no-area', path, 'ring has no area');
  return positions;
}

/** Twice the signed area of triangle a, b, c (positive when counter-clockwise). */
const orient = (ax: number, ay: number, bx: number, by: number, cx: number, cy: number): number =>
  (bx - ax) * (cy - ay) - (by - ay) * (cx - ax);

/** Signed area of a closed ring in m², on a local equirectangular projection (fences are small). */
function ringAreaM2(ring: Ring): number {
  const [lng0, lat0] = ring[0] as Position;
  let twiceArea = 0;
  for (let i = 1; i < ring.length; i += 1) {
    const [ax, ay] = ring[i - 1] as Position;
    const [bx, by] = ring[i] as Position;
    twiceArea += orient(lng0, lat0, ax, ay, bx, by);
  }
  return (twiceArea / 2) * METRES_PER_DEGREE * METRES_PER_DEGREE * Math.cos(lat0 * (Math.PI / 180));
}

/**
 * The first pair of non-adjacent edges that properly cross, as the indices of their first positions.
 * Quadratic, which is fine for fences of tens or hundreds of vertices; touching edges are not reported.
 */
function findSelfCrossing(ring: Ring): [number, number] | undefined {
  const edges = ring.length - 1;
  for (let i = 0; i < edges; i += 1) {
    const [ax, ay] = ring[i] as Position;
    const [bx, by] = ring[i + 1] as Position;
    // Edge 0 and the last edge share the closing position, so they are adjacent too.
    for (let j = i + 2; j < (i === 0 ? edges - 1 : edges); j += 1) {
      const [cx, cy] = ring[j] as Position;
      const [dx, dy] = ring[j + 1] as Position;
      // Each edge's ends strictly on both sides of the other edge's line.
      if (
        orient(ax, ay, bx, by, cx, cy) * orient(ax, ay, bx, by, dx, dy) < 0 &&
        orient(cx, cy, dx, dy, ax, ay) * orient(cx, cy, dx, dy, bx, by) < 0
      ) {
        return [i, j];
      }
    }
  }
  return undefined;
}
