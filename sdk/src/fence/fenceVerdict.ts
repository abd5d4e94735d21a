import type { CompassDirection } from './bearing';
import type { AppliedDatum, LatLng } from './datum';
import type { FenceInfo } from './fenceCollection';

/** Where a fix stands relative to one fence's boundary. */
export interface FenceProximity {
  /** The fence. */
  readonly fence: FenceInfo;
  /** Distance from the fix to the fence's nearest boundary point (outer ring or hole), metres, ≥ 0. */
  readonly distanceM: number;
  /** The same distance, signed: negative when the fix is inside the fence. */
  readonly signedDistanceM: number;
  /** Bearing from the fix to that boundary point, degrees clockwise from north, in [0, 360). */
  readonly bearingDeg: number;
  /** `bearingDeg` as a compass word (东北 …), for "您距申报区域约 350 米，东北方向". */
  readonly direction: CompassDirection;
}

/** What every verdict carries. */
export interface VerdictBase {
  /** The fix's timestamp, epoch ms (what {@link createDwellTracker} orders fixes by). */
  readonly timestamp: number;
}

/** What every verdict that looked at the geometry carries. */
export interface PositionedVerdict extends VerdictBase {
  /** The fix in WGS-84 (converted if it came as GCJ-02). */
  readonly position: LatLng;
  /**
   * Radius of the circle that was tested, metres: the fix's accuracy × the confidence scale (~95%), plus
   * the converter's uncertainty, and never below `RADIUS_FLOOR_M`.
   */
  readonly radiusM: number;
  /** How the fix's coordinates were read (see {@link AppliedDatum}). */
  readonly appliedDatum: AppliedDatum;
}

/** The whole ~95% circle lies inside a fence of a connected head customs: the check passes. */
export interface InsideVerdict extends PositionedVerdict, FenceProximity {
  readonly status: 'inside';
}

/** The ~95% circle lies outside every fence: "当前位置不在申报区域内". */
export interface OutsideVerdict extends PositionedVerdict {
  readonly status: 'outside';
  /** The nearest fence of a connected head customs, for "您距申报区域约 N 米，X方向"; null if there is none. */
  readonly nearest: FenceProximity | null;
}

/** The ~95% circle crosses the edge of a connected fence: neither inside nor outside; ask for a better fix. */
export interface UncertainVerdict extends PositionedVerdict, FenceProximity {
  readonly status: 'uncertain';
  /** What to do: ask `location.get` again with `highAccuracy: true`. */
  readonly hint: 'retry-high-accuracy';
}

/**
 * The fix is in (or at the edge of) a fence whose head customs (直属关) has not connected its platform
 * to the fence interface: "该区域暂不支持在移动端申报！".
 */
export interface NotConnectedVerdict extends PositionedVerdict, FenceProximity {
  readonly status: 'not-connected';
}

/** The fix is older (or further in the future) than the checker's `maxAgeMs`: take a new fix. */
export interface StaleVerdict extends VerdictBase {
  readonly status: 'stale';
  /** Checker time minus the fix's timestamp, ms (negative for a fix stamped in the future). */
  readonly ageMs: number;
  /** The limit it broke. */
  readonly maxAgeMs: number;
}

/** The fix's accuracy radius is above the checker's cap: take a new fix with high accuracy. */
export interface InaccurateVerdict extends VerdictBase {
  readonly status: 'inaccurate';
  /** The fix's accuracy radius (68%), metres. */
  readonly accuracyM: number;
  /** The cap it broke. */
  readonly maxAccuracyM: number;
  /** What to do: ask `location.get` again with `highAccuracy: true`. */
  readonly hint: 'retry-high-accuracy';
}

/** The result of {@link FenceChecker.check}, discriminated on `status`. Only `inside` passes. */
export type FenceVerdict =
  InsideVerdict | OutsideVerdict | UncertainVerdict | NotConnectedVerdict | StaleVerdict | InaccurateVerdict;

/** The statuses of {@link FenceVerdict}. */
export type FenceStatus = FenceVerdict['status'];
