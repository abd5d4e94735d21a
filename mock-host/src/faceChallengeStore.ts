import { base64url } from 'jose';
import type { FaceVerifyParams } from '@hushi/bridge-spec';

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
  /** Uses a nonce up, if it was issued for this binding, is unused and has not expired. */
  consume(nonce: string, binding: FaceChallengeBinding): FaceChallengeOutcome;
}

/** Options of {@link createFaceChallengeStore}. */
export interface FaceChallengeStoreOptions {
  /** Clock, epoch ms. Default `Date.now`. */
  now?: () => number;
  /** Default {@link FACE_CHALLENGE_TTL_MS}. */
  ttlMs?: number;
}

/** 24 random bytes as base64url: 32 characters, within `face.verify`'s nonce pattern. */
function randomNonce(): string {
  return base64url.encode(globalThis.crypto.getRandomValues(new Uint8Array(24)));
}

/**
 * Creates an in-memory store of face challenges, as the backend keeps them.
 * @example
 * const { nonce } = challenges.issue({ personId, purpose: 'declare', bizId })
 */
export function createFaceChallengeStore({
  now = Date.now,
  ttlMs = FACE_CHALLENGE_TTL_MS,
}: FaceChallengeStoreOptions = {}): FaceChallengeStore {
  const issued = new Map<string, IssuedFaceChallenge & { used: boolean }>();
  return {
    issue(binding) {
      const challenge = { ...binding, nonce: randomNonce(), expiresAt: now() + ttlMs };
      issued.set(challenge.nonce, { ...challenge, used: false });
      return challenge;
    },
    consume(nonce, { personId, purpose, bizId }) {
      const challenge = issued.get(nonce);
      if (!challenge) return 'unknown';
      if (challenge.used) return 'used';
      if (now() > challenge.expiresAt) return 'expired';
      if (challenge.purpose !== purpose) return 'wrong-purpose';
      if (challenge.bizId !== bizId) return 'wrong-business';
      if (challenge.personId !== personId) return 'wrong-person';
      challenge.used = true;
      return 'consumed';
    },
  };
}
