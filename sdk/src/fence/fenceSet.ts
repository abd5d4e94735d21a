import Flatbush from 'flatbush';
import { validateFences } from './validateFences';
import type { FenceInfo } from './fenceCollection';

/** A fence's geometry in the (mutable GeoJSON) shape Turf's `booleanPointInPolygon` takes. */
export type TurfGeometry =
  { type: 'Polygon'; coordinates: number[][][] } | { type: 'MultiPolygon'; coordinates: number[][][][] };

/**
 * A validated, indexed set of fences: what {@link createFenceChecker} searches. Build it once (it
 * validates every ring and packs a flatbush R-tree of the fences' bounding boxes) and share it between
 * checkers; it is immutable.
 * @example const fences = loadFences(JSON.parse(readFileSync('fences.geojson', 'utf8')))
 */
export class FenceSet {
  /** The fences, in input order; a fence's position here is its index in the fields below. */
  readonly fences: readonly FenceInfo[];
  /**
   * @internal Vertices of every ring of every fence, flat `[lng, lat, lng, lat, …]`, in one array so that
   * a check reads one contiguous block of memory per fence.
   */
  readonly vertices: Float64Array;
  /** @internal End (exclusive, counted in vertices) of each ring in `vertices`, rings of all fences in order. */
  readonly ringEnds: Uint32Array;
  /** @internal Fence `f` owns rings `fenceRings[f]` up to (excluding) `fenceRings[f + 1]`. */
  readonly fenceRings: Uint32Array;
  /** @internal 1 for a polygon's outer ring (the rings after it, up to the next 1, are its holes). */
  readonly outerRings: Uint8Array;
  /** @internal Each fence's geometry, for Turf's exact point-in-polygon test. */
  readonly geometries: readonly TurfGeometry[];
  /** @internal Bounding boxes, `[minLng, minLat, maxLng, maxLat]` per fence. */
  readonly boxes: Float64Array;
  /** @internal Packed R-tree over `boxes` (flatbush), in degrees. */
  readonly index: Flatbush;

  /**
   * Validates and indexes a fence collection.
   * @param input Parsed GeoJSON FeatureCollection (see {@link FenceCollection}).
   * @throws {FenceError} INVALID_FENCE naming the bad fence, see {@link validateFences}.
   */
  constructor(input: unknown) {
    const features = validateFences(input);
    const polygonsOf = features.map(({ geometry }) =>
      geometry.type === 'Polygon' ? [geometry.coordinates] : geometry.coordinates,
    );
    const ringCount = polygonsOf.reduce(
      (n, polygons) => polygons.reduce((m, rings) => m + rings.length, n),
      0,
    );
    let vertexCount = 0;
    for (const polygons of polygonsOf)
      for (const rings of polygons) for (const ring of rings) vertexCount += ring.length;
    this.fences = features.map(({ id, properties: { name, customsCode, headCustomsCode } }) => ({
      id,
      name,
      customsCode,
      headCustomsCode,
    }));
    // validateFences returned fresh arrays that nobody else holds: Turf may have them as they are.
    this.geometries = features.map(({ geometry }) => geometry as TurfGeometry);
    this.vertices = new Float64Array(vertexCount * 2);
    this.ringEnds = new Uint32Array(ringCount);
    this.fenceRings = new Uint32Array(features.length + 1);
    this.outerRings = new Uint8Array(ringCount);
    this.boxes = new Float64Array(features.length * 4);
    this.index = new Flatbush(features.length);
    let v = 0;
    let r = 0;
    polygonsOf.forEach((polygons, f) => {
      let minLng = Infinity;
      let minLat = Infinity;
      let maxLng = -Infinity;
      let maxLat = -Infinity;
      for (const rings of polygons) {
        this.outerRings[r] = 1;
        for (const ring of rings) {
          for (const [lng = 0, lat = 0] of ring) {
            this.vertices[2 * v] = lng;
            this.vertices[2 * v + 1] = lat;
            v += 1;
            minLng = Math.min(minLng, lng);
            minLat = Math.min(minLat, lat);
            maxLng = Math.max(maxLng, lng);
            maxLat = Math.max(maxLat, lat);
          }
          this.ringEnds[r] = v;
          r += 1;
        }
      }
      this.fenceRings[f + 1] = r;
      this.boxes.set([minLng, minLat, maxLng, maxLat], f * 4);
      this.index.add(minLng, minLat, maxLng, maxLat);
    });
    this.index.finish();
  }

  /** Number of fences. */
  get size(): number {
    return this.fences.length;
  }

  /** Index of the fence with this id, or -1. */
  indexOf(id: string): number {
    return this.fences.findIndex((fence) => fence.id === id);
  }
}

/**
 * Validates and indexes a fence collection: `new FenceSet(input)`.
 * @param input Parsed GeoJSON FeatureCollection (see {@link FenceCollection}), typed `unknown` on purpose.
 * @throws {FenceError} INVALID_FENCE naming the bad fence and the problem.
 * @example const fences = loadFences(await (await fetch('/fences.geojson')).json())
 */
export function loadFences(input: unknown): FenceSet {
  return new FenceSet(input);
}
