import { BoxIndex } from './boxIndex';
import { unionBoundary } from './unionBoundary';
import type { UnionPolygon } from './unionBoundary';
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
  /**
   * @internal Per vertex, 1 when the edge from it to the next one lies on the boundary of the union of
   * the fences of its head customs (see {@link unionBoundary}); 0 inside that union, and at a ring's end.
   */
  readonly onUnionBoundary: Uint8Array;
  /**
   * @internal Per fence, 1 when some of its edges lie inside its union (`onUnionBoundary` 0): only these
   * fences need the per-edge flags when measured against their union's boundary.
   */
  readonly hasInnerEdges: Uint8Array;
  /** @internal Per fence, the number of its head customs: fences of one number are judged as their union. */
  readonly groups: Uint32Array;
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
    const codes = [...new Set(this.fences.map((fence) => fence.headCustomsCode))];
    this.groups = Uint32Array.from(this.fences, (fence) => codes.indexOf(fence.headCustomsCode));
    const polygons = features.flatMap(({ geometry }, f) =>
      (geometry.type === 'Polygon' ? [geometry.coordinates] : geometry.coordinates).map((rings) => ({
        fence: f,
        group: this.groups[f] as number,
        rings: rings as [number, number][][],
      })),
    );
    const byFence = features.map((): UnionPolygon[] => []);
    unionBoundary(polygons).forEach((polygon, p) => byFence[polygons[p]?.fence as number]?.push(polygon));
    const vertices: number[] = [];
    const onBoundary: number[] = [];
    const ringEnds: number[] = [];
    const fenceRings = [0];
    const outerRings: number[] = [];
    const boxes: number[] = [];
    for (const fencePolygons of byFence) {
      const box = [Infinity, Infinity, -Infinity, -Infinity];
      for (const { rings, onBoundary: edges } of fencePolygons) {
        rings.forEach((ring, r) => {
          outerRings.push(r === 0 ? 1 : 0);
          ring.forEach(([lng, lat], v) => {
            vertices.push(lng, lat);
            onBoundary.push(edges[r]?.[v] === true ? 1 : 0);
            box[0] = Math.min(box[0] as number, lng);
            box[1] = Math.min(box[1] as number, lat);
            box[2] = Math.max(box[2] as number, lng);
            box[3] = Math.max(box[3] as number, lat);
          });
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
    this.onUnionBoundary = Uint8Array.from(onBoundary);
    this.hasInnerEdges = Uint8Array.from(this.fences, (_, f) => {
      for (let r = this.fenceRings[f] as number; r < (this.fenceRings[f + 1] as number); r += 1) {
        // Each edge starts at one of the ring's vertices but its last (the closing one).
        const first = r === 0 ? 0 : (this.ringEnds[r - 1] as number);
        const last = (this.ringEnds[r] as number) - 1;
        if (this.onUnionBoundary.subarray(first, last).includes(0)) return 1;
      }
      return 0;
    });
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
