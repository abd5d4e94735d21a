/**
 * GCJ-02, China's obfuscated map datum, by its public algorithm (as gcoord and every converter): the
 * forward shift from WGS-84, a few hundred metres that vary smoothly with position, and its inverse by a
 * fixed number of fixed-point steps. No "in China" test here: where the shift applies is the mainland
 * boundary's business (`toWgs84`).
 */
import type { LatLng } from '../fence/datum';

const A = 6_378_245;
const EE = 0.006_693_421_622_965_823;
const PI = Math.PI;
const DEG = PI / 180;

/**
 * Error bound of {@link gcj02ToWgs84}, metres: the worst distance between the forward shift of its
 * result and the point it inverted was 0.034 m over 2,000,000 random points of 17–55°N 73–135°E
 * (`gcj02.test.ts` checks 20,000 of them against this bound). gcoord's inverse, iterated to 1e-6°,
 * is off by up to 0.145 m.
 */
export const GCJ02_INVERSE_ERROR_M = 0.05;

/**
 * Largest GCJ-02 shift, metres, anywhere in 17–55°N 73–136°E: 726 m on a 0.05° lattice, stated as 730 m
 * (`gcj02.test.ts` checks 100,000 random points against it). A point and its shifted position are never
 * further apart.
 */
export const GCJ02_MAX_SHIFT_M = 730;

/**
 * Sines and cosines at one point, from which the shift needs no other trigonometric call: of u = π(lng −
 * 105)/60 ([0], [1]) and of w = π(lat − 35)/180 ([2], [3]). Every sine of the algorithm is of a multiple
 * of u or of v = 3w (πx/30 = 2u, πx/12 = 5u, πx/3 = 20u, πx = 60u, 2πx = 120u, 6πx = 360u, and the
 * same of v for y), got by double-, triple- and sum-angle formulas, and the latitude is w + 35°: 4 calls
 * of Math.sin/cos instead of 16, and none for the next point of the inverse, reached by rotating these
 * by its small move.
 */
type Basis = Float64Array;

const SIN_35 = Math.sin(35 * DEG);
const COS_35 = Math.cos(35 * DEG);

function basisAt(lng: number, lat: number, basis: Basis): void {
  const u = ((lng - 105) * PI) / 60;
  const w = (lat - 35) * DEG;
  basis[0] = Math.sin(u);
  basis[1] = Math.cos(u);
  basis[2] = Math.sin(w);
  basis[3] = Math.cos(w);
}

/** Rotates the pair at `i` of `basis` by the angle `d` (|d| < 0.01: Taylor terms to d⁵, exact in doubles). */
function rotate(basis: Basis, i: number, d: number): void {
  const d2 = d * d;
  const sinD = d * (1 - (d2 / 6) * (1 - d2 / 20));
  const cosD = 1 - (d2 / 2) * (1 - d2 / 12);
  const s = basis[i] as number;
  const c = basis[i + 1] as number;
  basis[i] = s * cosD + c * sinD;
  basis[i + 1] = c * cosD - s * sinD;
}

/** Moves `basis` from a point to the point `dLng`, `dLat` degrees away. */
function moveBasis(basis: Basis, dLng: number, dLat: number): void {
  rotate(basis, 0, (dLng * PI) / 60);
  rotate(basis, 2, dLat * DEG);
}

/**
 * The sums of sine terms of one coordinate, from sin and cos of w = πt/60: `[ 20 sin πt + 40 sin πt/3 +
 * k12 sin πt/12 + k30 sin πt/30, sin 2πt, sin 6πt ]` (the last two for x only) into `out`.
 */
function sineTerms(s1: number, c1: number, k12: number, k30: number, out: Float64Array): void {
  const s2 = 2 * s1 * c1;
  const c2 = c1 * c1 - s1 * s1;
  const s4 = 2 * s2 * c2;
  const c4 = c2 * c2 - s2 * s2;
  const s5 = s4 * c1 + c4 * s1;
  const c5 = c4 * c1 - s4 * s1;
  const s10 = 2 * s5 * c5;
  const c10 = c5 * c5 - s5 * s5;
  const s20 = 2 * s10 * c10;
  const c20 = c10 * c10 - s10 * s10;
  const s60 = s20 * (3 - 4 * s20 * s20);
  const c60 = c20 * (4 * c20 * c20 - 3);
  const s120 = 2 * s60 * c60;
  out[0] = 20 * s60 + 40 * s20 + k12 * s5 + k30 * s2;
  out[1] = s120;
  out[2] = s120 * (3 - 4 * s120 * s120);
}

