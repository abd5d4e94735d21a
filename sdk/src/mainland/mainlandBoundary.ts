import { createBoundaryGrid } from './boundaryGrid';
import {
  MAINLAND_BOUNDARY_ERROR_M,
  MAINLAND_BOUNDARY_RINGS,
  MAINLAND_BOUNDARY_SCALE,
  MAINLAND_BOUNDARY_SOURCE,
} from './generated/mainlandBoundaryData';
import { decodeRings } from './ringCodec';
import type { BoundaryGrid } from './boundaryGrid';
import type { DecodedRings } from './ringCodec';

export { MAINLAND_BOUNDARY_ERROR_M, MAINLAND_BOUNDARY_SOURCE };

/** Distances to the mainland's boundary up to this many metres are exact; further ones are infinite. */
export const MAINLAND_REACH_M = 1_000;
/** Side of a cell of the boundary's grid, degrees (about 11 km by 7–11 km). */
const CELL_DEG = 0.1;

let rings: DecodedRings | undefined;
let grid: BoundaryGrid | undefined;

/**
 * The mainland's rings as `[lng, lat]` WGS-84 degrees, decoded on first use: the mainland and its
 * islands, without Hong Kong, Macau and Taiwan (with Kinmen and Matsu).
 */
export function mainlandRings(): DecodedRings {
  rings ??= decodeRings(MAINLAND_BOUNDARY_RINGS, MAINLAND_BOUNDARY_SCALE);
  return rings;
}

/** The grid that places points against the mainland's boundary, built on first use (a few milliseconds). */
export function mainlandGrid(): BoundaryGrid {
  grid ??= createBoundaryGrid(mainlandRings(), { cellDeg: CELL_DEG, reachM: MAINLAND_REACH_M });
  return grid;
}
