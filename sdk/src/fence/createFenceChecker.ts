import type { LocationGetResult } from '@hushi/bridge-spec';
import { bearingDeg, compassDirection } from './bearing';
import { holdFence, noCandidate } from './fenceCandidate';
import { FenceSet } from './fenceSet';
import { METRES_PER_DEGREE } from './geometry';
import { boxDistance, createNearestFenceSearch } from './nearestFence';
import { checkFix, readFix } from './readFix';
import { invalidOption } from './refuse';
import { fenceEdgeOffset } from './signedDistance';
import type { AppliedDatum, DatumConverter, LatLng } from './datum';
import type { FenceCandidate } from './fenceCandidate';
import type { FenceCollection, FenceInfo } from './fenceCollection';
import type { FenceProximity, FenceVerdict } from './fenceVerdict';
import type { EdgeOffset } from './signedDistance';

/**
 * A position fix as the fence checker takes it: the fields of bridge-spec's `LocationGetResult`, so a
 * `location.get` result (or the raw fix the backend receives) can be passed as it is. The datum is part
 * of the type: a fix of unknown datum is refused, never guessed.
 */
export type FenceFix = Pick<LocationGetResult, 'lat' | 'lng' | 'datum' | 'accuracy' | 'timestamp'>;

/**
 * Scales an accuracy radius reported as a 68% circle to the 95% circle: √(ln 20 / ln(1/0.32)) ≈ 1.62.
 * For a circular normal error the probability to lie within r is 1 − exp(−r²/2σ²), so the 68% radius is
 * 1.51σ and the 95% radius 2.45σ. (2.45 is the 95% radius in units of σ, not of the 68% radius.)
 */
export const CONFIDENCE_SCALE_95 = Math.sqrt(Math.log(20) / Math.log(1 / 0.32));
/**
 * Smallest radius tested, metres, whatever the fix's accuracy: it covers a datum conversion's error
 * bound (the GCJ-02 inverse of `@hushi/sdk/mainland`: 0.034 m at worst, stated as 0.05 m; gcoord's was
 * 0.143 m) and the rounding of the distance (about 1e-10 m), so a point on an edge is `uncertain` at every
 * accuracy, 0 included.
 */
export const RADIUS_FLOOR_M = 0.25;
/** Default {@link FenceCheckerOptions.maxAgeMs}: one minute. */
export const DEFAULT_MAX_AGE_MS = 60_000;
/** Default {@link FenceCheckerOptions.maxAccuracyM}: a fix vaguer than 100 m cannot judge a 300 m fence. */
export const DEFAULT_MAX_ACCURACY_M = 100;

/** Options of {@link createFenceChecker}. */
export interface FenceCheckerOptions {
  /**
   * Which head customs districts (直属关, `xx00` codes) have connected their platform to the fence
   * interface. A fix in a fence of any other district gets `not-connected`. Read once, when the checker
   * is created: make a new checker when the list changes.
   */
  connectedHeadCustoms: ReadonlySet<string> | ((headCustomsCode: string) => boolean);
  /**
   * Reads GCJ-02 fixes as WGS-84, normally `toWgs84` of `@hushi/sdk/mainland` (GCJ-02 applied only in
   * the mainland, both readings kept near its edge). Kept out of the fence core so that WGS-84-only users
   * do not ship it and its boundary data; without it a GCJ-02 fix throws UNSUPPORTED_DATUM.
   */
  toWgs84?: DatumConverter;
  /** Oldest fix accepted, ms (a fix stamped further than this in the future is refused too). Default 60 000. */
  maxAgeMs?: number;
  /** Largest accuracy radius accepted, metres. Default 100. */
  maxAccuracyM?: number;
  /** Factor from the fix's accuracy radius (68%) to the radius tested. Default {@link CONFIDENCE_SCALE_95}. */
  confidenceScale?: number;
  /** Clock, epoch ms. Default `Date.now` (the backend may pass the request's receive time). */
  now?: () => number;
}

/** A fence checker, see {@link createFenceChecker}. */
export interface FenceChecker {
  /** The fences it checks against. */
  readonly fences: FenceSet;
  /**
   * Judges one fix. The same code runs in the mini-app (for the user's feedback) and in the backend
   * (which re-checks the raw fix and decides).
   * @throws {FenceError} INVALID_FIX for a malformed fix, UNKNOWN_DATUM for a datum it does not know,
   *   UNSUPPORTED_DATUM for a GCJ-02 fix when the checker has no converter.
   */
  check(fix: FenceFix): FenceVerdict;
}

/** Reach of the first box search (for touched fences and the nearest fence), metres; next ones reach 4× further. */
const NEAREST_FIRST_REACH_M = 1_000;
function positiveOption(name: string, value: number | undefined, fallback: number): number {
  if (value === undefined) return fallback;
  // Options may come from configuration JSON: compare numbers only.
  if (typeof value !== 'number' || !(value > 0)) invalidOption(name, value);
  return value;
}

