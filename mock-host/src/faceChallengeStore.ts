import type { FaceVerifyParams } from '@hushi/bridge-spec';
import { randomBase64url } from './randomToken';

/** How long an issued face challenge may be answered, ms: five minutes. */
export const FACE_CHALLENGE_TTL_MS = 5 * 60_000;

/** What a face challenge is bound to. `purpose` is the bridge's (`declare` / `authorize`). */
export interface FaceChallengeBinding {
  personId: string;
  purpose: FaceVerifyParams['purpose'];
  bizId: string;
}

/** A challenge the backend issued: the nonce to pass to `face.verify`. */
export interface IssuedFaceChallenge extends FaceChallengeBinding {
  nonce: string;
  /** Epoch ms. */
  expiresAt: number;
}

/** What happened to a nonce presented for consumption; only `consumed` accepts it. */
export type FaceChallengeOutcome =
  'consumed' | 'unknown' | 'used' | 'expired' | 'wrong-person' | 'wrong-purpose' | 'wrong-business';

/** The backend's single-use face challenges. */
export interface FaceChallengeStore {
  /** Issues a fresh nonce bound to a person, purpose and business id. */
  issue(binding: FaceChallengeBinding): IssuedFaceChallenge;
  /**
   * The challenges of a person for a purpose that are unused and unexpired, newest first; only those
   * of `bizId` when given. A face ticket must answer one of them.
   */
  open(filter: Omit<FaceChallengeBinding, 'bizId'> & { bizId?: string }): IssuedFaceChallenge[];
  /** Uses a nonce up, if it was issued for this binding, is unused and has not expired. */
  consume(nonce: string, binding: FaceChallengeBinding): FaceChallengeOutcome;
  /** Forgets every challenge. */
  clear(): void;
}

/** Options of {@link createFaceChallengeStore}. */
export interface FaceChallengeStoreOptions {
  /** Clock, epoch ms. Default `Date.now`. */
  now?: () => number;
  /** Default {@link FACE_CHALLENGE_TTL_MS}. */
  ttlMs?: number;
}

/**
 * Creates an in-memory store of face challenges, as the backend keeps them. Nonces are 24 random
 * bytes as base64url: 32 characters, within `face.verify`'s nonce pattern.
 * @example
 * const { nonce } = challenges.issue({ personId, purpose: 'declare', bizId })
 * // ... the host signs a ticket for it, the backend verifies the ticket, then:
 * challenges.consume(nonce, { personId, purpose: 'declare', bizId }) // 'consumed', then 'used'
 */
export function createFaceChallengeStore({
  now = Date.now,
  ttlMs = FACE_CHALLENGE_TTL_MS,
}: FaceChallengeStoreOptions = {}): FaceChallengeStore {
  const issued = new Map<string, IssuedFaceChallenge>();
  const used = new Set<string>();
  return {
    issue(binding) {
      const challenge = { ...binding, nonce: randomBase64url(24), expiresAt: now() + ttlMs };
      issued.set(challenge.nonce, challenge);
      return challenge;
    },
    open({ personId, purpose, bizId }) {
      const at = now();
      return [...issued.values()]
        .filter(
          (c) =>
            !used.has(c.nonce) &&
            c.expiresAt >= at &&
            c.personId === personId &&
            c.purpose === purpose &&
            (bizId === undefined || c.bizId === bizId),
        )
        .reverse();
    },
    consume(nonce, { personId, purpose, bizId }) {
      const challenge = issued.get(nonce);
      if (!challenge) return 'unknown';
      if (used.has(nonce)) return 'used';
      if (now() > challenge.expiresAt) return 'expired';
      if (challenge.purpose !== purpose) return 'wrong-purpose';
      if (challenge.bizId !== bizId) return 'wrong-business';
      if (challenge.personId !== personId) return 'wrong-person';
      used.add(nonce);
      return 'consumed';
    },
    clear() {
      issued.clear();
      used.clear();
    },
  };
}
