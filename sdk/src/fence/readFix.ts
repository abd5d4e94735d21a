import { isDatum } from './datum';
import { refuse } from './refuse';
import type { FenceFix } from './createFenceChecker';
import type { DatumConverter, DatumReading } from './datum';

/** Whether `value` is a number in [-limit, limit] (so not NaN, and finite for a finite limit). */
function isNumberIn(value: unknown, limit: number): value is number {
  return typeof value === 'number' && Math.abs(value) <= limit;
}

function invalidFix(fix: unknown): never {
  refuse('INVALID_FIX', 'A fix needs lat and lng in degrees, accuracy ≥ 0 m and timestamp in ms', { fix });
}

/**
 * Checks a fix as it may arrive, as JSON at the backend: types, not only ranges. Refuses a malformed fix
 * (INVALID_FIX), a datum it does not know (UNKNOWN_DATUM), a GCJ-02 fix without a converter
 * (UNSUPPORTED_DATUM).
 * @internal
 */
export function checkFix(fix: FenceFix, toWgs84: DatumConverter | undefined): void {
  if (typeof fix !== 'object' || (fix as unknown) === null) invalidFix(fix);
  const datum: unknown = fix.datum;
  if (!isDatum(datum)) refuse('UNKNOWN_DATUM', 'Refusing a fix of unknown datum', { datum });
  const { lat, lng, accuracy, timestamp } = fix;
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
}

/**
 * The checked fix's WGS-84 position as the converter reads it (a WGS-84 fix as it is), itself checked:
 * a converter's answer is not trusted to be in range.
 * @internal
 */
export function readFix({ lat, lng, datum }: FenceFix, toWgs84: DatumConverter | undefined): DatumReading {
  const reading: DatumReading =
    toWgs84 === undefined || datum === 'wgs84'
      ? { lat, lng, appliedDatum: 'wgs84', uncertaintyM: 0 }
      : toWgs84({ lat, lng, datum });
  if (!(Math.abs(reading.lat) <= 90) || !(Math.abs(reading.lng) <= 180) || !(reading.uncertaintyM >= 0)) {
    invalidFix(reading);
  }
  return reading;
}