/**
 * Creates the electronic-fence (电子围网) checker: a three-state verdict from the signed distance to the
 * nearest fence edge and the fix's accuracy circle scaled to ~95%. `inside` only when that circle lies
 * inside a fence, `outside` only when it lies outside every fence, otherwise `uncertain` (ask for a fix
 * with high accuracy). Stale and inaccurate fixes are refused; a fence whose head customs is not
 * connected gives `not-connected`. A box index keeps one check independent of the number of fences.
 * @param fences A {@link FenceSet} from {@link loadFences}, or the parsed GeoJSON (validated here).
 * @throws {FenceError} INVALID_FENCE for bad fence data, INVALID_OPTIONS for bad options.
 * @example
 * const checker = createFenceChecker(loadFences(geojson), { connectedHeadCustoms: new Set(['0700']), toWgs84 })
 * const verdict = checker.check(await bridge.call('location.get', { datum: 'wgs84', highAccuracy: true }))
 * if (verdict.status !== 'inside') showToast(verdictMessage(verdict).message)
 */
export function createFenceChecker(
  fences: FenceSet | FenceCollection,
  options: FenceCheckerOptions,
): FenceChecker {
  const set = fences instanceof FenceSet ? fences : new FenceSet(fences);
  const { connectedHeadCustoms, toWgs84, now = Date.now } = options;
  const maxAgeMs = positiveOption('maxAgeMs', options.maxAgeMs, DEFAULT_MAX_AGE_MS);
  const maxAccuracyM = positiveOption('maxAccuracyM', options.maxAccuracyM, DEFAULT_MAX_ACCURACY_M);
  const confidenceScale = positiveOption('confidenceScale', options.confidenceScale, CONFIDENCE_SCALE_95);
  if (!Number.isFinite(confidenceScale)) invalidOption('confidenceScale', confidenceScale);
  // A set is recognised by its `has`, not by `instanceof`, so a Set from another realm works too.
  const isConnectedCode: (code: string) => unknown =
    typeof connectedHeadCustoms === 'function'
      ? connectedHeadCustoms
      : typeof (connectedHeadCustoms as Partial<ReadonlySet<string>> | undefined)?.has === 'function'
        ? (code) => connectedHeadCustoms.has(code)
        : invalidOption('connectedHeadCustoms', connectedHeadCustoms);
  const connected = Uint8Array.from(set.fences, (fence) =>
    isConnectedCode(fence.headCustomsCode) === true ? 1 : 0,
  );
  const nearest = createNearestFenceSearch(set, connected);
  const { index, boxes, groups } = set;
  // Everything a check writes as it goes is made here once: a check allocates its verdict only.
  const scratch: EdgeOffset = { signedDistanceM: 0, eastM: 0, northM: 0 };
  const found = new Uint32Array(set.size);
  const unmeasured = new Uint32Array(set.size);
  const inside = noCandidate();
  const straddled = noCandidate();
  const blocked = noCandidate();
  const outside = noCandidate();
  // Per group of fences judged as one (a head customs): the nearest edge of its union's boundary, the
  // fence the fix is in (or -1), and the check that last wrote them; `touched` lists a check's groups.
  const groupCount = groups.reduce((most, g) => Math.max(most, g + 1), 0);
  const groupEdge = Array.from({ length: groupCount }, noCandidate);
  const groupFence = new Int32Array(groupCount);
  const groupCheck = new Uint32Array(groupCount);
  const touched = new Uint32Array(groupCount);
  let checks = 0;

  /** How far and which way fence candidate `c` is. */
  const proximity = (c: FenceCandidate): FenceProximity => {
    const bearing = bearingDeg(c.eastM, c.northM);
    return {
      fence: set.fences[c.fence] as FenceInfo,
      distanceM: Math.abs(c.signedDistanceM),
      signedDistanceM: c.signedDistanceM,
      bearingDeg: bearing,
      direction: compassDirection(bearing),
    };
  };

  /** A verdict about fence candidate `c`: where the fix is, and the fence's proximity. */
  const located = <S extends 'inside' | 'uncertain' | 'not-connected'>(
    status: S,
    c: FenceCandidate,
    timestamp: number,
    position: LatLng,
    radiusM: number,
    appliedDatum: AppliedDatum,
  ) => Object.assign({ status, timestamp, position, radiusM, appliedDatum }, proximity(c));

  const check = (fix: FenceFix): FenceVerdict => {
    checkFix(fix, toWgs84);
    const { accuracy, timestamp } = fix;
    const ageMs = now() - timestamp;
    if (Math.abs(ageMs) > maxAgeMs) return { status: 'stale', timestamp, ageMs, maxAgeMs };
    if (accuracy > maxAccuracyM) {
      return {
        status: 'inaccurate',
        timestamp,
        accuracyM: accuracy,
        maxAccuracyM,
        hint: 'retry-high-accuracy',
      };
    }

    const { lng, lat, appliedDatum, uncertaintyM } = readFix(fix, toWgs84);
    const radiusM = Math.max(RADIUS_FLOOR_M, accuracy * confidenceScale + uncertaintyM);
    const metresPerDegreeLng = METRES_PER_DEGREE * Math.cos(lat * (Math.PI / 180));
    // One search serves both questions. Every fence the ~95% circle can touch has its box within the
    // circle's box; and if it touches none, the nearest fence is probably within `reach`.
    const reach = Math.max(radiusM, NEAREST_FIRST_REACH_M);
    const reachLng = reach / metresPerDegreeLng;
    const reachLat = reach / METRES_PER_DEGREE;
    holdFence(inside, -1, Infinity, 0, 0);
    holdFence(straddled, -1, Infinity, 0, 0);
    holdFence(blocked, -1, Infinity, 0, 0);
    holdFence(outside, -1, Infinity, 0, 0);
    let unmeasuredCount = 0;
    let touchedCount = 0;
    checks += 1;
    const foundCount = index.searchInto(
      lng - reachLng,
      lat - reachLat,
      lng + reachLng,
      lat + reachLat,
      found,
    );
    for (let k = 0; k < foundCount; k += 1) {
      const fence = found[k] as number;
      // A fence whose box is further than the circle's radius is further too: a nearest candidate only.
      if (boxDistance(boxes, fence, lng, lat, metresPerDegreeLng) > radiusM) {
        unmeasured[unmeasuredCount] = fence;
        unmeasuredCount += 1;
        continue;
      }
      const group = groups[fence] as number;
      const edge = groupEdge[group] as FenceCandidate;
      if (groupCheck[group] !== checks) {
        groupCheck[group] = checks;
        groupFence[group] = -1;
        edge.signedDistanceM = Infinity;
        touched[touchedCount] = group;
        touchedCount += 1;
      }
      const offset = fenceEdgeOffset(set, fence, lng, lat, metresPerDegreeLng, scratch, true);
      const distanceM = Math.abs(offset.signedDistanceM);
      if (offset.signedDistanceM <= 0) groupFence[group] = fence;
      if (distanceM < edge.signedDistanceM) holdFence(edge, fence, distanceM, offset.eastM, offset.northM);
    }
    // Each group judged as its union: in it if in one of its fences, as far from its edge as its nearest
    // boundary edge.
    for (let k = 0; k < touchedCount; k += 1) {
      const group = touched[k] as number;
      const {
        fence: edgeFence,
        signedDistanceM: distanceM,
        eastM,
        northM,
      } = groupEdge[group] as FenceCandidate;
      const within = groupFence[group] as number;
      const fence = within < 0 ? edgeFence : within;
      const signedDistanceM = within < 0 ? distanceM : -distanceM;
      if (distanceM > radiusM && within < 0) {
        // The circle lies outside this union; it may still be the nearest one.
        if (connected[fence] === 1 && signedDistanceM < outside.signedDistanceM)
          holdFence(outside, fence, signedDistanceM, eastM, northM);
      } else if (connected[fence] !== 1) {
        if (signedDistanceM < blocked.signedDistanceM)
          holdFence(blocked, fence, signedDistanceM, eastM, northM);
      } else if (distanceM > radiusM) {
        if (signedDistanceM < inside.signedDistanceM)
          holdFence(inside, fence, signedDistanceM, eastM, northM);
      } else if (distanceM < Math.abs(straddled.signedDistanceM)) {
        holdFence(straddled, fence, signedDistanceM, eastM, northM);
      }
    }
    const position = { lat, lng };
    if (inside.fence >= 0) return located('inside', inside, timestamp, position, radiusM, appliedDatum);
    if (straddled.fence >= 0) {
      const verdict = located('uncertain', straddled, timestamp, position, radiusM, appliedDatum);
      return Object.assign(verdict, { hint: 'retry-high-accuracy' as const });
    }
    if (blocked.fence >= 0) {
      return located('not-connected', blocked, timestamp, position, radiusM, appliedDatum);
    }
    if (!nearest(lng, lat, metresPerDegreeLng, outside, unmeasured, unmeasuredCount, reach)) {
      return { status: 'outside', timestamp, position, radiusM, appliedDatum, nearest: null };
    }
    return { status: 'outside', timestamp, position, radiusM, appliedDatum, nearest: proximity(outside) };
  };

  return { fences: set, check };
}
