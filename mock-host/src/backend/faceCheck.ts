import type { FaceChallengeRequest } from '@hushi/sdk';
import type { ChallengeOutcome } from '../host/challengeStore';
import type { BackendContext } from './backendContext';
import { BackendFailure } from './backendFailure';
import { MESSAGES } from './backendMessages';

/** The bridge's `face.verify` purpose of each challenge purpose of the backend API. */
export const FACE_PURPOSES = { submit: 'declare', authenticate: 'authorize' } as const;

/** The backend code of each way a challenge refuses a genuine ticket's nonce. */
const CHALLENGE_REFUSALS: Record<Exclude<ChallengeOutcome, 'consumed'>, string> = {
  // Never issued, or forgotten (superseded by newer challenges of the person, or long expired).
  unknown: 'WRONG_NONCE',
  used: 'FACE_CHALLENGE_USED',
  expired: 'FACE_CHALLENGE_EXPIRED',
  'wrong-person': 'WRONG_PERSON',
  'wrong-purpose': 'WRONG_PURPOSE',
  'wrong-business': 'WRONG_BUSINESS',
};

const refuse = (code: string): BackendFailure => new BackendFailure(403, code, MESSAGES.faceRejected);

/**
 * Verifies a face ticket once and uses its challenge up: the verifier checks the signature and expiry
 * and gives the claims; the claims must be for this person, purpose and business id; the nonce they
 * answer is looked up (one step, however many challenges are open) and must have been issued for the
 * same, be unexpired and unused. A refused ticket leaves the challenge open for the right one.
 * @param businessId The 预录入编号, or the client's draft id of a new declaration.
 * @example
 * await checkFace(context, request.faceTicket, session.personId, 'submit', draftId)
 */
export async function checkFace(
  context: Pick<BackendContext, 'challenges' | 'verifyFaceTicket'>,
  ticket: unknown,
  personId: string,
  purpose: FaceChallengeRequest['purpose'],
  businessId: string,
): Promise<void> {
  if (typeof ticket !== 'string' || ticket === '')
    throw new BackendFailure(422, 'FACE_TICKET_REQUIRED', MESSAGES.needFace, [
      { path: 'faceTicket', message: MESSAGES.needFace },
    ]);
  const verdict = await context.verifyFaceTicket(ticket);
  if (!verdict.ok) throw refuse(verdict.code);
  const { claims } = verdict;
  const binding = { personId, purpose: FACE_PURPOSES[purpose], bizId: businessId };
  if (claims.purpose !== binding.purpose) throw refuse('WRONG_PURPOSE');
  if (claims.bizId !== binding.bizId) throw refuse('WRONG_BUSINESS');
  if (claims.sub !== binding.personId) throw refuse('WRONG_PERSON');
  const outcome = context.challenges.consume(claims.nonce, binding);
  if (outcome !== 'consumed') throw refuse(CHALLENGE_REFUSALS[outcome]);
}
