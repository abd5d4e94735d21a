import { isDatum } from '../fence/datum';
import { refuse } from '../fence/refuse';
import { GCJ02_INVERSE_ERROR_M, gcj02ToWgs84Into } from './gcj02';
import { MAINLAND_BOUNDARY_ERROR_M, mainlandGrid } from './mainlandBoundary';
import type { DatumPoint, DatumReading } from '../fence/datum';

const METRES_PER_DEGREE = (6_371_008.8 * Math.PI) / 180;
const converted = new Float64Array(2);

/**
 * The fence checker's datum converter, aware of where GCJ-02 applies: phones shift fixes to GCJ-02
 * inside mainland China only, not in Hong Kong, Macau, Taiwan or across the land border. A `wgs84` fix
 * is returned as it is. For a `gcj02` fix at A, with B the WGS-84 point whose GCJ-02 position is A:
 * - "the phone shifted it" is possible unless B lies outside the mainland by more than the boundary's
 *   error ({@link MAINLAND_BOUNDARY_ERROR_M});
 * - "the phone did not shift it" is possible unless A lies inside the mainland by more than that error.
 *
 * When only the first is possible the reading is B (`gcj02`, uncertainty {@link GCJ02_INVERSE_ERROR_M});
 * only the second, A (`wgs84`, no uncertainty); both (a fix within the error and the shift of the
 * boundary) or, in theory, neither: `either`, at the midpoint of A and B with half their distance added
 * to the uncertainty, so the verdict widens instead of guessing.
 * @throws {FenceError} UNKNOWN_DATUM when `point.datum` is neither `wgs84` nor `gcj02`.
 * @example createFenceChecker(fences, { connectedHeadCustoms, toWgs84 })
 */
export function toWgs84(point: DatumPoint): DatumReading {
  const datum: unknown = point.datum;
  if (!isDatum(datum)) {
    refuse('UNKNOWN_DATUM', 'Cannot convert a point of unknown datum', { datum });
  }
  const { lat, lng } = point;
  if (datum === 'wgs84') return { lat, lng, appliedDatum: 'wgs84', uncertaintyM: 0 };
  const grid = mainlandGrid();
  const unshifted = !(grid.signedDistanceM(lng, lat) < -MAINLAND_BOUNDARY_ERROR_M);
  gcj02ToWgs84Into(lng, lat, converted);
  const bLng = converted[0] as number;
  const bLat = converted[1] as number;
  // A lies inside by more than the error, so B, within the largest shift of A, lies inside or at most
  // GCJ02_MAX_SHIFT_M − error outside: "shifted" is possible (the error being at least half that shift),
  // and B needs no lookup. Most fixes, away from the boundary, end here.
  if (!unshifted) {
    return { lat: bLat, lng: bLng, appliedDatum: 'gcj02', uncertaintyM: GCJ02_INVERSE_ERROR_M };
  }
  // Written so that a NaN (a point the shift is not defined at) makes the shift impossible.
  const shifted = grid.signedDistanceM(bLng, bLat) <= MAINLAND_BOUNDARY_ERROR_M;
  if (!shifted) return { lat, lng, appliedDatum: 'wgs84', uncertaintyM: 0 };
  const eastM = (bLng - lng) * METRES_PER_DEGREE * Math.cos(((lat + bLat) / 2) * (Math.PI / 180));
  const northM = (bLat - lat) * METRES_PER_DEGREE;
  return {
    lat: (lat + bLat) / 2,
    lng: (lng + bLng) / 2,
    appliedDatum: 'either',
    uncertaintyM: Math.sqrt(eastM * eastM + northM * northM) / 2 + GCJ02_INVERSE_ERROR_M,
  };
}
