import type { FaceChallengeRequest } from '@hushi/sdk';
import { randomBase64url } from '../randomToken';

/** One issued face challenge. */
export interface FaceChallengeRecord {
  nonce: string;
  personId: string;
  purpose: FaceChallengeRequest['purpose'];
  businessId: string;
  /** Epoch ms. */
  expiresAt: number;
}

/** Issues a nonce bound to what a face ticket must answer (the bridge's purpose names). */
export type FaceNonceIssuer = (binding: {
  personId: string;
  purpose: 'declare' | 'authorize';
  bizId: string;
}) => { nonce: string; expiresAt: number };

/** The single-use nonces the backend hands out for `face.verify`, and which are still open. */
export interface BackendFaceChallenges {
  /** Issues a fresh nonce bound to person, purpose and business id. */
  issue(personId: string, request: FaceChallengeRequest): FaceChallengeRecord;
  /**
   * The unexpired, unused challenges of a person for a purpose, newest first; only those of
   * `businessId` when given (a new declaration's challenge is bound to the client's draft id).
   */
  open(
    personId: string,
    purpose: FaceChallengeRequest['purpose'],
    businessId?: string,
  ): FaceChallengeRecord[];
  /** Uses a nonce up: it never verifies again. */
  consume(nonce: string): void;
  /** Forgets every challenge. */
  clear(): void;
}

/** Options of {@link createBackendFaceChallenges}. */
export interface BackendFaceChallengesOptions {
  /** Clock, epoch ms. */
  now: () => number;
  /** Lifetime of a nonce, ms. */
  ttlMs: number;
  /**
   * Issues the nonce, when the face ticket verifier keeps its own challenge store (the mock host's
   * `faceTickets.challenges`); default: a random nonce kept here only.
   */
  issueNonce?: FaceNonceIssuer;
}

/** The bridge's `face.verify` purpose of each challenge purpose. */
export const FACE_PURPOSES = { submit: 'declare', authenticate: 'authorize' } as const;

/** Creates the backend's in-memory {@link BackendFaceChallenges}. */
export function createBackendFaceChallenges(options: BackendFaceChallengesOptions): BackendFaceChallenges {
  const challenges = new Map<string, FaceChallengeRecord>();
  const issueNonce: FaceNonceIssuer =
    options.issueNonce ?? (() => ({ nonce: randomBase64url(16), expiresAt: options.now() + options.ttlMs }));
  return {
    issue(personId, { purpose, businessId }) {
      const { nonce, expiresAt } = issueNonce({
        personId,
        purpose: FACE_PURPOSES[purpose],
        bizId: businessId,
      });
      const record = { nonce, personId, purpose, businessId, expiresAt };
      challenges.set(record.nonce, record);
      return record;
    },
    open(personId, purpose, businessId) {
      const now = options.now();
      return [...challenges.values()]
        .filter(
          (c) =>
            c.personId === personId &&
            c.purpose === purpose &&
            c.expiresAt > now &&
            (businessId === undefined || c.businessId === businessId),
        )
        .reverse();
    },
    consume: (nonce) => void challenges.delete(nonce),
    clear: () => {
      challenges.clear();
    },
  };
}
