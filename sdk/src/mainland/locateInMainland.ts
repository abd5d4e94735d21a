import { mainlandGrid } from './mainlandBoundary';
import type { LatLng } from '../fence/datum';

/** Where a WGS-84 point lies against mainland China's boundary, see {@link locateInMainland}. */
export interface MainlandLocation {
  /** Whether the point is in mainland China (by the simplified boundary: Hong Kong, Macau, Taiwan are not). */
  readonly inMainland: boolean;
  /**
   * Metres from the point to the boundary: exact up to `MAINLAND_REACH_M` (1 km), `Infinity` further.
   * The boundary itself is right to within `MAINLAND_BOUNDARY_ERROR_M`.
   */
  readonly distanceM: number;
}

/**
 * Tells whether a WGS-84 point is in mainland China, and how far it is from the boundary. O(1) away
 * from the boundary; the boundary's data is decoded and indexed on the first call (a few ms).
 * @example locateInMainland({ lat: 43.653, lng: 111.977 }) // Erenhot: { inMainland: true, distanceM: Infinity }
 */
export function locateInMainland(point: LatLng): MainlandLocation {
  const signed = mainlandGrid().signedDistanceM(point.lng, point.lat);
  return { inMainland: signed < 0, distanceM: Math.abs(signed) };
}
