import { errors, jwtVerify, SignJWT } from 'jose';
import {
  LOCATION_TICKET_MAX_LIFETIME_S,
  LOCATION_TICKET_TYPE,
  validateLocationTicketPayload,
} from '@hushi/bridge-spec';
import type { LocationTicketPayload, SignedFix } from '@hushi/bridge-spec';
import type { ChallengeBinding } from './challengeStore';
import { createHostKeyRing, TICKET_ALGORITHM, verifyWithRing } from './hostKeyRing';
import type { HostKeyRing } from './hostKeyRing';

/** Lifetime of the mock host's location tickets, seconds: the longest the bridge contract allows. */
export const LOCATION_TICKET_TTL_S = LOCATION_TICKET_MAX_LIFETIME_S;

/** How far in the future a ticket's `iat` may lie (the host's clock running ahead), seconds. */
const CLOCK_SKEW_S = 60;

/** Why a location ticket is refused before its claims are compared with a challenge. */
export const LOCATION_TICKET_REJECTIONS = ['FORGED', 'EXPIRED', 'LIFETIME'] as const;
/** One of {@link LOCATION_TICKET_REJECTIONS}. */
export type LocationTicketRejection = (typeof LOCATION_TICKET_REJECTIONS)[number];

/** What a location ticket is issued for: the challenge it answers, and the person. */
export interface LocationTicketSubject extends ChallengeBinding {
  /** The challenge nonce the backend issued. */
  nonce: string;
}

/** The outcome of {@link LocationTicketService.verify}. */
export type LocationTicketCheck =
  { ok: true; claims: LocationTicketPayload } | { ok: false; code: LocationTicketRejection; message: string };

/** Options of {@link createLocationTicketService}. */
export interface LocationTicketServiceOptions {
  /** The host keys tickets are signed and verified with: the same ring as the face tickets'. */
  keys?: HostKeyRing;
  /** Clock, epoch ms, of both issuing and verifying. Default `Date.now`. */
  now?: () => number;
  /** Lifetime of issued tickets, seconds. Default {@link LOCATION_TICKET_TTL_S}. */
  ttlSeconds?: number;
}

/** Both sides of signed fixes in the mock: the host's signer and the backend's verifier. */
export interface LocationTicketService {
  /**
   * Signs a fix as a bridge 1.1 host does when `location.get` is given a challenge: protected header
   * `{alg: ES256, typ: hushi-location+jwt, kid}`, payload the fix, `mocked`, the challenge and the person.
   */
  issue(
    subject: LocationTicketSubject,
    fix: SignedFix,
    mocked: LocationTicketPayload['mocked'],
  ): Promise<string>;
  /**
   * The ticket's claims when a key of the ring signed it as a location ticket, it has not expired, its
   * payload has the contract's shape and it lives at most `LOCATION_TICKET_MAX_LIFETIME_S`; why not
   * otherwise. The claims are still to be compared with the backend's challenge.
   */
  verify(ticket: string): Promise<LocationTicketCheck>;
}

const reject = (code: LocationTicketRejection, message: string): LocationTicketCheck => ({
  ok: false,
  code,
  message,
});

/**
 * Creates the location ticket service over a key ring (the face tickets' ring, so the backend trusts
 * one set of host keys). A ticket signed by a key the ring does not hold, edited, of another `typ`
 * (a face ticket) or with a malformed payload is FORGED.
 * @example
 * const keys = createHostKeyRing()
 * const fixes = createLocationTicketService({ keys })
 * const ticket = await fixes.issue({ personId, purpose: 'declare', bizId, nonce }, fix, false)
 * await fixes.verify(ticket) // { ok: true, claims: { sub: personId, fix, mocked: false, ... } }
 */
export function createLocationTicketService({
  keys = createHostKeyRing(),
  now = Date.now,
  ttlSeconds = LOCATION_TICKET_TTL_S,
}: LocationTicketServiceOptions = {}): LocationTicketService {
  async function verifyWith(ticket: string, publicKey: CryptoKey): Promise<LocationTicketCheck> {
    let payload: Record<string, unknown>;
    try {
      // jose checks the signature before `typ` and the claims: an edited ticket is FORGED, not EXPIRED.
      ({ payload } = await jwtVerify(ticket, publicKey, {
        algorithms: [TICKET_ALGORITHM],
        typ: LOCATION_TICKET_TYPE,
        currentDate: new Date(now()),
        requiredClaims: ['exp', 'iat', 'sub', 'jti'],
      }));
    } catch (error) {
      if (error instanceof errors.JWTExpired) return reject('EXPIRED', 'The location ticket has expired');
      return reject('FORGED', 'The location ticket is not a location ticket signed by a trusted host key');
    }
    if (!validateLocationTicketPayload(payload))
      return reject('FORGED', 'The location ticket payload does not have the contract shape');
    const claims = payload as unknown as LocationTicketPayload;
    if (claims.exp - claims.iat > LOCATION_TICKET_MAX_LIFETIME_S || claims.iat > now() / 1000 + CLOCK_SKEW_S)
      return reject('LIFETIME', `The location ticket lives longer than ${LOCATION_TICKET_MAX_LIFETIME_S} s`);
    return { ok: true, claims };
  }

  return {
    async issue({ personId, purpose, bizId, nonce }, fix, mocked) {
      const { privateKey, thumbprint } = await keys.own();
      const iat = Math.floor(now() / 1000);
      return new SignJWT({ purpose, bizId, nonce, fix: { ...fix }, mocked })
        .setProtectedHeader({ alg: TICKET_ALGORITHM, typ: LOCATION_TICKET_TYPE, kid: thumbprint })
        .setSubject(personId)
        .setIssuedAt(iat)
        .setExpirationTime(iat + ttlSeconds)
        .setJti(globalThis.crypto.randomUUID())
        .sign(privateKey);
    },
    verify: (ticket) =>
      verifyWithRing(
        keys,
        ticket,
        (publicKey) => verifyWith(ticket, publicKey),
        (message) => reject('FORGED', message),
      ),
  };
}
