import { base64UrlText } from './base64Url';

/** The bytes of an ASCII text (base64url, JSON of base64url members): no TextEncoder needed. */
export const asciiBytes = (text: string): Uint8Array<ArrayBuffer> =>
  Uint8Array.from(text, (char) => char.charCodeAt(0));

/**
 * The RFC 7638 SHA-256 thumbprint of an EC P-256 public key, base64url: the `kid` a ticket names its
 * signing key by. Over the required members only, in lexicographic order (`crv`, `kty`, `x`, `y`).
 */
export async function es256Thumbprint(
  subtle: SubtleCrypto,
  jwk: { crv?: string; kty?: string; x?: string; y?: string },
): Promise<string> {
  const canonical = JSON.stringify({ crv: jwk.crv, kty: jwk.kty, x: jwk.x, y: jwk.y });
  return base64UrlText(new Uint8Array(await subtle.digest('SHA-256', asciiBytes(canonical))));
}
