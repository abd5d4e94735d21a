import { validateLocationTicketPayload } from '../generated/validators.js';
import type { CompiledValidator } from '../generated/validators.js';
import { decodeJws } from './decodeJws';
import { describeIssues, preview } from './describeIssue';
import { readPointer } from './readPointer';
import type { ConformanceCheck } from './types';

/** The ticket payload schemas a `jwsPayload` check may name, with their validators. */
const PAYLOAD_VALIDATORS: Readonly<Record<NonNullable<ConformanceCheck['jwsPayload']>, CompiledValidator>> = {
  LocationTicketPayload: validateLocationTicketPayload,
};

const same = (a: unknown, b: unknown): boolean => JSON.stringify(a) === JSON.stringify(b);

/** When `seconds` (epoch) is, for a reason. */
const at = (seconds: number): string => new Date(seconds * 1000).toISOString();

/**
 * A check of a JWS (compact serialization) at `where` in a result, by what it decodes to: its
 * protected header (`jwsHeader`), its payload's schema (`jwsPayload`), claims equal to the request's
 * params (`jwsClaims`) or to the result's own fields (`jwsBindsResult`), its lifetime (`jwsLifetime`).
 * The signature is verified elsewhere (`verifyJwsSignature`), with the run's keys. `null` when it holds.
 */
export function runJwsCheck(
  check: ConformanceCheck,
  value: unknown,
  where: string,
  context: { result: unknown; params: unknown; receivedAt: number },
): string | null {
  if (value === undefined) return `${where} is missing`;
  const jws = typeof value === 'string' ? decodeJws(value) : null;
  if (!jws) return `${where} is not a JWS with a JSON header and payload (got ${preview(value)})`;
  const { header, payload } = jws;
  if (check.jwsHeader) {
    for (const [member, wanted] of Object.entries(check.jwsHeader)) {
      const got = header[member];
      if (wanted === true ? typeof got !== 'string' || got === '' : got !== wanted) {
        const expected = wanted === true ? 'a non-empty string' : preview(wanted);
        return `the protected header of ${where} has ${member} ${preview(got)}, but it must be ${expected}`;
      }
    }
    return null;
  }
  if (check.jwsPayload) {
    const validator = PAYLOAD_VALIDATORS[check.jwsPayload];
    return validator(payload)
      ? null
      : `the payload of ${where} does not match ${check.jwsPayload}: ${describeIssues(validator.errors, payload, 'payload')}`;
  }
  if (check.jwsClaims) {
    for (const [claim, pointer] of Object.entries(check.jwsClaims)) {
      const wanted = readPointer(context.params, pointer);
      if (payload[claim] !== wanted) {
        return `the ${claim} claim of ${where} is ${preview(payload[claim])}, but the request's ${pointer.slice(1)} was ${preview(wanted)}: the ticket must be bound to the request`;
      }
    }
    return null;
  }
  if (check.jwsBindsResult) {
    for (const [claim, pointer] of Object.entries(check.jwsBindsResult)) {
      const signed = readPointer(payload, claim);
      const returned = readPointer(context.result, pointer);
      if (!same(signed, returned)) {
        return `the signed ${claim.slice(1)} of ${where} is ${preview(signed)}, but the result's ${pointer.slice(1)} is ${preview(returned)}: the ticket must sign what the result returns`;
      }
    }
    return null;
  }
  if (check.jwsLifetime !== undefined) {
    const { iat, exp } = payload;
    if (typeof iat !== 'number' || typeof exp !== 'number') {
      return `the payload of ${where} must carry iat and exp in epoch seconds (got iat ${preview(iat)}, exp ${preview(exp)})`;
    }
    if (exp <= iat) return `${where} expires (exp ${exp}) no later than it was issued (iat ${iat})`;
    if (exp - iat > check.jwsLifetime) {
      return `${where} lives ${exp - iat} s (iat ${iat}, exp ${exp}), longer than the ${check.jwsLifetime} s allowed`;
    }
    if (exp * 1000 <= context.receivedAt) {
      return `${where} expired at ${at(exp)}, before the reply came (${new Date(context.receivedAt).toISOString()})`;
    }
    return null;
  }
  return `unknown check at ${where}`;
}
