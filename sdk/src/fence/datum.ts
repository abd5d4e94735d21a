import type { LocationGetResult } from '@hushi/bridge-spec';

/** Geodetic datum of a point: WGS-84 (GPS, fences) or GCJ-02 (China's obfuscated map datum). */
export type Datum = LocationGetResult['datum'];

/** A position in degrees whose datum is implied by context (fences and verdicts: WGS-84). */
export interface LatLng {
  /** Latitude, degrees. */
  readonly lat: number;
  /** Longitude, degrees. */
  readonly lng: number;
}

/** A position that carries its datum, so that it can never be compared with a fence by mistake. */
export interface DatumPoint extends LatLng {
  /** Datum of `lat`/`lng`. */
  readonly datum: Datum;
}

/** Converts a point of a known datum to WGS-84, e.g. {@link toWgs84}. */
export type DatumConverter = (point: DatumPoint) => LatLng;

/** The datums the fence module accepts. */
export const DATUMS: readonly Datum[] = ['wgs84', 'gcj02'];

/** Whether `value` names a datum the fence module knows (for points that arrive as JSON). */
export function isDatum(value: unknown): value is Datum {
  return value === 'wgs84' || value === 'gcj02';
}
