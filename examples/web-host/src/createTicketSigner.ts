import { calculateJwkThumbprint, exportJWK, generateKeyPair, SignJWT } from 'jose';
import type { JWK, JWTPayload } from 'jose';

/** Lifetime of every ticket the host signs, seconds: long enough to submit, too short to keep. */
export const TICKET_TTL_S = 120;

const ALGORITHM = 'ES256';

/** The web host's one signing key, behind its face tickets and its location tickets alike. */
export interface TicketSigner {
  /** The public key backends verify the tickets with, as a JWK. */
  publicJwk(): Promise<JWK>;
  /**
   * A compact JWS of `claims` for `subject` (the person), under the protected header `{alg: 'ES256',
   * typ, kid}` (`kid`: the RFC 7638 thumbprint of the public key), with `iat` now, `exp` {@link
   * TICKET_TTL_S} later and a unique `jti`.
   */
  sign(typ: string, subject: string, claims: JWTPayload): Promise<string>;
}

/**
 * A signer with an ES256 key pair generated at start (private key not extractable). A production host
 * keeps the key in the Android Keystore or the Secure Enclave, or signs on its server, never in a page.
 * @example
 * const signer = createTicketSigner()
 * const ticket = await signer.sign('JWT', 'P0001', { purpose: 'declare', bizId, nonce })
 */
export function createTicketSigner({ now = Date.now }: { now?: () => number } = {}): TicketSigner {
  const keys = (async () => {
    const { privateKey, publicKey } = await generateKeyPair(ALGORITHM);
    const jwk = await exportJWK(publicKey);
    return { privateKey, jwk, kid: await calculateJwkThumbprint(jwk) };
  })();
  // Keep an early rejection from being reported as unhandled; every use awaits `keys` again.
  keys.catch(() => undefined);
  return {
    publicJwk: async () => ({ ...(await keys).jwk }),
    async sign(typ, subject, claims) {
      const { privateKey, kid } = await keys;
      const iat = Math.floor(now() / 1000);
      return new SignJWT(claims)
        .setProtectedHeader({ alg: ALGORITHM, typ, kid })
        .setSubject(subject)
        .setIssuedAt(iat)
        .setExpirationTime(iat + TICKET_TTL_S)
        .setJti(crypto.randomUUID())
        .sign(privateKey);
    },
  };
}
