import { decodeJws } from './decodeJws';
import { preview } from './describeIssue';
import { asciiBytes, es256Thumbprint } from './es256Thumbprint';
import { fail, PASS, skip } from './runContext';
import type { Verdict } from './runContext';

/** Length of an ES256 JWS signature: r and s, 32 bytes each (RFC 7518 §3.4). */
const ES256_SIGNATURE_BYTES = 64;

const ECDSA_P256 = { name: 'ECDSA', namedCurve: 'P-256' } as const;

/** A host key ready to verify with, and the thumbprint tickets name it by. */
interface HostKey {
  key: CryptoKey;
  thumbprint: string;
}

/** `jwk`'s public part imported for ES256 verification, or `null` when it is not an EC P-256 key. */
async function importHostKey(subtle: SubtleCrypto, jwk: JsonWebKey): Promise<HostKey | null> {
  if (jwk.kty !== 'EC' || jwk.crv !== 'P-256' || !jwk.x || !jwk.y) return null;
  const publicJwk = { kty: jwk.kty, crv: jwk.crv, x: jwk.x, y: jwk.y };
  try {
    const key = await subtle.importKey('jwk', publicJwk, ECDSA_P256, false, ['verify']);
    return { key, thumbprint: await es256Thumbprint(subtle, publicJwk) };
  } catch {
    return null;
  }
}

/**
 * Whether `value` (at `where` in a result) is a JWS whose ES256 signature verifies with one of
 * `hostKeys`, the one its `kid` names (RFC 7638 thumbprint). Skipped, never passed, without keys or
 * without WebCrypto (`crypto.subtle`; a JWS signature is the raw r‖s that WebCrypto's ECDSA takes).
 */
export async function verifyJwsSignature(
  value: unknown,
  where: string,
  hostKeys: readonly JsonWebKey[] | undefined,
): Promise<Verdict> {
  if (value === undefined) return fail(`${where} is missing`);
  const jws = typeof value === 'string' ? decodeJws(value) : null;
  if (!jws) return fail(`${where} is not a JWS with a JSON header and payload (got ${preview(value)})`);
  if (!hostKeys || hostKeys.length === 0) {
    return skip(
      `verifying the signature of ${where} needs the host's public key: pass the host's public key as hostKeys (ES256 public JWKs)`,
    );
  }
  const subtle = (globalThis as { crypto?: Partial<Crypto> }).crypto?.subtle;
  if (!subtle) {
    return skip(`this runtime has no WebCrypto (crypto.subtle) to verify the signature of ${where} with`);
  }
  if (jws.header.alg !== 'ES256') {
    return fail(`${where} is signed with alg ${preview(jws.header.alg)}, not ES256`);
  }
  if (jws.signature.length !== ES256_SIGNATURE_BYTES) {
    return fail(
      `the signature of ${where} is ${jws.signature.length} bytes, not the ${ES256_SIGNATURE_BYTES} of ES256 (r and s, RFC 7518 §3.4; a DER-encoded ECDSA signature must be converted)`,
    );
  }
  const keys: HostKey[] = [];
  for (const [index, jwk] of hostKeys.entries()) {
    const imported = await importHostKey(subtle, jwk);
    if (!imported) return skip(`hostKeys[${index}] is not an ES256 (EC P-256) public key`);
    keys.push(imported);
  }
  const data = asciiBytes(jws.signingInput);
  let signer: HostKey | undefined;
  for (const candidate of keys) {
    if (await subtle.verify({ name: 'ECDSA', hash: 'SHA-256' }, candidate.key, jws.signature, data)) {
      signer = candidate;
      break;
    }
  }
  const kid = jws.header.kid;
  if (!signer) {
    const thumbprints = keys.map((k) => k.thumbprint).join(', ');
    return fail(
      `the signature of ${where} (kid ${preview(kid)}) does not verify with the host's key (hostKeys, thumbprints ${thumbprints}): it was signed with another key, or altered after signing`,
    );
  }
  if (kid !== signer.thumbprint) {
    return fail(
      `${where} verifies with the host key ${signer.thumbprint}, but its kid is ${preview(kid)}: the kid must be the RFC 7638 thumbprint of the signing key`,
    );
  }
  return PASS;
}
