import { errors, generateKeyPair, jwtVerify, SignJWT } from 'jose';
import type { FaceChallengeBinding } from './faceChallengeStore';

/** Lifetime of a face ticket, seconds: long enough to submit, too short to keep. */
export const FACE_TICKET_TTL_S = 120;

/** Signature algorithm of face tickets. */
const ALGORITHM = 'ES256';

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
export interface FaceTicketSubject extends FaceChallengeBinding {
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
    typeof payload.iat === 'number' &&
    typeof payload.exp === 'number'
  );
}

/**
 * The backend's check that a face ticket is genuine and answers the expected challenge: signature
 * (ES256, the host's key), expiry, purpose, business id, person and nonce. Single use is the
 * challenge store's job: after an accepted ticket the backend consumes the nonce
 * (`FaceChallengeStore.consume`), so a replayed ticket finds its challenge used.
 * @example
 * const check = await verifyFaceTicket(ticket, { personId, purpose: 'declare', bizId, nonce }, context)
 * if (!check.ok) return problem(403, check.code)
 */
export async function verifyFaceTicket(
  ticket: string,
  expected: FaceTicketSubject,
  { publicKey, now = Date.now }: FaceTicketVerifyContext,
): Promise<FaceTicketCheck> {
  let payload: Record<string, unknown>;
  try {
    // jose checks the signature before any claim, so an expired forgery is FORGED, not EXPIRED.
    ({ payload } = await jwtVerify(ticket, publicKey, {
      algorithms: [ALGORITHM],
      currentDate: new Date(now()),
      requiredClaims: ['exp', 'iat', 'sub', 'jti'],
    }));
  } catch (error) {
    if (error instanceof errors.JWTExpired) return reject('EXPIRED', 'The face ticket has expired');
    return reject('FORGED', 'The face ticket is not signed by the host face service');
  }
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
  return { ok: true, claims };
}

/** Options of {@link createFaceTicketService}. */
export interface FaceTicketServiceOptions {
  /** Clock, epoch ms, of both issuing and verifying. Default `Date.now`. */
  now?: () => number;
  /** Default {@link FACE_TICKET_TTL_S}. */
  ttlSeconds?: number;
}

/** Both sides of face verification in the mock: the host's ticket issuer and the backend's verifier. */
export interface FaceTicketService {
  /** The public key the backend verifies with. */
  publicKey(): Promise<CryptoKey>;
  /** Signs a ticket for a verified face, as the host's face service does. */
  issue(subject: FaceTicketSubject): Promise<string>;
  /**
   * {@link verifyFaceTicket} with this service's key and clock, then with each trusted key: the first
   * key that signed the ticket decides; FORGED when none did.
   */
  verifyFaceTicket(ticket: string, expected: FaceTicketSubject): Promise<FaceTicketCheck>;
  /**
   * Trusts another face service's public key as well, as a backend is configured with a host app's
   * key (the reference web host publishes its own).
   */
  trust(publicKey: CryptoKey): void;
  /** How many other services' keys are trusted. */
  trustedKeyCount(): number;
}

/**
 * Creates the face ticket service. Its ES256 key pair is generated at creation (the private key never
 * leaves the service), so tickets from another service, or edited ones, fail as FORGED unless that
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
}: FaceTicketServiceOptions = {}): FaceTicketService {
  const keys = generateKeyPair(ALGORITHM);
  // Keep an early rejection from being reported as unhandled; every use awaits `keys` again.
  keys.catch(() => undefined);
  const trusted: CryptoKey[] = [];
  return {
    publicKey: async () => (await keys).publicKey,
    async issue({ personId, purpose, bizId, nonce }) {
      const iat = Math.floor(now() / 1000);
      return new SignJWT({ purpose, bizId, nonce })
        .setProtectedHeader({ alg: ALGORITHM, typ: 'JWT' })
        .setSubject(personId)
        .setIssuedAt(iat)
        .setExpirationTime(iat + ttlSeconds)
        .setJti(globalThis.crypto.randomUUID())
        .sign((await keys).privateKey);
    },
    async verifyFaceTicket(ticket, expected) {
      let check: FaceTicketCheck = { ok: false, code: 'FORGED', message: 'No trusted key signed it' };
      for (const publicKey of [(await keys).publicKey, ...trusted]) {
        check = await verifyFaceTicket(ticket, expected, { publicKey, now });
        if (check.ok || check.code !== 'FORGED') return check;
      }
      return check;
    },
    trust(publicKey) {
      if (!trusted.includes(publicKey)) trusted.push(publicKey);
    },
    trustedKeyCount: () => trusted.length,
  };
}
