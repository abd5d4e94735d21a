import { holdFence } from './fenceCandidate';
import { METRES_PER_DEGREE } from './geometry';
import { fenceEdgeOffset } from './signedDistance';
import type { FenceCandidate } from './fenceCandidate';
import type { FenceSet } from './fenceSet';
import type { EdgeOffset } from './signedDistance';

/**
 * Distance from a point to fence `fence`'s bounding box on the point's projection
 * (`metresPerDegreeLng` metres per degree of longitude): a lower bound of the distance to the fence.
 * @internal
 */
export function boxDistance(
  boxes: Float64Array,
  fence: number,
  lng: number,
  lat: number,
  metresPerDegreeLng: number,
): number {
  const eastM =
    Math.max((boxes[4 * fence] as number) - lng, lng - (boxes[4 * fence + 2] as number), 0) *
    metresPerDegreeLng;
  const northM =
    Math.max((boxes[4 * fence + 1] as number) - lat, lat - (boxes[4 * fence + 3] as number), 0) *
    METRES_PER_DEGREE;
  return Math.sqrt(eastM * eastM + northM * northM);
}

/**
 * The search for the nearest connected fence of a fix whose circle meets none, over a checker's fences
 * (`connected[i]` 1 for a fence of a connected head customs). It keeps its own buffers: one search at a
 * time, allocating nothing.
 * @internal
 */
export function createNearestFenceSearch(set: FenceSet, connected: Uint8Array) {
  const anyConnected = connected.includes(1);
  const scratch: EdgeOffset = { signedDistanceM: 0, eastM: 0, northM: 0 };
  const found = new Uint32Array(set.size);
  const bounds = new Float64Array(set.size);

  /**
   * Measures the connected fences among the first `count` of `fences` by increasing box distance while
   * that bound beats `best`.
   */
  const measure = (
    fences: Uint32Array,
    count: number,
    lng: number,
    lat: number,
    metresPerDegreeLng: number,
    best: FenceCandidate,
  ): void => {
    for (let k = 0; k < count; k += 1) {
      const fence = fences[k] as number;
      bounds[k] =
        connected[fence] === 1 ? boxDistance(set.boxes, fence, lng, lat, metresPerDegreeLng) : Infinity;
    }
    for (;;) {
      let next = -1;
      let bound = best.signedDistanceM;
      for (let k = 0; k < count; k += 1) {
        if ((bounds[k] as number) < bound) {
          next = k;
          bound = bounds[k] as number;
        }
      }
      if (next < 0) return;
      bounds[next] = Infinity;
      const fence = fences[next] as number;
      const { signedDistanceM, eastM, northM } = fenceEdgeOffset(
        set,
        fence,
        lng,
        lat,
        metresPerDegreeLng,
        scratch,
        true,
      );
      if (signedDistanceM < best.signedDistanceM) holdFence(best, fence, signedDistanceM, eastM, northM);
    }
  };

  /**
   * Makes `best` the nearest connected fence, given the best one among the fences measured so far, the
   * first `unmeasuredCount` of `unmeasured`, fences the first search found but did not measure, and that
   * search's reach, `searched` metres around. Box searches of growing reach: a fence whose box misses a
   * box of half-width `reach` metres is further than `reach`, so a best distance within `reach` is final.
   * The reach grows 4× a step, with no limit, so a fix far from every fence needs no other walk. Exact.
   * Returns false when no fence is connected.
   */
  return (
    lng: number,
    lat: number,
    metresPerDegreeLng: number,
    best: FenceCandidate,
    unmeasured: Uint32Array,
    unmeasuredCount: number,
    searched: number,
  ): boolean => {
    if (!anyConnected) return false;
    measure(unmeasured, unmeasuredCount, lng, lat, metresPerDegreeLng, best);
    // There is a connected fence, at a finite distance: the loop ends.
    for (let reach = searched; ; reach *= 4) {
      if (reach > searched) {
        const dLng = reach / metresPerDegreeLng;
        const dLat = reach / METRES_PER_DEGREE;
        const count = set.index.searchInto(lng - dLng, lat - dLat, lng + dLng, lat + dLat, found);
        measure(found, count, lng, lat, metresPerDegreeLng, best);
      }
      if (best.signedDistanceM <= reach) return true;
    }
  };
}
