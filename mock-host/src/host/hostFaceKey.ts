import { base64url, calculateJwkThumbprint, exportJWK, importJWK } from 'jose';
import { isRecord } from '../isRecord';

/**
 * The query parameter in which a web host hands the H5 dev build its face service's public key (a JWK
 * as base64url JSON), for the mock backend in the page to trust; see examples/web-host.
 */
export const HOST_FACE_KEY_PARAM = 'hostFaceKey';

/** The public half of an ES256 (P-256) key as a JWK: the members its RFC 7638 thumbprint covers. */
export interface Es256PublicJwk {
  kty: 'EC';
  crv: 'P-256';
  x: string;
  y: string;
}

/** A face service's public key, imported, with the thumbprint its tickets name it by. */
export interface HostFaceKey {
  /** The key as a JWK, without any other member: what to persist, and to import again. */
  jwk: Es256PublicJwk;
  /** RFC 7638 SHA-256 thumbprint of {@link jwk}, base64url: the `kid` of the tickets it signs. */
  thumbprint: string;
  /** The key to verify with. */
  publicKey: CryptoKey;
}

/** Whether `value` is the public half of an ES256 (P-256) key as a JWK, with no private part. */
function isPublicEs256Jwk(value: unknown): value is Es256PublicJwk {
  return (
    isRecord(value) &&
    value.kty === 'EC' &&
    value.crv === 'P-256' &&
    typeof value.x === 'string' &&
    typeof value.y === 'string' &&
    value.d === undefined
  );
}

/**
 * A host face service's public key, for the backend to verify its tickets with; `undefined` when
 * `jwk` is not an ES256 (P-256) public key (a private key is refused too). Members other than
 * `kty`, `crv`, `x` and `y` are dropped.
 * @example
 * const key = await importHostFaceKey(body.jwk)
 * if (key) faceTickets.trust(key)
 */
export async function importHostFaceKey(jwk: unknown): Promise<HostFaceKey | undefined> {
  if (!isPublicEs256Jwk(jwk)) return undefined;
  const { kty, crv, x, y } = jwk;
  const publicJwk: Es256PublicJwk = { kty, crv, x, y };
  const publicKey = await importJWK(publicJwk, 'ES256').catch(() => undefined);
  if (publicKey === undefined || publicKey instanceof Uint8Array) return undefined;
  return { jwk: publicJwk, thumbprint: await calculateJwkThumbprint(publicJwk), publicKey };
}

/** {@link importHostFaceKey} of a public key at hand (the mock host's own, a test's). */
export async function hostFaceKeyOf(publicKey: CryptoKey): Promise<HostFaceKey> {
  const key = await importHostFaceKey(await exportJWK(publicKey));
  if (key === undefined) throw new TypeError('Expected an ES256 (P-256) public key');
  return key;
}

/** The JWK in `url`'s {@link HOST_FACE_KEY_PARAM}, or `undefined` when it has none or it is not JSON. */
export function hostFaceKeyFromUrl(url: string): unknown {
  const encoded = new URL(url).searchParams.get(HOST_FACE_KEY_PARAM);
  if (encoded === null) return undefined;
  try {
    return JSON.parse(new TextDecoder().decode(base64url.decode(encoded))) as unknown;
  } catch {
    return undefined;
  }
}
