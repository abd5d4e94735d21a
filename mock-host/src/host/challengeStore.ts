import type { FaceVerifyParams } from '@hushi/bridge-spec';
import { randomBase64url } from '../randomToken';

/** How long an issued challenge may be answered, ms: five minutes. */
export const CHALLENGE_TTL_MS = 5 * 60_000;

/** How many open challenges one person may hold; issuing one more forgets their oldest. */
export const MAX_OPEN_CHALLENGES_PER_PERSON = 20;

/**
 * How many challenges the store keeps in all, open or remembered after use or expiry; issuing one more
 * forgets the oldest.
 */
export const MAX_CHALLENGES = 10_000;

/**
 * What a challenge is bound to. `purpose` is the bridge's (`declare` / `authorize`; a location
 * challenge is always `declare`).
 */
export interface ChallengeBinding {
  personId: string;
  purpose: FaceVerifyParams['purpose'];
  bizId: string;
}

/** A challenge the backend issued: the nonce to pass to `face.verify`, or to `location.get` as `challenge`. */
export interface IssuedChallenge extends ChallengeBinding {
  nonce: string;
  /** Epoch ms. */
  expiresAt: number;
}

/**
 * What happened to a nonce presented for consumption; only `consumed` accepts it. `unknown` is a nonce
 * never issued, or one the store has forgotten (superseded, or long expired).
 */
export type ChallengeOutcome =
  'consumed' | 'unknown' | 'used' | 'expired' | 'wrong-person' | 'wrong-purpose' | 'wrong-business';

/**
 * The backend's single-use challenges of one kind (face or location: one store each, so a nonce of one
 * kind never answers the other).
 */
export interface ChallengeStore {
  /**
   * Issues a fresh nonce bound to a person, purpose and business id. Forgets what has outlived its
   * memory first, then, beyond the caps, the person's oldest open challenge and the store's oldest.
   */
  issue(binding: ChallengeBinding): IssuedChallenge;
  /**
   * The challenges of a person for a purpose that are unused and unexpired, newest first; only those
   * of `bizId` when given. At most {@link MAX_OPEN_CHALLENGES_PER_PERSON}.
   */
  open(filter: Omit<ChallengeBinding, 'bizId'> & { bizId?: string }): IssuedChallenge[];
  /**
   * Uses a nonce up, if it was issued for this binding, is unused and has not expired; one lookup by
   * nonce. A refused presentation leaves the challenge as it was.
   */
  consume(nonce: string, binding: ChallengeBinding): ChallengeOutcome;
  /** How many challenges the store keeps: open ones, and used or expired ones it still remembers. */
  size(): number;
  /** Forgets every challenge. */
  clear(): void;
}

/** Options of {@link createChallengeStore}. */
export interface ChallengeStoreOptions {
  /** Clock, epoch ms. Default `Date.now`. */
  now?: () => number;
  /** Default {@link CHALLENGE_TTL_MS}. */
  ttlMs?: number;
  /**
   * How long after its expiry a challenge is still remembered, ms, so that a late ticket is refused
   * as `used` or `expired` rather than `unknown`. Default `ttlMs`: longer than a ticket lives, so
   * any ticket still unexpired finds its challenge.
   */
  rememberMs?: number;
  /** Default {@link MAX_OPEN_CHALLENGES_PER_PERSON}. */
  maxOpenPerPerson?: number;
  /** Default {@link MAX_CHALLENGES}. */
  maxChallenges?: number;
}

/** A challenge as the store keeps it. */
interface StoredChallenge {
  challenge: IssuedChallenge;
  used: boolean;
}

/**
 * Creates an in-memory store of challenges, as the backend keeps them. Nonces are 24 random
 * bytes as base64url: 32 characters, within the nonce pattern of `face.verify` and `location.get`. Memory is bounded: every
 * issue forgets the challenges past their memory (amortised: they are kept in issue order), a person
 * holds at most {@link MAX_OPEN_CHALLENGES_PER_PERSON} open ones (their oldest is forgotten, so
 * one person asking again and again never crowds out the others) and the store at most
 * {@link MAX_CHALLENGES}. A nonce is looked up in one step.
 * @example
 * const { nonce } = challenges.issue({ personId, purpose: 'declare', bizId })
 * // ... the host signs a ticket for it, the backend verifies the ticket, then:
 * challenges.consume(nonce, { personId, purpose: 'declare', bizId }) // 'consumed', then 'used'
 */
