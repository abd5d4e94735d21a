import { webHostOrigin } from './webHostOrigin';

/**
 * The query parameter in which a web host hands the H5 build the public key its tickets are signed
 * with, a JWK as base64url JSON (examples/web-host; HOST_FACE_KEY_PARAM of the mock host).
 */
export const HOST_KEY_PARAM = 'hostFaceKey';

/** The JWK in `search`'s {@link HOST_KEY_PARAM}, as a list; empty when there is none or it is no JSON object. */
export function hostKeysOf(search: string): JsonWebKey[] {
  const encoded = new URLSearchParams(search).get(HOST_KEY_PARAM);
  if (!encoded) return [];
  try {
    const key: unknown = JSON.parse(atob(encoded.replace(/-/g, '+').replace(/_/g, '/')));
    return typeof key === 'object' && key !== null && !Array.isArray(key) ? [key] : [];
  } catch {
    return [];
  }
}

/**
 * The public keys of the web host this H5 build runs in (an allowed parent frame, {@link webHostOrigin}),
 * as its URL hands them over: what 桥接一致性检查 verifies the host's ticket signatures with. Empty
 * anywhere else.
 */
export function webHostKeys(): JsonWebKey[] {
  return webHostOrigin() === undefined ? [] : hostKeysOf(window.location.search);
}
