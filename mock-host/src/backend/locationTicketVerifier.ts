import type { LocationTicketPayload } from '@hushi/bridge-spec';

/**
 * What a {@link LocationTicketVerifier} decides: the ticket's claims when a trusted host key signed it
 * as a location ticket and it is unexpired, or the `code` saying why it was refused (`FORGED`,
 * `EXPIRED`, `LIFETIME`).
 */
export type LocationTicketVerdict = { ok: true; claims: LocationTicketPayload } | { ok: false; code: string };

/**
 * Verifies a host's signed location ticket (bridge 1.1): signature, `typ`, expiry, lifetime and
 * payload shape, and gives its claims; the backend then compares them with its challenge and the
 * request. Injected into the mock backend; the real one (JWS, `jose`) lives in `locationTickets.ts`.
 */
export type LocationTicketVerifier = (ticket: string) => Promise<LocationTicketVerdict>;

/** The default {@link LocationTicketVerifier}: refuses every ticket, so nothing passes without a real one. */
export const rejectAllLocationTickets: LocationTicketVerifier = () =>
  Promise.resolve({ ok: false, code: 'FORGED' });
