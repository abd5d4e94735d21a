import type { LocationGetResult, LocationTicketPayload } from './generated/types';

/** The protected header `typ` of a location ticket: it never passes for a face ticket. */
export const LOCATION_TICKET_TYPE = 'hushi-location+jwt';

/** Longest lifetime of a location ticket, seconds (`exp - iat`). */
export const LOCATION_TICKET_MAX_LIFETIME_S = 120;

/** The contract of `location.get` from which a host signs a challenged fix (`supports('location.get', …)`). */
export const SIGNED_LOCATION_CONTRACT = '1.1.0';

/** The fix a location ticket signs. */
export type SignedFix = LocationTicketPayload['fix'];

/** The fields of a `location.get` result that make its fix: what a ticket signs, field for field. */
export const SIGNED_FIX_FIELDS = ['lat', 'lng', 'datum', 'accuracy', 'timestamp', 'source'] as const;

/**
 * The fix of a `location.get` result, and nothing else (no `mocked`, no `ticket`): what a host signs
 * and what a client sends beside the ticket.
 * @example signedFixOf(await bridge.call('location.get', { datum: 'wgs84', challenge }))
 */
export function signedFixOf({ lat, lng, datum, accuracy, timestamp, source }: LocationGetResult): SignedFix {
  return { lat, lng, datum, accuracy, timestamp, source };
}
