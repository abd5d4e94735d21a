/**
 * The best fence of one kind a check has seen so far (the one the fix is deepest in, the nearest edge
 * of a group, the nearest fence outside): its index, the signed distance to its boundary (negative
 * inside) and the offset from the fix to the nearest boundary point. Filled in place, so that a check
 * allocates a handful of objects, not one per fence it measures.
 * @internal
 */
export interface FenceCandidate {
  fence: number;
  signedDistanceM: number;
  eastM: number;
  northM: number;
}

/** A candidate holding no fence yet (index -1, infinitely far). @internal */
export const noCandidate = (): FenceCandidate => ({
  fence: -1,
  signedDistanceM: Infinity,
  eastM: 0,
  northM: 0,
});

/** Makes `candidate` hold fence `fence` at these distance and offset. @internal */
export function holdFence(
  candidate: FenceCandidate,
  fence: number,
  signedDistanceM: number,
  eastM: number,
  northM: number,
): void {
  candidate.fence = fence;
  candidate.signedDistanceM = signedDistanceM;
  candidate.eastM = eastM;
  candidate.northM = northM;
}
