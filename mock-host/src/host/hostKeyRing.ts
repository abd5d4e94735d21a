import { decodeProtectedHeader, generateKeyPair } from 'jose';
import { FaceKeyLimitError } from '../errors';
import { hostFaceKeyOf } from './hostFaceKey';
import type { Es256PublicJwk, HostFaceKey } from './hostFaceKey';

/** How many other hosts' keys a {@link HostKeyRing} trusts at most. */
export const MAX_TRUSTED_FACE_KEYS = 16;

/** Signature algorithm of every host ticket (face and location). */
export const TICKET_ALGORITHM = 'ES256';

/** What {@link HostKeyRing.trust} did. */
export interface TrustedFaceKey {
  /** RFC 7638 thumbprint of the key: the `kid` its tickets carry. */
  thumbprint: string;
  /** False when the key was trusted already (or is the ring's own). */
  added: boolean;
}

/** The ring's own signing key: the mock host's, whose private half never leaves the ring's users. */
export interface OwnHostKey extends HostFaceKey {
  privateKey: CryptoKey;
}

/**
 * The keys of the hosts whose tickets the mock backend accepts, face and location tickets alike, as a
 * real backend is configured with its host apps' public keys: the mock host's own key pair (generated
 * at creation) and up to {@link MAX_TRUSTED_FACE_KEYS} other hosts' public keys (the reference web
 * host's, given by `POST /__mock/face-keys` or `?hostFaceKey=`).
 */
export interface HostKeyRing {
  /** The mock host's own key pair and thumbprint. */
  own(): Promise<OwnHostKey>;
  /**
   * The keys to verify `ticket` with: the one its protected header's `kid` names (the own key or a
   * trusted one); without `kid`, every key, own first; `undefined` when the header cannot be read or
   * names no key of the ring.
   */
  keysFor(ticket: string): Promise<CryptoKey[] | undefined>;
  /**
   * Trusts another host's public key. The same key (by thumbprint) is trusted once.
   * @throws FaceKeyLimitError when {@link MAX_TRUSTED_FACE_KEYS} other keys are trusted already
   */
  trust(key: HostFaceKey): TrustedFaceKey;
  /** The other hosts' trusted keys, oldest first, as public JWKs with their thumbprint as `kid`: what to persist. */
  trustedKeys(): (Es256PublicJwk & { kid: string })[];
  /** How many other hosts' keys are trusted. */
  trustedKeyCount(): number;
}

/**
 * Creates a key ring with a fresh ES256 key pair of its own.
 * @example
 * const keys = createHostKeyRing()
 * const faces = createFaceTicketService({ keys })
 * const fixes = createLocationTicketService({ keys })
 */
export function createHostKeyRing({
  maxTrustedKeys = MAX_TRUSTED_FACE_KEYS,
}: { maxTrustedKeys?: number } = {}): HostKeyRing {
  const own = (async (): Promise<OwnHostKey> => {
    const { privateKey, publicKey } = await generateKeyPair(TICKET_ALGORITHM);
    return { privateKey, ...(await hostFaceKeyOf(publicKey)) };
  })();
  // Known once the key pair is: `trust` is synchronous. An early rejection is kept from being
  // reported as unhandled; every use awaits `own` again.
  let ownThumbprint: string | undefined;
  own.then(
    (key) => {
      ownThumbprint = key.thumbprint;
    },
    () => undefined,
  );
  // By thumbprint, in the order trusted.
  const trusted = new Map<string, HostFaceKey>();

  return {
    own: () => own,
    async keysFor(ticket) {
      let kid: unknown;
      try {
        ({ kid } = decodeProtectedHeader(ticket));
      } catch {
        return undefined;
      }
      const { thumbprint, publicKey } = await own;
      if (kid === undefined) return [publicKey, ...[...trusted.values()].map((k) => k.publicKey)];
      if (kid === thumbprint) return [publicKey];
      const named = typeof kid === 'string' ? trusted.get(kid) : undefined;
      return named && [named.publicKey];
    },
    trust(key) {
      // The ring's own key is trusted already; it is not counted among the others.
      if (trusted.has(key.thumbprint) || key.thumbprint === ownThumbprint)
        return { thumbprint: key.thumbprint, added: false };
      if (trusted.size >= maxTrustedKeys) throw new FaceKeyLimitError(maxTrustedKeys);
      trusted.set(key.thumbprint, key);
      return { thumbprint: key.thumbprint, added: true };
    },
    trustedKeys: () => [...trusted.values()].map((k) => ({ ...k.jwk, kid: k.thumbprint })),
    trustedKeyCount: () => trusted.size,
  };
}

/** A ticket check's outcome, as far as {@link verifyWithRing} reads it. */
type TicketVerdict = { ok: true } | { ok: false; code: string };

/**
 * Verifies a ticket with the keys of the ring it names (see {@link HostKeyRing.keysFor}): the first
 * key whose verdict is not `FORGED` decides; `forged` when the ticket names no key of the ring or no
 * key signed it.
 * @example
 * await verifyWithRing(keys, ticket, (key) => verifyFaceTicket(ticket, undefined, { publicKey: key }), forged)
 */
export async function verifyWithRing<V extends TicketVerdict>(
  keys: HostKeyRing,
  ticket: string,
  verifyWith: (publicKey: CryptoKey) => Promise<V>,
  forged: (message: string) => V,
): Promise<V> {
  const candidates = await keys.keysFor(ticket);
  if (candidates === undefined) return forged('The ticket is malformed or names no trusted key');
  for (const publicKey of candidates) {
    const verdict = await verifyWith(publicKey);
    if (verdict.ok || verdict.code !== 'FORGED') return verdict;
  }
  return forged('No trusted key signed the ticket');
}
