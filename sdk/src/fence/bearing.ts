/** One of the eight compass directions, in the words the mini-app shows (您距申报区域约 350 米，东北方向). */
export type CompassDirection = '北' | '东北' | '东' | '东南' | '南' | '西南' | '西' | '西北';

/** Clockwise from north, one per 45° sector. */
const DIRECTIONS: readonly CompassDirection[] = ['北', '东北', '东', '东南', '南', '西南', '西', '西北'];

/**
 * Bearing of an offset, in degrees clockwise from north, in [0, 360). A zero offset has bearing 0.
 * @param eastM Eastward component, metres.
 * @param northM Northward component, metres.
 */
export function bearingDeg(eastM: number, northM: number): number {
  const degrees = (Math.atan2(eastM, northM) * 180) / Math.PI;
  // atan2 gives (-180, 180]; a tiny negative angle plus 360 can round to 360; `+ 0` turns -0 into 0.
  const positive = degrees < 0 ? degrees + 360 : degrees;
  return (positive >= 360 ? 0 : positive) + 0;
}

/**
 * The compass word for a bearing: each word covers 45° centred on its direction (东北 is 22.5°–67.5°).
 * @example compassDirection(40) // '东北'
 */
export function compassDirection(bearing: number): CompassDirection {
  const normalized = ((bearing % 360) + 360) % 360;
  return DIRECTIONS[Math.round(normalized / 45) % 8] ?? '北';
}
