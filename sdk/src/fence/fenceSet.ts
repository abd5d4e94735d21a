import { BoxIndex } from './boxIndex';
import { validateFences } from './validateFences';
import type { FenceInfo } from './fenceCollection';
import type { FenceLoadOptions } from './validateFences';

/**
 * A validated, indexed set of fences: what {@link createFenceChecker} searches. Build it once (it
 * validates every ring and indexes the fences' bounding boxes) and share it between
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
  /** @internal Bounding boxes, `[minLng, minLat, maxLng, maxLat]` per fence. */
  readonly boxes: Float64Array;
  /** @internal Index over `boxes`, in degrees. */
  readonly index: BoxIndex;

  /**
   * Validates and indexes a fence collection.
   * @param input Parsed GeoJSON FeatureCollection (see {@link FenceCollection}).
   * @param options Where fence positions may lie (default: China's land-border region).
   * @throws {FenceError} INVALID_FENCE naming the bad fence, see {@link validateFences}.
   */
  constructor(input: unknown, options?: FenceLoadOptions) {
    const features = validateFences(input, options);
    // validateFences built each `properties` afresh with exactly the other fields of a FenceInfo.
    this.fences = features.map(({ id, properties }) => Object.assign({ id }, properties));
    const vertices: number[] = [];
    const ringEnds: number[] = [];
    const fenceRings = [0];
    const outerRings: number[] = [];
    const boxes: number[] = [];
    for (const { geometry } of features) {
      const box = [Infinity, Infinity, -Infinity, -Infinity];
      for (const rings of geometry.type === 'Polygon' ? [geometry.coordinates] : geometry.coordinates) {
        rings.forEach((ring, r) => {
          outerRings.push(r === 0 ? 1 : 0);
          for (const [lng = 0, lat = 0] of ring) {
            vertices.push(lng, lat);
            box[0] = Math.min(box[0] as number, lng);
            box[1] = Math.min(box[1] as number, lat);
            box[2] = Math.max(box[2] as number, lng);
            box[3] = Math.max(box[3] as number, lat);
          }
          ringEnds.push(vertices.length / 2);
        });
      }
      fenceRings.push(ringEnds.length);
      boxes.push(...box);
    }
    this.vertices = Float64Array.from(vertices);
    this.ringEnds = Uint32Array.from(ringEnds);
    this.fenceRings = Uint32Array.from(fenceRings);
    this.outerRings = Uint8Array.from(outerRings);
    this.boxes = Float64Array.from(boxes);
    this.index = new BoxIndex(this.boxes);
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
 * @param options Where fence positions may lie (default: China's land-border region).
 * @throws {FenceError} INVALID_FENCE naming the bad fence and the problem.
 * @example const fences = loadFences(await (await fetch('/fences.geojson')).json())
 */
export function loadFences(input: unknown, options?: FenceLoadOptions): FenceSet {
  return new FenceSet(input, options);
}
