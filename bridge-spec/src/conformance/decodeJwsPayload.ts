const ALPHABET = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_';

/** Bytes of a base64url text, or `null` when it is not one. */
function base64UrlBytes(text: string): number[] | null {
  const bytes: number[] = [];
  let buffer = 0;
  let bits = 0;
  for (const char of text) {
    const value = ALPHABET.indexOf(char);
    if (value < 0) return null;
    buffer = (buffer << 6) | value;
    bits += 6;
    if (bits >= 8) {
      bits -= 8;
      bytes.push((buffer >> bits) & 0xff);
    }
  }
  return bytes;
}

/** UTF-8 bytes to text, without TextDecoder (missing in some mini-program runtimes). */
function utf8(bytes: readonly number[]): string {
  let text = '';
  for (let i = 0; i < bytes.length;) {
    const b = bytes[i] ?? 0;
    const size = b < 0x80 ? 1 : b >= 0xf0 ? 4 : b >= 0xe0 ? 3 : 2;
    let code = size === 1 ? b : b & (0xff >> (size + 1));
    for (let k = 1; k < size; k++) code = (code << 6) | ((bytes[i + k] ?? 0) & 0x3f);
    text += String.fromCodePoint(code);
    i += size;
  }
  return text;
}

/**
 * The payload of a JWS in compact serialization, decoded but NOT verified (the backend verifies the
 * signature); `null` when it is not a JWS with a JSON object payload.
 * @example decodeJwsPayload(ticket)?.nonce
 */
export function decodeJwsPayload(token: string): Record<string, unknown> | null {
  const parts = token.split('.');
  if (parts.length !== 3) return null;
  const bytes = base64UrlBytes(parts[1] ?? '');
  if (!bytes) return null;
  try {
    const payload: unknown = JSON.parse(utf8(bytes));
    return typeof payload === 'object' && payload !== null && !Array.isArray(payload)
      ? (payload as Record<string, unknown>)
      : null;
  } catch {
    return null;
  }
}
