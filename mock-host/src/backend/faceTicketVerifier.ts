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

/** What a {@link FaceTicketVerifier} decides; `code` says why a ticket was refused. */
export type FaceTicketVerdict = { ok: true } | { ok: false; code: string };

/**
 * Verifies the host's signed face ticket against what the backend expects (signature, expiry, person,
 * purpose, business id, nonce). Injected into the mock backend; the real one (JWS, `jose`) lives in
 * `faceTickets.ts`.
 */
export type FaceTicketVerifier = (
  ticket: string,
  expected: FaceTicketExpectation,
) => Promise<FaceTicketVerdict>;

/** The default {@link FaceTicketVerifier}: refuses every ticket, so nothing passes without a real one. */
export const rejectAllFaceTickets: FaceTicketVerifier = () =>
  Promise.resolve({ ok: false, code: 'NO_FACE_VERIFIER' });
