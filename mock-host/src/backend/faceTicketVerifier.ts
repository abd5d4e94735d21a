/** What a face ticket must be bound to, as the bridge's `face.verify` params name it. */
export interface FaceTicketExpectation {
  /** The person the ticket must be for (its `sub`). */
  personId: string;
  /** `declare` for 申报/修改/变更, `authorize` for a 委托边民's 认证. */
  purpose: 'declare' | 'authorize';
  /** The business id it must be bound to: the 预录入编号, or the client's draft id. */
  bizId: string;
  /** The single-use nonce the backend issued. */
  nonce: string;
}

/** What a genuine, unexpired face ticket says it is bound to: its claims, once the signature holds. */
export interface VerifiedFaceTicketClaims {
  /** The person whose face was verified. */
  sub: string;
  purpose: FaceTicketExpectation['purpose'];
  bizId: string;
  /** The challenge nonce it answers. */
  nonce: string;
}

/**
 * What a {@link FaceTicketVerifier} decides: the ticket's claims when it is genuine and unexpired, or
 * the `code` saying why it was refused.
 */
export type FaceTicketVerdict = { ok: true; claims: VerifiedFaceTicketClaims } | { ok: false; code: string };

/**
 * Verifies the host's signed face ticket, once: its signature (with the key the ticket names) and
 * expiry, and returns its claims. The backend then looks the claimed nonce up among its challenges
 * and checks the binding (person, purpose, business id, unexpired, unused) itself, so one ticket costs
 * one signature check however many challenges are open. With `expected`, the verifier also refuses
 * claims that differ from it (`WRONG_PERSON`, `WRONG_PURPOSE`, `WRONG_BUSINESS`, `WRONG_NONCE`); the
 * backend never passes it. Injected into the mock backend; the real one (JWS, `jose`) lives in
 * `faceTickets.ts`.
 */
export type FaceTicketVerifier = (
  ticket: string,
  expected?: FaceTicketExpectation,
) => Promise<FaceTicketVerdict>;

/** The default {@link FaceTicketVerifier}: refuses every ticket, so nothing passes without a real one. */
export const rejectAllFaceTickets: FaceTicketVerifier = () =>
  Promise.resolve({ ok: false, code: 'NO_FACE_VERIFIER' });
