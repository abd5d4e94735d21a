import { base64url } from 'jose';

/**
 * `byteCount` random bytes from Web Crypto (`crypto.getRandomValues`, in Node 20 and in browsers),
 * base64url-encoded: the mock host's tokens, codes and nonces, with no `node:crypto` so it runs in a page.
 */
export function randomBase64url(byteCount: number): string {
  return base64url.encode(crypto.getRandomValues(new Uint8Array(byteCount)));
}
