import { base64UrlBytes } from './base64Url';
import { isRecord } from '../isRecord';

/** A JWS in compact serialization, decoded but NOT verified. */
export interface DecodedJws {
  /** The protected header. */
  header: Record<string, unknown>;
  /** The payload, a JSON object. */
  payload: Record<string, unknown>;
  /** `header.payload` as sent: what the signature covers. */
  signingInput: string;
  /** The signature's bytes. */
  signature: Uint8Array<ArrayBuffer>;
}

/** UTF-8 bytes to text, without TextDecoder (missing in some mini-program runtimes). */
function utf8(bytes: Uint8Array): string {
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

/** The JSON object a base64url part encodes, or `null`. */
function jsonObject(part: string): Record<string, unknown> | null {
  const bytes = base64UrlBytes(part);
  if (!bytes) return null;
  try {
    const value: unknown = JSON.parse(utf8(bytes));
    return isRecord(value) ? value : null;
  } catch {
    return null;
  }
}

/**
 * A JWS in compact serialization split into its decoded parts, NOT verified; `null` when it is not
 * three base64url parts whose header and payload are JSON objects.
 * @example decodeJws(ticket)?.header.kid
 */
export function decodeJws(token: string): DecodedJws | null {
  const parts = token.split('.');
  if (parts.length !== 3) return null;
  const [headerPart = '', payloadPart = '', signaturePart = ''] = parts;
  const header = jsonObject(headerPart);
  const payload = jsonObject(payloadPart);
  const signature = base64UrlBytes(signaturePart);
  if (!header || !payload || !signature) return null;
  return { header, payload, signingInput: `${headerPart}.${payloadPart}`, signature };
}
