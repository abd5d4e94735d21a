import gcoord from 'gcoord';
import { isDatum } from './datum';
import { refuse } from './refuse';
import type { DatumPoint, DatumReading } from './datum';

/**
 * Error bound of gcoord's GCJ-02 → WGS-84 inverse, metres: its worst round trip over 200,000 points
 * spread over China's rectangle was 0.143 m.
 */
export const GCJ02_INVERSE_ERROR_M = 0.2;

/**
 * Converts a datum-tagged point to WGS-84 with gcoord (GCJ-02 by gcoord's iterative inverse, to ~0.1 m).
 * The datum converter of the fence checker; kept out of the fence core so the core's size can be
 * measured, and swapped, on its own.
 *
 * Only points whose datum is known are converted: gcoord, like every GCJ-02 converter, decides
 * "in China" with a rectangle, so converting a point of unknown datum can shift a correct WGS-84 fix
 * hundreds of metres (and across a border).
 * @throws {FenceError} UNKNOWN_DATUM when `point.datum` is neither `wgs84` nor `gcj02`.
 * @example createFenceChecker(fences, { connectedHeadCustoms, toWgs84 })
 */
export function toWgs84(point: DatumPoint): DatumReading {
  const datum: unknown = point.datum;
  if (!isDatum(datum)) {
    refuse('UNKNOWN_DATUM', 'Cannot convert a point of unknown datum', { datum });
  }
  if (datum === 'wgs84') return { lat: point.lat, lng: point.lng, appliedDatum: datum, uncertaintyM: 0 };
  const [lng, lat] = gcoord.transform([point.lng, point.lat], gcoord.GCJ02, gcoord.WGS84);
  return { lat, lng, appliedDatum: datum, uncertaintyM: GCJ02_INVERSE_ERROR_M };
}
