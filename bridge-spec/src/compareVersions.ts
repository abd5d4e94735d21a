/** A parsed `major.minor.patch` version. */
export interface Version {
  major: number;
  minor: number;
  patch: number;
}

const VERSION_PATTERN = /^(0|[1-9]\d{0,3})\.(0|[1-9]\d{0,3})\.(0|[1-9]\d{0,3})$/;

/**
 * Parses a bridge version (`1.2.3`, no pre-release tags), or returns `null` when it is not one.
 * @example parseVersion('1.2.0') // { major: 1, minor: 2, patch: 0 }
 */
export function parseVersion(text: string): Version | null {
  const match = VERSION_PATTERN.exec(text);
  if (!match) return null;
  return { major: Number(match[1]), minor: Number(match[2]), patch: Number(match[3]) };
}

/**
 * Compares two bridge versions: negative when `a < b`, 0 when equal, positive when `a > b`.
 * @throws {RangeError} when either is not a `major.minor.patch` version.
 */
export function compareVersions(a: string, b: string): number {
  const left = parseVersion(a);
  const right = parseVersion(b);
  if (!left || !right) throw new RangeError(`Not a bridge version: ${!left ? a : b}`);
  return left.major - right.major || left.minor - right.minor || left.patch - right.patch;
}
