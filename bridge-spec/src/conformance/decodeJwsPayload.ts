import { decodeJws } from './decodeJws';

/**
 * The payload of a JWS in compact serialization, decoded but NOT verified (the backend verifies the
 * signature); `null` when it is not a JWS with a JSON object header and payload.
 * @example decodeJwsPayload(ticket)?.nonce
 */
export function decodeJwsPayload(token: string): Record<string, unknown> | null {
  return decodeJws(token)?.payload ?? null;
}
