import { errors, jwtVerify, SignJWT } from 'jose';
import { LOCATION_TICKET_TYPE } from '@hushi/bridge-spec';
import type { JWTHeaderParameters } from 'jose';
import type { ChallengeBinding } from './challengeStore';
import type { Es256PublicJwk, HostFaceKey } from './hostFaceKey';
import { createHostKeyRing, TICKET_ALGORITHM, verifyWithRing } from './hostKeyRing';
import type { HostKeyRing, TrustedFaceKey } from './hostKeyRing';

/** Lifetime of a face ticket, seconds: long enough to submit, too short to keep. */
export const FACE_TICKET_TTL_S = 120;

/** Why a face ticket is refused; stable codes the backend maps to its own errors. */
export const FACE_TICKET_REJECTIONS = [
  'FORGED',
  'EXPIRED',
  'WRONG_BUSINESS',
  'WRONG_PERSON',
  'WRONG_PURPOSE',
  'WRONG_NONCE',
] as const;
/** One of {@link FACE_TICKET_REJECTIONS}. */
export type FaceTicketRejection = (typeof FACE_TICKET_REJECTIONS)[number];

/** What a ticket is issued for, and what the backend expects it to be bound to. */
export interface FaceTicketSubject extends ChallengeBinding {
  /** The challenge nonce the backend issued. */
  nonce: string;
}

/** The claims of a face ticket. */
export interface FaceTicketClaims {
  /** Person id of the verified user. */
  sub: string;
  purpose: FaceTicketSubject['purpose'];
  bizId: string;
  nonce: string;
  /** Epoch seconds. */
  iat: number;
  /** Epoch seconds. */
  exp: number;
  /** Unique ticket id. */
  jti: string;
}

/** The outcome of {@link verifyFaceTicket}. */
export type FaceTicketCheck =
  { ok: true; claims: FaceTicketClaims } | { ok: false; code: FaceTicketRejection; message: string };

/** What {@link verifyFaceTicket} checks a ticket with. */
export interface FaceTicketVerifyContext {
  /** The host face service's public key. */
  publicKey: CryptoKey;
  /** Clock, epoch ms. Default `Date.now`. */
  now?: () => number;
}

const reject = (code: FaceTicketRejection, message: string): FaceTicketCheck => ({
  ok: false,
  code,
  message,
});

function isClaims(payload: Record<string, unknown>): payload is Record<string, unknown> & FaceTicketClaims {
  return (
    ['sub', 'purpose', 'bizId', 'nonce', 'jti'].every((name) => typeof payload[name] === 'string') &&
    (payload.purpose === 'declare' || payload.purpose === 'authorize') &&
    typeof payload.iat === 'number' &&
    typeof payload.exp === 'number'
  );
}

/** The signature (ES256 with `publicKey`) and expiry of a ticket, and its claims. */
async function verifySignature(
  ticket: string,
  publicKey: CryptoKey,
  now: () => number,
): Promise<FaceTicketCheck> {
  let payload: Record<string, unknown>;
  let protectedHeader: JWTHeaderParameters;
  try {
    // jose checks the signature before any claim, so an expired forgery is FORGED, not EXPIRED.
    ({ payload, protectedHeader } = await jwtVerify(ticket, publicKey, {
      algorithms: [TICKET_ALGORITHM],
      currentDate: new Date(now()),
      requiredClaims: ['exp', 'iat', 'sub', 'jti'],
    }));
  } catch (error) {
    if (error instanceof errors.JWTExpired) return reject('EXPIRED', 'The face ticket has expired');
    return reject('FORGED', 'The face ticket is not signed by the host face service');
  }
  // The host signs location tickets with the same key: one never stands for a face check.
  if (protectedHeader.typ === LOCATION_TICKET_TYPE)
    return reject('FORGED', 'A location ticket is not a face ticket');
  if (!isClaims(payload)) return reject('FORGED', 'The face ticket lacks a claim');
  const claims: FaceTicketClaims = {
    sub: payload.sub,
    purpose: payload.purpose,
    bizId: payload.bizId,
    nonce: payload.nonce,
    iat: payload.iat,
    exp: payload.exp,
    jti: payload.jti,
  };
  return { ok: true, claims };
}

/** `check`, unless its claims differ from `expected`. */
function checkExpected(check: FaceTicketCheck, expected: FaceTicketSubject | undefined): FaceTicketCheck {
  if (!check.ok || expected === undefined) return check;
  const { claims } = check;
  if (claims.purpose !== expected.purpose) {
    return reject('WRONG_PURPOSE', `The face ticket is for ${claims.purpose}, not ${expected.purpose}`);
  }
  if (claims.bizId !== expected.bizId)
    return reject('WRONG_BUSINESS', 'The face ticket is for another business');
  if (claims.sub !== expected.personId)
    return reject('WRONG_PERSON', 'The face ticket is for another person');
  if (claims.nonce !== expected.nonce) {
    return reject('WRONG_NONCE', 'The face ticket answers another challenge');
  }
  return check;
}

