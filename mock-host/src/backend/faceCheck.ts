import type { FaceChallengeRequest } from '@hushi/sdk';
import type { BackendContext } from './backendContext';
import { BackendFailure } from './backendFailure';
import { MESSAGES } from './backendMessages';

/** The bridge's `face.verify` purpose of each challenge purpose of the backend API. */
export const FACE_PURPOSES = { submit: 'declare', authenticate: 'authorize' } as const;

/**
 * Verifies a face ticket against the person's open challenges and uses the matching nonce up; a
 * replayed ticket finds no open challenge, one whose challenge was used meanwhile is refused too.
 */
export async function checkFace(
  context: BackendContext,
  ticket: unknown,
  personId: string,
  purpose: FaceChallengeRequest['purpose'],
  businessId: string | undefined,
): Promise<void> {
  if (typeof ticket !== 'string' || ticket === '')
    throw new BackendFailure(422, 'FACE_TICKET_REQUIRED', MESSAGES.needFace, [
      { path: 'faceTicket', message: MESSAGES.needFace },
    ]);
  let code = 'FACE_CHALLENGE_MISSING';
  const open = context.challenges.open({
    personId,
    purpose: FACE_PURPOSES[purpose],
    ...(businessId === undefined ? {} : { bizId: businessId }),
  });
  for (const challenge of open) {
    const verdict = await context.verifyFaceTicket(ticket, challenge);
    if (!verdict.ok) {
      code = verdict.code;
      continue;
    }
    const outcome = context.challenges.consume(challenge.nonce, challenge);
    if (outcome === 'consumed') return;
    code = `FACE_CHALLENGE_${outcome.toUpperCase()}`;
  }
  throw new BackendFailure(403, code, MESSAGES.faceRejected);
}
