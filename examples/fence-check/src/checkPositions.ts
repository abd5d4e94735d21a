import { createFenceChecker, verdictMessage } from '@hushi/sdk/fence';
import { toWgs84 } from '@hushi/sdk/mainland';
import type { FenceProximity, FenceSet, FenceVerdict } from '@hushi/sdk/fence';
import type { Position } from './readPositions';

/** A position with its verdict and the words the mini-app would show for it. */
export interface PositionResult {
  readonly position: Position;
  readonly verdict: FenceVerdict;
  /** The mini-app's headline, e.g. 当前位置不在申报区域内. */
  readonly message: string;
  /** The mini-app's second line (distance and direction, or what to do), if any. */
  readonly detail: string | null;
}

/** Options of {@link checkPositions}. */
export interface CheckOptions {
  /** Connected head customs (直属关) codes; undefined: every head customs of the fence set. */
  readonly connected?: readonly string[] | undefined;
  /** Clock, epoch ms; every position is taken as a fix of this instant. Default `Date.now`. */
  readonly now?: () => number;
}

/**
 * Judges positions with the sdk's fence checker, exactly as the mini-app and the backend do: GCJ-02
 * positions are read with `toWgs84` of `@hushi/sdk/mainland` (converted in the mainland, taken as WGS-84
 * outside it, both kept near its boundary), accuracy is the phone's ~68% radius (scaled to
 * ~95% by the checker), and a position counts as a fresh fix.
 * @example checkPositions(loadFences(json), [parsePosition('21.979,106.7115,5', 'wgs84')])
 */
export function checkPositions(
  fences: FenceSet,
  positions: readonly Position[],
  options: CheckOptions = {},
): PositionResult[] {
  const now = options.now ?? Date.now;
  const connected = new Set(options.connected ?? fences.fences.map((fence) => fence.headCustomsCode));
  const checker = createFenceChecker(fences, { connectedHeadCustoms: connected, toWgs84, now });
  return positions.map((position) => {
    const { lat, lng, accuracy, datum } = position;
    const verdict = checker.check({ lat, lng, accuracy, datum, timestamp: now() });
    return { position, verdict, ...verdictMessage(verdict) };
  });
}

/** The fence a verdict is about: its own for inside/uncertain/not-connected, the nearest for outside. */
export function verdictFence(verdict: FenceVerdict): FenceProximity | null {
  if (verdict.status === 'outside') return verdict.nearest;
  if (verdict.status === 'inside' || verdict.status === 'uncertain' || verdict.status === 'not-connected') {
    return verdict;
  }
  return null;
}
