import { afterEach, expect, it, vi } from 'vitest';
import { createChallengeStore } from '../host/challengeStore';
import { createFaceTicketService } from '../host/faceTickets';
import { BackendFailure } from './backendFailure';
import { checkFace } from './faceCheck';
import type { FaceTicketVerifier } from './faceTicketVerifier';

const T0 = Date.UTC(2026, 10, 25, 2, 0, 0);
const PERSON = 'P0001';

/** The backend's face check over a challenge store and the real JWS verifier, counting its calls. */
function setup() {
  const clock = { now: T0 };
  const now = () => clock.now;
  const faces = createFaceTicketService({ now });
  const calls: string[] = [];
  const verifyFaceTicket: FaceTicketVerifier = (ticket, expected) => {
    calls.push(ticket);
    return faces.verifyFaceTicket(ticket, expected);
  };
  const context = { challenges: createChallengeStore({ now }), verifyFaceTicket };
  return { clock, faces, calls, context };
}

/** The backend code `checkFace` refuses with. */
const refusal = (check: Promise<void>): Promise<unknown> =>
  check.then(
    () => 'accepted',
    (error: unknown) => (error instanceof BackendFailure ? error.code : error),
  );

afterEach(() => {
  vi.restoreAllMocks();
});

it('verifies a ticket once, with one signature check, among 20,000 issued challenges', async () => {
  const { faces, calls, context } = setup();
  for (let i = 0; i < 20_000; i += 1) {
    context.challenges.issue({ personId: `P${1000 + (i % 1000)}`, purpose: 'declare', bizId: `D${i}` });
  }
  let nonce = '';
  for (let i = 0; i < 20_000; i += 1) {
    ({ nonce } = context.challenges.issue({ personId: PERSON, purpose: 'declare', bizId: 'draft-1' }));
  }
  const ticket = await faces.issue({ personId: PERSON, purpose: 'declare', bizId: 'draft-1', nonce });
  const signatureChecks = vi.spyOn(globalThis.crypto.subtle, 'verify');
  await checkFace(context, ticket, PERSON, 'submit', 'draft-1');
  expect(calls).toEqual([ticket]);
  expect(signatureChecks).toHaveBeenCalledTimes(1);
  // Its replay: one more verification, refused by the challenge the nonce names.
  expect(await refusal(checkFace(context, ticket, PERSON, 'submit', 'draft-1'))).toBe('FACE_CHALLENGE_USED');
  expect(calls).toHaveLength(2);
  expect(signatureChecks).toHaveBeenCalledTimes(2);
});

it('refuses a ticket whose claims differ from the request, and leaves the challenge open', async () => {
  const { faces, context } = setup();
  const { nonce } = context.challenges.issue({ personId: PERSON, purpose: 'declare', bizId: 'draft-1' });
  const subject = { personId: PERSON, purpose: 'declare', bizId: 'draft-1', nonce } as const;
  const ticket = await faces.issue(subject);
  expect(await refusal(checkFace(context, ticket, 'P0002', 'submit', 'draft-1'))).toBe('WRONG_PERSON');
  expect(await refusal(checkFace(context, ticket, PERSON, 'authenticate', 'draft-1'))).toBe('WRONG_PURPOSE');
  expect(await refusal(checkFace(context, ticket, PERSON, 'submit', 'draft-2'))).toBe('WRONG_BUSINESS');
  expect(await refusal(checkFace(context, '', PERSON, 'submit', 'draft-1'))).toBe('FACE_TICKET_REQUIRED');
  expect(await refusal(checkFace(context, ticket, PERSON, 'submit', 'draft-1'))).toBe('accepted');
});

it('refuses a genuine ticket for a challenge issued for something else, or superseded', async () => {
  const { faces, context } = setup();
  const other = context.challenges.issue({ personId: 'P0002', purpose: 'declare', bizId: 'draft-1' });
  const ticket = await faces.issue({
    personId: PERSON,
    purpose: 'declare',
    bizId: 'draft-1',
    nonce: other.nonce,
  });
  expect(await refusal(checkFace(context, ticket, PERSON, 'submit', 'draft-1'))).toBe('WRONG_PERSON');
  const first = context.challenges.issue({ personId: PERSON, purpose: 'declare', bizId: 'draft-1' });
  for (let i = 0; i < 20; i += 1)
    context.challenges.issue({ personId: PERSON, purpose: 'declare', bizId: 'draft-1' });
  const late = await faces.issue({
    personId: PERSON,
    purpose: 'declare',
    bizId: 'draft-1',
    nonce: first.nonce,
  });
  expect(await refusal(checkFace(context, late, PERSON, 'submit', 'draft-1'))).toBe('WRONG_NONCE');
});

it('refuses a ticket the verifier refuses with the verifier’s code, without touching a challenge', async () => {
  const { context } = setup();
  const { nonce } = context.challenges.issue({ personId: PERSON, purpose: 'declare', bizId: 'draft-1' });
  const forged = await createFaceTicketService({ now: () => T0 }).issue({
    personId: PERSON,
    purpose: 'declare',
    bizId: 'draft-1',
    nonce,
  });
  expect(await refusal(checkFace(context, forged, PERSON, 'submit', 'draft-1'))).toBe('FORGED');
  expect(context.challenges.open({ personId: PERSON, purpose: 'declare' })).toHaveLength(1);
});
