import type { LocationGetResult } from '@hushi/bridge-spec';
import { bearingDeg, compassDirection } from './bearing';
import { isDatum } from './datum';
import { FenceSet } from './fenceSet';
import { invalidOption, refuse } from './refuse';
import { fenceEdgeOffset, METRES_PER_DEGREE } from './signedDistance';
import type { AppliedDatum, DatumConverter, DatumReading, LatLng } from './datum';
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
 * Smallest radius tested, metres, whatever the fix's accuracy: it covers the datum conversion's error
 * bound (gcoord's inverse, 0.143 m at worst) and the rounding of the distance (about 1e-10 m), so a point
 * on an edge is `uncertain` at every accuracy, 0 included.
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
   * Converts GCJ-02 fixes to WGS-84, normally {@link toWgs84} (gcoord). Kept out of the fence core so
   * that WGS-84-only users do not ship it; without it a GCJ-02 fix throws UNSUPPORTED_DATUM.
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
/** The best fence of one kind seen so far in a search: index, signed distance, offset to its edge. */
interface Candidate {
  i: number;
  s: number;
  east: number;
  north: number;
}

const noCandidate = (): Candidate => ({ i: -1, s: Infinity, east: 0, north: 0 });

function keep(candidate: Candidate, i: number, s: number, east: number, north: number): void {
  candidate.i = i;
  candidate.s = s;
  candidate.east = east;
  candidate.north = north;
}

function positiveOption(name: string, value: number | undefined, fallback: number): number {
  if (value === undefined) return fallback;
  // Options may come from configuration JSON: compare numbers only.
  if (typeof value !== 'number' || !(value > 0)) invalidOption(name, value);
  return value;
}

/** Whether `value` is a number in [-limit, limit] (so not NaN, and finite for a finite limit). */
function isNumberIn(value: unknown, limit: number): value is number {
  return typeof value === 'number' && Math.abs(value) <= limit;
}

function invalidFix(fix: unknown): never {
  refuse('INVALID_FIX', 'A fix needs lat and lng in degrees, accuracy ≥ 0 m and timestamp in ms', { fix });
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
  const anyConnected = connected.includes(1);
  const { index, boxes, groups } = set;
  const scratch: EdgeOffset = { signedDistanceM: 0, eastM: 0, northM: 0 };
  // Per group of fences judged as one (a head customs): the nearest edge of its union's boundary, the
  // fence the fix is in (or -1), and the check that last wrote them.
  const groupCount = groups.reduce((most, g) => Math.max(most, g + 1), 0);
  const groupEdge = Array.from({ length: groupCount }, noCandidate);
  const groupFence = new Int32Array(groupCount);
  const groupCheck = new Uint32Array(groupCount);
  let checks = 0;

  const proximity = ({ i, s, east, north }: Candidate): FenceProximity => {
    const bearing = bearingDeg(east, north);
    return {
      fence: set.fences[i] as FenceInfo,
      distanceM: Math.abs(s),
      signedDistanceM: s,
      bearingDeg: bearing,
      direction: compassDirection(bearing),
    };
  };

  /** A verdict about one fence: the positioned fields, the fence's proximity, and a hint if any. */
  const located = <S extends 'inside' | 'uncertain' | 'not-connected', H extends object = object>(
    status: S,
    candidate: Candidate,
    timestamp: number,
    position: LatLng,
    radiusM: number,
    appliedDatum: AppliedDatum,
    hint?: H,
  ) => Object.assign({ status, timestamp, position, radiusM, appliedDatum }, proximity(candidate), hint);

  /**
   * Distance from a point to fence i's bounding box on the point's projection (`kx` metres per degree of
   * longitude): a lower bound of the distance to the fence.
   */
  const boxDistance = (i: number, lng: number, lat: number, kx: number): number => {
    const dLng = Math.max((boxes[4 * i] as number) - lng, lng - (boxes[4 * i + 2] as number), 0) * kx;
    const dLat =
      Math.max((boxes[4 * i + 1] as number) - lat, lat - (boxes[4 * i + 3] as number), 0) * METRES_PER_DEGREE;
    return Math.sqrt(dLng * dLng + dLat * dLat);
  };

  /** Measures the connected fences of `found` by increasing box distance while that bound beats `best`. */
  const measureNearest = (
    found: readonly number[],
    lng: number,
    lat: number,
    kx: number,
    best: Candidate,
  ): void => {
    const bounds = new Float64Array(found.length);
    found.forEach((i, k) => {
      bounds[k] = connected[i] === 1 ? boxDistance(i, lng, lat, kx) : Infinity;
    });
    for (;;) {
      let next = -1;
      let bound = best.s;
      for (let k = 0; k < bounds.length; k += 1) {
        if ((bounds[k] as number) < bound) {
          next = k;
          bound = bounds[k] as number;
        }
      }
      if (next < 0) return;
      bounds[next] = Infinity;
      const i = found[next] as number;
      const { signedDistanceM, eastM, northM } = fenceEdgeOffset(set, i, lng, lat, kx, scratch, true);
      if (signedDistanceM < best.s) keep(best, i, signedDistanceM, eastM, northM);
    }
  };

  /**
   * The nearest connected fence, called only when no connected fence touches the circle, given the best
   * one among the fences measured so far and the others `searched` metres around. Box searches of
   * growing reach: a fence whose box misses a box of half-width `reach` metres is further than `reach`,
   * so a best distance within `reach` is final. The reach grows 4× a step, with no limit, so a fix far
   * from every fence needs no other walk. Exact.
   */
  const nearest = (
    lng: number,
    lat: number,
    kx: number,
    best: Candidate,
    unmeasured: number[],
    searched: number,
  ): FenceProximity | null => {
    if (!anyConnected) return null;
    measureNearest(unmeasured, lng, lat, kx, best);
    // There is a connected fence, at a finite distance: the loop ends.
    for (let reach = searched; ; reach *= 4) {
      if (reach > searched) {
        const dLng = reach / kx;
        const dLat = reach / METRES_PER_DEGREE;
        measureNearest(index.search(lng - dLng, lat - dLat, lng + dLng, lat + dLat), lng, lat, kx, best);
      }
      if (best.s <= reach) return proximity(best);
    }
  };

  const check = (fix: FenceFix): FenceVerdict => {
    if (typeof fix !== 'object' || (fix as unknown) === null) invalidFix(fix);
    const { lat, lng, accuracy, timestamp } = fix;
    const datum: unknown = fix.datum;
    if (!isDatum(datum)) refuse('UNKNOWN_DATUM', 'Refusing a fix of unknown datum', { datum });
    // Fixes reach the backend as JSON: check the types, not only the ranges.
    if (
      !isNumberIn(lat, 90) ||
      !isNumberIn(lng, 180) ||
      !isNumberIn(accuracy, Number.MAX_VALUE) ||
      accuracy < 0 ||
      !isNumberIn(timestamp, Number.MAX_VALUE)
    ) {
      invalidFix(fix);
    }
    if (datum === 'gcj02' && toWgs84 === undefined) {
      refuse('UNSUPPORTED_DATUM', 'No toWgs84 converter for a GCJ-02 fix', { datum });
    }

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

    const reading: DatumReading =
      toWgs84 === undefined || datum === 'wgs84'
        ? { lat, lng, appliedDatum: 'wgs84', uncertaintyM: 0 }
        : toWgs84({ lat, lng, datum });
    const { lng: x, lat: y, appliedDatum, uncertaintyM } = reading;
    if (!(Math.abs(y) <= 90) || !(Math.abs(x) <= 180) || !(uncertaintyM >= 0)) invalidFix(reading);
    const radiusM = Math.max(RADIUS_FLOOR_M, accuracy * confidenceScale + uncertaintyM);
    const kx = METRES_PER_DEGREE * Math.cos(y * (Math.PI / 180));
    // One search serves both questions. Every fence the ~95% circle can touch has its box within the
    // circle's box; and if it touches none, the nearest fence is probably within `reach`.
    const reach = Math.max(radiusM, NEAREST_FIRST_REACH_M);
    const near = reach / METRES_PER_DEGREE;
    const inside = noCandidate();
    const straddled = noCandidate();
    const blocked = noCandidate();
    const outside = noCandidate();
    const unmeasured: number[] = [];
    const touched: number[] = [];
    checks += 1;
    for (const i of index.search(x - reach / kx, y - near, x + reach / kx, y + near)) {
      // A fence whose box is further than the circle's radius is further too: a nearest candidate only.
      if (boxDistance(i, x, y, kx) > radiusM) {
        unmeasured.push(i);
        continue;
      }
      const g = groups[i] as number;
      const edge = groupEdge[g] as Candidate;
      if (groupCheck[g] !== checks) {
        groupCheck[g] = checks;
        groupFence[g] = -1;
        edge.s = Infinity;
        touched.push(g);
      }
      const { signedDistanceM: s, eastM, northM } = fenceEdgeOffset(set, i, x, y, kx, scratch, true);
      if (s <= 0) groupFence[g] = i;
      if (Math.abs(s) < edge.s) keep(edge, i, Math.abs(s), eastM, northM);
    }
    // Each group judged as its union: in it if in one of its fences, as far from its edge as its nearest
    // boundary edge.
    for (const g of touched) {
      const { i: nearestFence, s: d, east, north } = groupEdge[g] as Candidate;
      const within = groupFence[g] as number;
      const i = within < 0 ? nearestFence : within;
      const s = within < 0 ? d : -d;
      if (d > radiusM && within < 0) {
        // The circle lies outside this union; it may still be the nearest one.
        if (connected[i] === 1 && s < outside.s) keep(outside, i, s, east, north);
      } else if (connected[i] !== 1) {
        if (s < blocked.s) keep(blocked, i, s, east, north);
      } else if (d > radiusM) {
        if (s < inside.s) keep(inside, i, s, east, north);
      } else if (d < Math.abs(straddled.s)) {
        keep(straddled, i, s, east, north);
      }
    }
    const position = { lat: y, lng: x };
    if (inside.i >= 0) return located('inside', inside, timestamp, position, radiusM, appliedDatum);
    if (straddled.i >= 0) {
      return located('uncertain', straddled, timestamp, position, radiusM, appliedDatum, {
        hint: 'retry-high-accuracy' as const,
      });
    }
    if (blocked.i >= 0) return located('not-connected', blocked, timestamp, position, radiusM, appliedDatum);
    const nearestFence = nearest(x, y, kx, outside, unmeasured, reach);
    return { status: 'outside', timestamp, position, radiusM, appliedDatum, nearest: nearestFence };
  };

  return { fences: set, check };
}