/**
 * The backend's check that a face ticket is genuine (signature, ES256, the host's key), unexpired, and,
 * with `expected`, answers that challenge: purpose, business id, person and nonce. Without `expected`
 * it gives the claims, for the backend to look the nonce up and compare the binding with the
 * challenge's. Single use is the challenge store's job: after an accepted ticket the backend consumes
 * the nonce (`ChallengeStore.consume`), so a replayed ticket finds its challenge used.
 * @example
 * const check = await verifyFaceTicket(ticket, { personId, purpose: 'declare', bizId, nonce }, context)
 * if (!check.ok) return problem(403, check.code)
 */
export async function verifyFaceTicket(
  ticket: string,
  expected: FaceTicketSubject | undefined,
  { publicKey, now = Date.now }: FaceTicketVerifyContext,
): Promise<FaceTicketCheck> {
  return checkExpected(await verifySignature(ticket, publicKey, now), expected);
}

/** Options of {@link createFaceTicketService}. */
export interface FaceTicketServiceOptions {
  /** Clock, epoch ms, of both issuing and verifying. Default `Date.now`. */
  now?: () => number;
  /** Default {@link FACE_TICKET_TTL_S}. */
  ttlSeconds?: number;
  /** The host keys tickets are signed and verified with; default a fresh ring. */
  keys?: HostKeyRing;
}

/** Both sides of face verification in the mock: the host's ticket issuer and the backend's verifier. */
export interface FaceTicketService {
  /** The public key the backend verifies with. */
  publicKey(): Promise<CryptoKey>;
  /**
   * Signs a ticket for a verified face, as the host's face service does; its protected header names
   * the key (`kid`, the RFC 7638 thumbprint).
   */
  issue(subject: FaceTicketSubject): Promise<string>;
  /**
   * {@link verifyFaceTicket} with one key: the one the ticket's `kid` names (this service's or a
   * trusted one; FORGED when it names no such key). A ticket without `kid` is tried with this
   * service's key, then each trusted key: the first key that signed it decides; FORGED when none did.
   * Without `expected` it gives the claims of a genuine, unexpired ticket, as the backend asks.
   */
  verifyFaceTicket(ticket: string, expected?: FaceTicketSubject): Promise<FaceTicketCheck>;
  /**
   * Trusts another host's public key as well (its face and location tickets: the ring is shared), as a
   * backend is configured with a host app's key (the reference web host publishes its own). The same
   * key (by thumbprint) is trusted once.
   * @throws FaceKeyLimitError when `MAX_TRUSTED_FACE_KEYS` other keys are trusted already
   * @example
   * const key = await importHostFaceKey(jwk)
   * if (key) faceTickets.trust(key) // { thumbprint, added: true }
   */
  trust(key: HostFaceKey): TrustedFaceKey;
  /**
   * The other services' trusted keys, oldest first, as public JWKs with their thumbprint as `kid`: what
   * to persist; trust them again with `importHostFaceKey` and {@link trust}.
   */
  trustedKeys(): (Es256PublicJwk & { kid: string })[];
  /** How many other services' keys are trusted. */
  trustedKeyCount(): number;
}

/**
 * Creates the face ticket service over a key ring (its own ES256 key pair, generated at creation, and
 * the keys it trusts), so tickets from another service, or edited ones, fail as FORGED unless that
 * service's key was trusted.
 * @example
 * const faces = createFaceTicketService()
 * const { nonce } = challenges.issue({ personId, purpose: 'declare', bizId })
 * const ticket = await faces.issue({ personId, purpose: 'declare', bizId, nonce })
 * await faces.verifyFaceTicket(ticket, { personId, purpose: 'declare', bizId, nonce }) // { ok: true, ... }
 */
export function createFaceTicketService({
  now = Date.now,
  ttlSeconds = FACE_TICKET_TTL_S,
  keys = createHostKeyRing(),
}: FaceTicketServiceOptions = {}): FaceTicketService {
  return {
    publicKey: async () => (await keys.own()).publicKey,
    async issue({ personId, purpose, bizId, nonce }) {
      const { privateKey, thumbprint } = await keys.own();
      const iat = Math.floor(now() / 1000);
      return new SignJWT({ purpose, bizId, nonce })
        .setProtectedHeader({ alg: TICKET_ALGORITHM, typ: 'JWT', kid: thumbprint })
        .setSubject(personId)
        .setIssuedAt(iat)
        .setExpirationTime(iat + ttlSeconds)
        .setJti(globalThis.crypto.randomUUID())
        .sign(privateKey);
    },
    verifyFaceTicket: (ticket, expected) =>
      verifyWithRing(
        keys,
        ticket,
        (publicKey) => verifyFaceTicket(ticket, expected, { publicKey, now }),
        (message) => reject('FORGED', message),
      ),
    trust: (key) => keys.trust(key),
    trustedKeys: () => keys.trustedKeys(),
    trustedKeyCount: () => keys.trustedKeyCount(),
  };
}
