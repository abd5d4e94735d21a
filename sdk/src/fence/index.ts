/**
 * The electronic fence (电子围网): WGS-84 GeoJSON fences, datum-typed fixes, a three-state verdict from
 * the signed distance to the nearest fence edge and the fix's ~95% accuracy circle. Runs unchanged in the
 * mini-program and in Node (the backend re-checks the raw fix with it): no eval, no DOM.
 */
export { bearingDeg, compassDirection } from './bearing';
export type { CompassDirection } from './bearing';
export {
  CONFIDENCE_SCALE_95,
  createFenceChecker,
  DEFAULT_MAX_ACCURACY_M,
  DEFAULT_MAX_AGE_MS,
  RADIUS_FLOOR_M,
} from './createFenceChecker';
export type { FenceChecker, FenceCheckerOptions, FenceFix } from './createFenceChecker';
export { DATUMS, isDatum } from './datum';
export type { AppliedDatum, Datum, DatumConverter, DatumPoint, DatumReading, LatLng } from './datum';
export { createDwellTracker } from './dwellTracker';
export type { DwellOptions, DwellState, DwellTracker } from './dwellTracker';
export type {
  FenceCollection,
  FenceFeature,
  FenceGeometry,
  FenceInfo,
  FenceMultiPolygon,
  FencePolygon,
  FencePosition,
  FenceProperties,
  FenceRing,
} from './fenceCollection';
export { FenceSet, loadFences } from './fenceSet';
export type {
  FenceProximity,
  FenceStatus,
  FenceVerdict,
  InaccurateVerdict,
  InsideVerdict,
  NotConnectedVerdict,
  OutsideVerdict,
  PositionedVerdict,
  StaleVerdict,
  UncertainVerdict,
  VerdictBase,
} from './fenceVerdict';
export { METRES_PER_DEGREE } from './geometry';
export { BOUNDARY_BAND_M, signedDistance } from './signedDistance';
export type { EdgeOffset } from './signedDistance';
export { LAND_BORDER_REGION, MAX_HOLES, MAX_RING_POSITIONS, validateFences } from './validateFences';
export type { FenceLoadOptions, FenceProblem, FenceRegion } from './validateFences';
export { FENCE_MESSAGES, formatDistanceZh, verdictMessage } from './verdictMessage';
export type { VerdictMessage } from './verdictMessage';
export { FenceError, isFenceError } from '../errors';
export type { FenceErrorCode, FenceErrorOptions } from '../errors';
