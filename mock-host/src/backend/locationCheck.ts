import {
  compareVersions,
  parseVersion,
  SIGNED_FIX_FIELDS,
  SIGNED_LOCATION_CONTRACT,
} from '@hushi/bridge-spec';
import type { LocationTicketPayload } from '@hushi/bridge-spec';
import { headCustomsCode, verdictMessage } from '@hushi/sdk';
import type { FenceFix } from '@hushi/sdk';
import type { ChallengeOutcome } from '../host/challengeStore';
import { isRecord } from '../isRecord';
import type { BackendContext } from './backendContext';
import { BackendFailure } from './backendFailure';
import { MESSAGES } from './backendMessages';
import type { SessionRecord } from './sessions';

/**
 * Where the backend takes an unsigned fix from: `development` accepts one from a host that has not
 * declared bridge 1.1 (it cannot sign yet); `strict` never does. A signed fix is required from a 1.1
 * host's session either way.
 */
export type LocationPolicy = 'development' | 'strict';

/** The backend code of each way the challenge store refuses a genuine ticket's nonce. */
const CHALLENGE_REFUSALS: Record<Exclude<ChallengeOutcome, 'consumed'>, string> = {
  unknown: 'LOCATION_TICKET_WRONG_NONCE',
  used: 'LOCATION_CHALLENGE_USED',
  expired: 'LOCATION_CHALLENGE_EXPIRED',
  'wrong-person': 'LOCATION_TICKET_WRONG_PERSON',
  'wrong-purpose': 'LOCATION_TICKET_WRONG_PURPOSE',
  'wrong-business': 'LOCATION_TICKET_WRONG_BUSINESS',
};

const refuse = (code: string, message: string = MESSAGES.locationRejected): BackendFailure =>
  new BackendFailure(403, code, message);

/** Whether the session's host declared a bridge version that signs fixes. */
function hostSigns(session: SessionRecord): boolean {
  const version = session.hostBridgeVersion;
  return (
    version !== undefined &&
    parseVersion(version) !== null &&
    compareVersions(version, SIGNED_LOCATION_CONTRACT) >= 0
  );
}

/** Whether a submit of this session must carry a signed fix. */
export function signedFixRequired(policy: LocationPolicy, session: SessionRecord): boolean {
  return policy === 'strict' || hostSigns(session);
}

/**
 * The signed fix of a location ticket, once the ticket is genuine (the verifier), bound to this
 * person, purpose and business, reports no simulated position, agrees with the request's fix (when it
 * sends one), and answers an open challenge of the same binding, which it uses up. A refused ticket
 * leaves the challenge open for the right one.
 */
async function signedFix(
  context: BackendContext,
  ticket: unknown,
  bodyFix: unknown,
  personId: string,
  businessId: string,
): Promise<LocationTicketPayload['fix']> {
  if (typeof ticket !== 'string' || ticket === '') throw refuse('LOCATION_TICKET_FORGED');
  const verdict = await context.verifyLocationTicket(ticket);
  if (!verdict.ok) throw refuse(`LOCATION_TICKET_${verdict.code}`);
  const { claims } = verdict;
  // The payload schema admits only `declare` as the purpose: the verifier has checked it.
  const binding = { personId, purpose: 'declare', bizId: businessId } as const;
  if (claims.bizId !== binding.bizId) throw refuse('LOCATION_TICKET_WRONG_BUSINESS');
  if (claims.sub !== binding.personId) throw refuse('LOCATION_TICKET_WRONG_PERSON');
  if (
    bodyFix !== undefined &&
    !(isRecord(bodyFix) && SIGNED_FIX_FIELDS.every((f) => bodyFix[f] === claims.fix[f]))
  )
    throw refuse('LOCATION_TICKET_MISMATCH');
  if (claims.mocked === true) throw refuse('LOCATION_MOCKED', MESSAGES.locationMocked);
  const outcome = context.locationChallenges.consume(claims.nonce, binding);
  if (outcome !== 'consumed') throw refuse(CHALLENGE_REFUSALS[outcome]);
  return claims.fix;
}

/**
 * Judges a fix against the fences: it must lie inside a connected fence of the declaration's head
 * customs district; 422 on `location` otherwise.
 */
function checkFence(context: BackendContext, fix: FenceFix, head: string): void {
  const fail = (code: string, message: string): never => {
    throw new BackendFailure(422, code, message, [{ path: 'location', message }]);
  };
  let verdict;
  try {
    verdict = context.checker.check(fix);
  } catch {
    return fail('LOCATION_INVALID', '定位信息无效，请重新定位');
  }
  if (verdict.status === 'not-connected') fail('FENCE_NOT_CONNECTED', MESSAGES.notConnected);
  if (verdict.status === 'outside' || (verdict.status === 'inside' && verdict.fence.headCustomsCode !== head))
    fail('FENCE_OUTSIDE', MESSAGES.outside);
  if (verdict.status !== 'inside')
    fail(`FENCE_${verdict.status.toUpperCase()}`, verdictMessage(verdict).message);
}

/** What {@link checkLocation} reads of a submit request. */
export interface LocationEvidence {
  /** The request's fix. */
  location?: unknown;
  /** The host's signed location ticket. */
  locationTicket?: unknown;
}

/**
 * The 手机电子围网验证 of a submit, on the server: the district must be connected to the fence interface;
 * then the fix is the signed one of `locationTicket` (verified strictly, its challenge used up), or,
 * where the policy allows an unsigned fix (a host below bridge 1.1 in development), the request's
 * `location`; it must lie in a fence of the district. 403 for a refused or missing ticket, 422 for the
 * fence.
 * @param businessId The 预录入编号, or the client's draft id of a new declaration: what the ticket is bound to.
 */
export async function checkLocation(
  context: BackendContext,
  request: LocationEvidence,
  session: SessionRecord,
  businessId: string,
  customsCode: string,
): Promise<void> {
  const head = headCustomsCode(customsCode);
  if (head === undefined || !context.connectedHeadCustoms.has(head))
    throw new BackendFailure(422, 'FENCE_NOT_CONNECTED', MESSAGES.notConnected, [
      { path: 'location', message: MESSAGES.notConnected },
    ]);
  let fix: unknown;
  if (request.locationTicket !== undefined) {
    fix = await signedFix(context, request.locationTicket, request.location, session.personId, businessId);
  } else if (signedFixRequired(context.locationPolicy(), session)) {
    throw refuse('LOCATION_TICKET_REQUIRED', MESSAGES.locationTicketRequired);
  } else {
    fix = request.location;
  }
  if (!isRecord(fix))
    throw new BackendFailure(422, 'LOCATION_REQUIRED', MESSAGES.needLocation, [
      { path: 'location', message: MESSAGES.needLocation },
    ]);
  checkFence(context, fix as FenceFix, head);
}
