import { isFenceError, loadFences, METRES_PER_DEGREE, validateFences } from '@hushi/sdk/fence';
import type { FenceFeature, FenceProblem, FenceRing } from '@hushi/sdk/fence';

/** What `validate` says about one valid fence. */
export interface FenceSummary {
  /** Position of the feature in the file. */
  readonly featureIndex: number;
  readonly id: string;
  readonly name: string;
  /** 关区代码 of the customs office. */
  readonly customsCode: string;
  /** 关区代码 of the head customs district (直属关). */
  readonly headCustomsCode: string;
  /** Polygons (1 for a Polygon) and holes, for "2 polygons, 1 hole". */
  readonly polygons: number;
  readonly holes: number;
  /** Distinct vertices of all rings (a ring's closing position is not counted again). */
  readonly vertices: number;
  /** Area of the outer rings less the holes, m², on a local flat projection (fences are small). */
  readonly areaM2: number;
  /** `[minLng, minLat, maxLng, maxLat]`, WGS-84 degrees. */
  readonly bbox: readonly [number, number, number, number];
}

/** One problem of a fence file, as the sdk's validation reports it. */
export interface FenceFileProblem {
  /** Position of the feature in the file; undefined for a problem of the collection itself. */
  readonly featureIndex: number | undefined;
  /** The fence's id, when it has one. */
  readonly fenceId: string | undefined;
  /** The sdk's reason, e.g. `not-closed`. */
  readonly reason: FenceProblem;
  /** JSON path in the file, e.g. `features[1].geometry.coordinates[0]`. */
  readonly path: string;
  /** The sdk's explanation, naming the fence, the path and the problem. */
  readonly message: string;
}

/** What `validate` found: the valid fences and every problem. */
export interface FenceInspection {
  readonly fences: readonly FenceSummary[];
  readonly problems: readonly FenceFileProblem[];
  /** Number of features in the file (valid or not). */
  readonly featureCount: number;
}

/** The sdk's INVALID_FENCE error as a problem, or the error rethrown if it is anything else. */
function toProblem(error: unknown, featureIndex?: number): FenceFileProblem {
  if (!isFenceError(error, 'INVALID_FENCE')) throw error;
  const data = error.data ?? {};
  const path = String(data.path);
  if (featureIndex === undefined) {
    return {
      featureIndex: typeof data.featureIndex === 'number' ? data.featureIndex : undefined,
      fenceId: typeof data.fenceId === 'string' ? data.fenceId : undefined,
      reason: data.reason as FenceProblem,
      path,
      message: error.message,
    };
  }
  // The feature was validated alone, as features[0]: put back its place in the file.
  const here = `features[${featureIndex}]`;
  return {
    featureIndex,
    fenceId: typeof data.fenceId === 'string' ? data.fenceId : undefined,
    reason: data.reason as FenceProblem,
    path: path.replace(/^features\[0\]/, here),
    message: error.message.replace(' (#0) at features[0]', ` (#${featureIndex}) at ${here}`),
  };
}

/** Twice the signed area of a ring in m², on a flat projection at the ring's first latitude. */
function ringAreaM2(ring: FenceRing): number {
  const [lng0 = 0, lat0 = 0] = ring[0] ?? [];
  let twice = 0;
  for (let i = 1; i < ring.length; i += 1) {
    const [ax = 0, ay = 0] = ring[i - 1] ?? [];
    const [bx = 0, by = 0] = ring[i] ?? [];
    twice += (ax - lng0) * (by - lat0) - (bx - lng0) * (ay - lat0);
  }
  return (Math.abs(twice) / 2) * METRES_PER_DEGREE * METRES_PER_DEGREE * Math.cos(lat0 * (Math.PI / 180));
}

/** Counts, area and bounding box of a fence the sdk validated. */
export function summarizeFence(feature: FenceFeature, featureIndex: number): FenceSummary {
  const polygons =
    feature.geometry.type === 'Polygon' ? [feature.geometry.coordinates] : feature.geometry.coordinates;
  const bbox: [number, number, number, number] = [Infinity, Infinity, -Infinity, -Infinity];
  let vertices = 0;
  let holes = 0;
  let areaM2 = 0;
  for (const rings of polygons) {
    rings.forEach((ring, r) => {
      vertices += ring.length - 1;
      if (r > 0) holes += 1;
      areaM2 += r === 0 ? ringAreaM2(ring) : -ringAreaM2(ring);
      for (const [lng = 0, lat = 0] of ring) {
        bbox[0] = Math.min(bbox[0], lng);
        bbox[1] = Math.min(bbox[1], lat);
        bbox[2] = Math.max(bbox[2], lng);
        bbox[3] = Math.max(bbox[3], lat);
      }
    });
  }
  return {
    featureIndex,
    id: feature.id,
    ...feature.properties,
    polygons: polygons.length,
    holes,
    vertices,
    areaM2,
    bbox,
  };
}

/**
 * Validates a parsed fence file with the sdk and collects every problem, not only the first: the sdk's
 * `validateFences` stops at the first bad fence, so each feature is validated on its own (and ids are
 * compared across features), then the whole file is loaded once more as the mini-app would load it.
 * @param input Parsed GeoJSON, typed `unknown` on purpose.
 * @example const { fences, problems } = inspectFences(readJsonFile('fences.geojson'))
 */
export function inspectFences(input: unknown): FenceInspection {
  const features: unknown =
    typeof input === 'object' && input !== null && !Array.isArray(input)
      ? (input as Record<string, unknown>).features
      : undefined;
  if (!Array.isArray(features) || features.length === 0) {
    // Not a collection, or an empty one: the sdk says which.
    try {
      validateFences(input);
    } catch (error) {
      return { fences: [], problems: [toProblem(error)], featureCount: 0 };
    }
  }
  const list: unknown[] = Array.isArray(features) ? features : [];
  const fences: FenceSummary[] = [];
  const problems: FenceFileProblem[] = [];
  const seen = new Map<string, number>();
  list.forEach((feature, featureIndex) => {
    let valid: FenceFeature | undefined;
    try {
      [valid] = validateFences({ type: 'FeatureCollection', features: [feature] });
    } catch (error) {
      problems.push(toProblem(error, featureIndex));
    }
    if (valid === undefined) return;
    const previous = seen.get(valid.id);
    if (previous !== undefined) {
      problems.push({
        featureIndex,
        fenceId: valid.id,
        reason: 'duplicate-id',
        path: `features[${featureIndex}].id`,
        message: `Invalid fence "${valid.id}" (#${featureIndex}) at features[${featureIndex}].id: id already used by fence #${previous}`,
      });
      return;
    }
    seen.set(valid.id, featureIndex);
    fences.push(summarizeFence(valid, featureIndex));
  });
  if (problems.length === 0) {
    // The file as a whole, exactly as the mini-app and the backend load it.
    try {
      loadFences(input);
    } catch (error) {
      problems.push(toProblem(error));
    }
  }
  return { fences, problems, featureCount: list.length };
}
