import { parseVersion } from '../compareVersions';
import { BRIDGE_VERSION } from '../generated/catalogue';
import { preview } from './describeIssue';
import { readPointer } from './readPointer';
import { runJwsCheck } from './runJwsCheck';
import type { ConformanceCheck } from './types';

/** Whether a check is about a JWS (a ticket), its signature aside. */
const isJwsCheck = (check: ConformanceCheck): boolean =>
  check.jwsHeader !== undefined ||
  check.jwsPayload !== undefined ||
  check.jwsClaims !== undefined ||
  check.jwsBindsResult !== undefined ||
  check.jwsLifetime !== undefined;

/**
 * One extra check of a result beyond its schema; `null` when it holds. `params` are the request's
 * (for `jwsClaims`), `receivedAt` is when the reply came, epoch ms (for `future`, `jwsLifetime`).
 * `jwsSignature` passes here: it needs the run's keys and is verified by `verifyJwsSignature`.
 */
export function runCheck(
  check: ConformanceCheck,
  result: unknown,
  params: unknown,
  receivedAt: number,
): string | null {
  const value = readPointer(result, check.path);
  const where = `result${check.path}`;
  if (check.present) return value === undefined ? `${where} is missing` : null;
  if (check.absent) return value === undefined ? null : `${where} must be absent (got ${preview(value)})`;
  if ('equals' in check) {
    return JSON.stringify(value) === JSON.stringify(check.equals)
      ? null
      : `${where} must be ${preview(check.equals)} (got ${preview(value)})`;
  }
  if (check.sameMajor) {
    const major = typeof value === 'string' ? parseVersion(value)?.major : undefined;
    const specMajor = parseVersion(BRIDGE_VERSION)?.major;
    return major === specMajor
      ? null
      : `${where} is ${preview(value)}, but this suite is for bridge ${BRIDGE_VERSION}: the major versions must be equal (${String(specMajor)})`;
  }
  if (check.future) {
    return typeof value === 'number' && value > receivedAt
      ? null
      : `${where} is ${preview(value)}, not later than when the reply came (${receivedAt}): it has already expired`;
  }
  if (isJwsCheck(check)) return runJwsCheck(check, value, where, { result, params, receivedAt });
  if (check.jwsSignature) return null;
  return `unknown check at ${check.path}`;
}
