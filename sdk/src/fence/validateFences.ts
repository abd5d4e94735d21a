import { findCrossing } from './findCrossing';
import { locate, METRES_PER_DEGREE, orient } from './geometry';
import { refuse } from './refuse';
import type { FenceFeature, FenceGeometry, FenceProperties } from './fenceCollection';
import { isRecord } from '../isRecord';

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
  | 'hole-outside'
  | 'holes-overlap'
  | 'too-many-holes'
  | 'outside-region';

/** A four-digit 关区代码. */
const CUSTOMS_CODE = /^\d{4}$/;
/**
 * Most positions a ring may have: a land-border market's fence needs hundreds at most, and a ring this
 * long still validates in well under a second.
 */
export const MAX_RING_POSITIONS = 100_000;
/** Most holes a polygon may have: a market's fence has a handful (holes are compared pairwise). */
export const MAX_HOLES = 1_000;
/**
 * Where fence positions may lie by default, `[minLng, minLat, maxLng, maxLat]` in WGS-84 degrees: the box
 * of China's land borders (the Pamirs at 73.5°E to the Ussuri at 135.1°E, the Yunnan–Laos border at
 * 21.1°N to Mohe at 53.6°N) with half a degree to spare. Latitude and longitude swapped anywhere in it
 * fall outside it: no longitude in it is below 72.9°, no latitude above 54.1°.
 */
export const LAND_BORDER_REGION: FenceRegion = [72.9, 20.6, 135.6, 54.1];

/** A box fence positions must lie in, `[minLng, minLat, maxLng, maxLat]` in WGS-84 degrees. */
export type FenceRegion = readonly [number, number, number, number];

/** Options of {@link validateFences} and {@link loadFences}. */
export interface FenceLoadOptions {
  /** Where fence positions may lie. Default {@link LAND_BORDER_REGION}. */
  region?: FenceRegion;
}

/** Below this area (m²) a ring is degenerate: its points are (nearly) collinear. */
const MIN_RING_AREA_M2 = 1;

type Position = [number, number];
type Ring = Position[];