export function createChallengeStore({
  now = Date.now,
  ttlMs = CHALLENGE_TTL_MS,
  rememberMs = ttlMs,
  maxOpenPerPerson = MAX_OPEN_CHALLENGES_PER_PERSON,
  maxChallenges = MAX_CHALLENGES,
}: ChallengeStoreOptions = {}): ChallengeStore {
  // In issue order, so the oldest (the first to expire) come first.
  const byNonce = new Map<string, StoredChallenge>();
  // The nonces of each person's open challenges, in issue order; expired ones leave lazily.
  const openByPerson = new Map<string, Set<string>>();

  function closeOpen(personId: string, nonce: string): void {
    const open = openByPerson.get(personId);
    if (!open) return;
    open.delete(nonce);
    if (open.size === 0) openByPerson.delete(personId);
  }

  function forget(nonce: string): void {
    const stored = byNonce.get(nonce);
    if (!stored) return;
    byNonce.delete(nonce);
    closeOpen(stored.challenge.personId, nonce);
  }

  /** Forgets, from the oldest on, what is past its memory, then the oldest beyond the cap (keeping room for one). */
  function purge(at: number): void {
    for (const [nonce, { challenge }] of byNonce) {
      if (challenge.expiresAt + rememberMs >= at && byNonce.size < maxChallenges) break;
      forget(nonce);
    }
  }

  /** Closes the person's expired challenges, then the oldest open ones beyond the cap (keeping room for one). */
  function makeRoomFor(personId: string, at: number): void {
    const open = openByPerson.get(personId);
    if (!open) return;
    for (const nonce of open) {
      const stored = byNonce.get(nonce);
      if (stored && stored.challenge.expiresAt >= at && open.size < maxOpenPerPerson) break;
      // An expired challenge stays remembered (a late ticket is told it expired); a superseded one goes.
      if (stored && stored.challenge.expiresAt < at) closeOpen(personId, nonce);
      else forget(nonce);
    }
  }

  return {
    issue(binding) {
      const at = now();
      purge(at);
      makeRoomFor(binding.personId, at);
      const challenge = { ...binding, nonce: randomBase64url(24), expiresAt: at + ttlMs };
      byNonce.set(challenge.nonce, { challenge, used: false });
      const open = openByPerson.get(binding.personId) ?? new Set<string>();
      open.add(challenge.nonce);
      openByPerson.set(binding.personId, open);
      return challenge;
    },
    open({ personId, purpose, bizId }) {
      const at = now();
      return [...(openByPerson.get(personId) ?? [])]
        .map((nonce) => byNonce.get(nonce)?.challenge)
        .filter(
          (c): c is IssuedChallenge =>
            c !== undefined &&
            c.expiresAt >= at &&
            c.purpose === purpose &&
            (bizId === undefined || c.bizId === bizId),
        )
        .reverse();
    },
    consume(nonce, { personId, purpose, bizId }) {
      const stored = byNonce.get(nonce);
      if (!stored) return 'unknown';
      const { challenge } = stored;
      if (stored.used) return 'used';
      if (now() > challenge.expiresAt) return 'expired';
      if (challenge.purpose !== purpose) return 'wrong-purpose';
      if (challenge.bizId !== bizId) return 'wrong-business';
      if (challenge.personId !== personId) return 'wrong-person';
      // Kept, used, until its memory ends: a replay is told `used`.
      stored.used = true;
      closeOpen(challenge.personId, nonce);
      return 'consumed';
    },
    size: () => byNonce.size,
    clear() {
      byNonce.clear();
      openByPerson.clear();
    },
  };
}
