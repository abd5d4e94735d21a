import { base64url, importJWK } from 'jose';
import { isRecord } from './isRecord';

/**
 * The query parameter in which a web host hands the H5 dev build its face service's public key (a JWK
 * as base64url JSON), for the mock backend in the page to trust; see examples/web-host.
 */
export const HOST_FACE_KEY_PARAM = 'hostFaceKey';

/** Whether `value` is the public half of an ES256 (P-256) key as a JWK, with no private part. */
function isPublicEs256Jwk(value: unknown): value is { kty: 'EC'; crv: 'P-256'; x: string; y: string } {
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
 * `jwk` is not an ES256 (P-256) public key (a private key is refused too).
 */
export async function importHostFaceKey(jwk: unknown): Promise<CryptoKey | undefined> {
  if (!isPublicEs256Jwk(jwk)) return undefined;
  const key = await importJWK(jwk, 'ES256').catch(() => undefined);
  return key instanceof Uint8Array ? undefined : key;
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
