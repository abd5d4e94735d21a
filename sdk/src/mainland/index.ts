/**
 * Mainland China, where phones give GCJ-02: a simplified boundary (OpenStreetMap data, © OpenStreetMap
 * contributors, ODbL 1.0), a point's place against it, the GCJ-02 transform and the fence checker's
 * mainland-aware datum converter `toWgs84`. An entry of its own so that the fence core stays small and
 * WGS-84-only users do not ship the boundary.
 */
export { GCJ02_INVERSE_ERROR_M, gcj02ToWgs84, wgs84ToGcj02 } from './gcj02';
export { locateInMainland } from './locateInMainland';
export type { MainlandLocation } from './locateInMainland';
export {
  MAINLAND_BOUNDARY_ERROR_M,
  MAINLAND_BOUNDARY_SOURCE,
  MAINLAND_REACH_M,
  mainlandRings,
} from './mainlandBoundary';
export type { DecodedRings } from './ringCodec';
export { toWgs84 } from './toWgs84';
