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
 * (`connected[i]` 1 for a fence of a connected head customs).
 * @internal
 */
export function createNearestFenceSearch(set: FenceSet, connected: Uint8Array) {
  const anyConnected = connected.includes(1);
  const scratch: EdgeOffset = { signedDistanceM: 0, eastM: 0, northM: 0 };

  /** Measures the connected fences of `found` by increasing box distance while that bound beats `best`. */
  const measure = (
    found: readonly number[],
    lng: number,
    lat: number,
    metresPerDegreeLng: number,
    best: FenceCandidate,
  ): void => {
    const bounds = Float64Array.from(found, (fence) =>
      connected[fence] === 1 ? boxDistance(set.boxes, fence, lng, lat, metresPerDegreeLng) : Infinity,
    );
    for (;;) {
      let next = -1;
      let bound = best.signedDistanceM;
      for (let k = 0; k < bounds.length; k += 1) {
        if ((bounds[k] as number) < bound) {
          next = k;
          bound = bounds[k] as number;
        }
      }
      if (next < 0) return;
      bounds[next] = Infinity;
      const fence = found[next] as number;
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
   * fences `unmeasured` of the first search and its reach, `searched` metres around. Box searches of
   * growing reach: a fence whose box misses a box of half-width `reach` metres is further than `reach`,
   * so a best distance within `reach` is final. The reach grows 4× a step, with no limit, so a fix far
   * from every fence needs no other walk. Exact. Returns false when no fence is connected.
   */
  return (
    lng: number,
    lat: number,
    metresPerDegreeLng: number,
    best: FenceCandidate,
    unmeasured: readonly number[],
    searched: number,
  ): boolean => {
    if (!anyConnected) return false;
    measure(unmeasured, lng, lat, metresPerDegreeLng, best);
    // There is a connected fence, at a finite distance: the loop ends.
    for (let reach = searched; ; reach *= 4) {
      if (reach > searched) {
        const dLng = reach / metresPerDegreeLng;
        const dLat = reach / METRES_PER_DEGREE;
        measure(
          set.index.search(lng - dLng, lat - dLat, lng + dLng, lat + dLat),
          lng,
          lat,
          metresPerDegreeLng,
          best,
        );
      }
      if (best.signedDistanceM <= reach) return true;
    }
  };
}
