import { parseVersion } from '../compareVersions';
import { BRIDGE_VERSION } from '../generated/catalogue';
import { decodeJwsPayload } from './decodeJwsPayload';
import { preview } from './describeIssue';
import { readPointer } from './readPointer';
import type { ConformanceCheck } from './types';

/**
 * One extra check of a result beyond its schema; `null` when it holds. `params` are the request's
 * (for `jwsClaims`), `receivedAt` is when the reply came, epoch ms (for `future`).
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
  if (check.jwsClaims) {
    const payload = typeof value === 'string' ? decodeJwsPayload(value) : null;
    if (!payload) return `${where} is not a JWS with a JSON payload (got ${preview(value)})`;
    for (const [claim, pointer] of Object.entries(check.jwsClaims)) {
      const wanted = readPointer(params, pointer);
      if (payload[claim] !== wanted) {
        return `the ${claim} claim of ${where} is ${preview(payload[claim])}, but the request's ${pointer.slice(1)} was ${preview(wanted)}: the ticket must be bound to the request`;
      }
    }
    return null;
  }
  return `unknown check at ${check.path}`;
}
