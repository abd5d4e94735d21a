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

/**
 * How a converter read a fix: `gcj02` converted, `wgs84` taken as WGS-84 (a WGS-84 fix, or a GCJ-02 fix
 * outside the mainland, where phones do not apply GCJ-02), `either` both readings kept (a fix too near
 * the mainland's edge to tell which one the phone applied).
 */
export type AppliedDatum = Datum | 'either';

/** A fix's WGS-84 position as a {@link DatumConverter} read it. */
export interface DatumReading extends LatLng {
  /** Which reading the position is. */
  readonly appliedDatum: AppliedDatum;
  /**
   * Metres the tested circle grows by: the conversion's error bound, plus, for `either`, half the
   * distance between the two readings (the position is then their midpoint).
   */
  readonly uncertaintyM: number;
}

/** Reads a point of a known datum as WGS-84, e.g. `toWgs84` of `@hushi/sdk/mainland`. */
export type DatumConverter = (point: DatumPoint) => DatumReading;

/** The datums the fence module accepts. */
export const DATUMS: readonly Datum[] = ['wgs84', 'gcj02'];

/** Whether `value` names a datum the fence module knows (for points that arrive as JSON). */
export function isDatum(value: unknown): value is Datum {
  return value === 'wgs84' || value === 'gcj02';
}