const xTerms = new Float64Array(3);
const yTerms = new Float64Array(3);

/** The GCJ-02 shift at a WGS-84 point whose basis is `basis`, written into `out` as `[dLng, dLat]` degrees. */
function shift(lng: number, lat: number, basis: Basis, out: Float64Array): void {
  const x = lng - 105;
  const y = lat - 35;
  const sinW = basis[2] as number;
  const cosW = basis[3] as number;
  sineTerms(basis[0] as number, basis[1] as number, 150, 300, xTerms);
  // v = 3w.
  sineTerms(sinW * (3 - 4 * sinW * sinW), cosW * (4 * cosW * cosW - 3), 160, 320, yTerms);
  const sqrtAbsX = Math.sqrt(Math.abs(x));
  const common = ((20 * (xTerms[2] as number) + 20 * (xTerms[1] as number)) * 2) / 3;
  const dLat =
    -100 +
    2 * x +
    3 * y +
    0.2 * y * y +
    0.1 * x * y +
    0.2 * sqrtAbsX +
    common +
    ((yTerms[0] as number) * 2) / 3;
  const dLng =
    300 + x + 2 * y + 0.1 * x * x + 0.1 * x * y + 0.1 * sqrtAbsX + common + ((xTerms[0] as number) * 2) / 3;
  const sinLat = sinW * COS_35 + cosW * SIN_35;
  const cosLat = cosW * COS_35 - sinW * SIN_35;
  const magic = 1 - EE * sinLat * sinLat;
  const sqrtMagic = Math.sqrt(magic);
  out[0] = (dLng * 180) / ((A / sqrtMagic) * cosLat * PI);
  out[1] = (dLat * 180) / (((A * (1 - EE)) / (magic * sqrtMagic)) * PI);
}

/** Fixed-point steps of the inverse. */
const STEPS = 2;
const scratch = new Float64Array(2);
const scratchBasis = new Float64Array(4);

/**
 * The GCJ-02 position of a WGS-84 point (what a phone in the mainland reports when asked for GCJ-02).
 * @example wgs84ToGcj02({ lat: 43.672, lng: 111.97 }) // about 620 m away
 */
export function wgs84ToGcj02(point: LatLng): LatLng {
  basisAt(point.lng, point.lat, scratchBasis);
  shift(point.lng, point.lat, scratchBasis, scratch);
  return { lat: point.lat + (scratch[1] as number), lng: point.lng + (scratch[0] as number) };
}

/**
 * The WGS-84 point whose GCJ-02 position is `lng`, `lat`, to within {@link GCJ02_INVERSE_ERROR_M}: two
 * fixed-point steps w ← g − shift(w) from w = g. The shift changes by well under 1% of a move, so each
 * step divides the error by over 100: about 700 m from g, a few metres after one step, a few
 * centimetres after two (a third would reach a millimetre, at a third more of the cost). Only the first
 * step calls trigonometric functions. Writes `[lng, lat]` into `out`, so that the converter allocates
 * nothing.
 */
export function gcj02ToWgs84Into(lng: number, lat: number, out: Float64Array): void {
  const basis = scratchBasis;
  basisAt(lng, lat, basis);
  let wLng = lng;
  let wLat = lat;
  for (let step = 0; step < STEPS; step += 1) {
    shift(wLng, wLat, basis, out);
    const nextLng = lng - (out[0] as number);
    const nextLat = lat - (out[1] as number);
    if (step < STEPS - 1) moveBasis(basis, nextLng - wLng, nextLat - wLat);
    wLng = nextLng;
    wLat = nextLat;
  }
  out[0] = wLng;
  out[1] = wLat;
}

/**
 * The WGS-84 point whose GCJ-02 position is `point` (the inverse of {@link wgs84ToGcj02}), to within
 * {@link GCJ02_INVERSE_ERROR_M}. Converts wherever it is asked: whether a fix is GCJ-02 at all is
 * `toWgs84`'s question.
 * @example gcj02ToWgs84(wgs84ToGcj02({ lat: 43.672, lng: 111.97 })) // { lat: 43.672, lng: 111.97 } to 1 mm
 */
export function gcj02ToWgs84(point: LatLng): LatLng {
  const out = new Float64Array(2);
  gcj02ToWgs84Into(point.lng, point.lat, out);
  return { lat: out[1] as number, lng: out[0] as number };
}