/** The fence being validated (`featureIndex` undefined: the collection itself) and the region it must lie in. */
interface Place {
  readonly featureIndex?: number;
  fenceId?: string;
  readonly region: FenceRegion;
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

/** Whether `value` is a string with something else than white space. */
const isText = (value: unknown): value is string => typeof value === 'string' && value.trim() !== '';

/**
 * Checks a fence collection and returns a clean copy of it (positions reduced to `[lng, lat]`).
 * Refuses, with an INVALID_FENCE {@link FenceError} naming the fence, the path and the problem, anything
 * that could give a silently wrong verdict: a missing id or code, an unknown geometry type, a ring with
 * fewer than four positions (or over {@link MAX_RING_POSITIONS}), an unclosed ring, a position that is
 * not finite WGS-84 degrees or lies outside the region (which catches swapped latitude and longitude), a
 * ring that crosses itself or has no area, a hole that crosses or lies outside its outer ring, holes that
 * cross or lie inside each other. Crossings are found by one sweep over a polygon's edges: O(n log n).
 * @param input Parsed GeoJSON (`JSON.parse` of a `.geojson` file), typed `unknown` on purpose.
 * @param options Where fence positions may lie (default {@link LAND_BORDER_REGION}).
 * @throws {FenceError} INVALID_FENCE, with `data: { fenceId, featureIndex, reason, path }`.
 * @example const fences = validateFences(JSON.parse(text))
 */
export function validateFences(input: unknown, options: FenceLoadOptions = {}): FenceFeature[] {
  const region = options.region ?? LAND_BORDER_REGION;
  const features: unknown =
    isRecord(input) && input.type === 'FeatureCollection' ? input.features : undefined;
  if (!Array.isArray(features) || features.length === 0) {
    fail(
      { region },
      Array.isArray(features) ? 'empty-collection' : 'not-a-collection',
      'features',
      'needs a GeoJSON FeatureCollection of at least one fence',
    );
  }
  const seen = new Map<string, number>();
  return features.map((feature: unknown, featureIndex) => {
    const place: Place = { featureIndex, region };
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
  if (rings.length > MAX_HOLES + 1) fail(place, 'too-many-holes', path, `over ${MAX_HOLES} holes`);
  // Every edge of every ring in one sweep: a ring crossing itself, a hole crossing its outer ring or
  // another hole. Rings may touch.
  const ends: number[] = [];
  const owner: [ring: number, edge: number][] = [];
  rings.forEach((ring, r) => {
    for (let e = 0; e + 1 < ring.length; e += 1) {
      ends.push(...(ring[e] as Position), ...(ring[e + 1] as Position));
      owner.push([r, e]);
    }
  });
  const crossing = findCrossing(ends);
  if (crossing !== undefined) {
    const [[r, i], [q, j]] = crossing.map((s) => owner[s] as [number, number]) as [
      [number, number],
      [number, number],
    ];
    if (r === q) {
      fail(
        place,
        'self-intersection',
        `${path}[${r}]`,
        `ring crosses itself: edges ${i}→${i + 1} and ${j}→${j + 1} cross`,
      );
    }
    fail(
      place,
      r === 0 ? 'hole-outside' : 'holes-overlap',
      `${path}[${q}]`,
      r === 0 ? 'hole crosses its outer ring' : `hole crosses hole ${r}`,
    );
  }
  rings.forEach((ring, r) => {
    if (Math.abs(ringAreaM2(ring)) < MIN_RING_AREA_M2)
      fail(place, 'no-area', `${path}[${r}]`, 'ring has no area');
  });
  // No edges cross: a hole lies wholly inside or outside its outer ring and each other hole.
  const [outer = [], ...holes] = rings;
  holes.forEach((hole, h) => {
    if (side(outer, hole) < 0)
      fail(place, 'hole-outside', `${path}[${h + 1}]`, 'hole outside its outer ring');
    holes.forEach((other, k) => {
      if (k !== h && side(other, hole) > 0) {
        fail(place, 'holes-overlap', `${path}[${h + 1}]`, `hole inside hole ${k + 1}`);
      }
    });
  });
  return rings;
}

/**
 * Where ring `inner` lies, given that no edges of the two cross: 1 inside `ring`, -1 outside, 0 on its
 * boundary everywhere (a copy of it).
 */
function side(ring: Ring, inner: Ring): number {
  for (let v = 0; v + 1 < inner.length; v += 1) {
    const [ax, ay] = inner[v] as Position;
    const [bx, by] = inner[v + 1] as Position;
    // A position, then the middle of its edge: the first one off the ring's boundary decides.
    const found = locate([ring], ax, ay) || locate([ring], (ax + bx) / 2, (ay + by) / 2);
    if (found !== 0) return found;
  }
  return 0;
}

function validateRing(ring: unknown, place: Place, path: string): Ring {
  if (!Array.isArray(ring) || ring.length < 4) {
    fail(place, 'too-few-positions', path, 'a ring needs at least 4 positions');
  }
  if (ring.length > MAX_RING_POSITIONS) {
    fail(place, 'too-many-positions', path, `over ${MAX_RING_POSITIONS} positions`);
  }
  const [west, south, east, north] = place.region;
  const positions = ring.map((position: unknown, i): Position => {
    const [lng, lat] = (Array.isArray(position) ? position : []) as unknown[];
    if (
      typeof lng !== 'number' ||
      typeof lat !== 'number' ||
      !(Math.abs(lng) <= 180) ||
      !(Math.abs(lat) <= 90)
    ) {
      fail(place, 'bad-position', `${path}[${i}]`, 'not [longitude, latitude] in WGS-84');
    }
    if (!(lng >= west && lng <= east && lat >= south && lat <= north)) {
      fail(
        place,
        'outside-region',
        `${path}[${i}]`,
        `[${lng}, ${lat}] is outside the fence region [${place.region.join(', ')}]: latitude and longitude swapped?`,
      );
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
  return positions;
}

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
