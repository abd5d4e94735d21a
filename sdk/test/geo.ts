// Geometry helpers for the fence tests, deliberately independent of the fence module's own projection:
// great-circle formulas on the same mean-radius sphere.
import { readFileSync } from 'node:fs';

const R = 6_371_008.8;
const rad = Math.PI / 180;

/** A `[lng, lat]` pair, as in GeoJSON. */
export type LngLat = readonly [number, number];

/** Great-circle distance in metres. */
export function haversineM([lng1, lat1]: LngLat, [lng2, lat2]: LngLat): number {
  const h =
    Math.sin(((lat2 - lat1) * rad) / 2) ** 2 +
    Math.cos(lat1 * rad) * Math.cos(lat2 * rad) * Math.sin(((lng2 - lng1) * rad) / 2) ** 2;
  return 2 * R * Math.asin(Math.sqrt(h));
}

/** The point `distanceM` from `from` along the great circle leaving at `bearingDeg`. */
export function destination([lng, lat]: LngLat, bearingDeg: number, distanceM: number): [number, number] {
  const d = distanceM / R;
  const b = bearingDeg * rad;
  const lat2 = Math.asin(Math.sin(lat * rad) * Math.cos(d) + Math.cos(lat * rad) * Math.sin(d) * Math.cos(b));
  const lng2 =
    lng * rad +
    Math.atan2(
      Math.sin(b) * Math.sin(d) * Math.cos(lat * rad),
      Math.cos(d) - Math.sin(lat * rad) * Math.sin(lat2),
    );
  return [lng2 / rad, lat2 / rad];
}

/** Initial great-circle bearing from `from` to `to`, degrees clockwise from north. */
export function initialBearingDeg([lng1, lat1]: LngLat, [lng2, lat2]: LngLat): number {
  const y = Math.sin((lng2 - lng1) * rad) * Math.cos(lat2 * rad);
  const x =
    Math.cos(lat1 * rad) * Math.sin(lat2 * rad) -
    Math.sin(lat1 * rad) * Math.cos(lat2 * rad) * Math.cos((lng2 - lng1) * rad);
  return (((Math.atan2(y, x) / rad) % 360) + 360) % 360;
}

/** Reads a saved fixture of `sdk/test/fixtures/fences/` as parsed JSON. */
export function readFenceFixture(name: string): unknown {
  return JSON.parse(readFileSync(new URL(`./fixtures/fences/${name}`, import.meta.url), 'utf8')) as unknown;
}
