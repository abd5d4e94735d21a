import { LOCATION_TICKET_TYPE, signedFixOf } from '@hushi/bridge-spec';
import { HostFailure } from '@hushi/bridge-spec/host';
import type { HostMethod } from '@hushi/bridge-spec/host';
import type { TicketSigner } from './createTicketSigner';

/** What {@link createSignedLocationMethod} works with. */
export interface SignedLocationDependencies {
  /** The unsigned `location.get` (the browser's Geolocation API). */
  locate: HostMethod<'location.get'>;
  /** The host's signing key, the one its face tickets are signed with. */
  signer: TicketSigner;
  /** The person id of the logged-in user, or `undefined` when nobody is. */
  personId(): string | undefined;
}

/**
 * `location.get` of bridge 1.1 on top of an unsigned one: without a `challenge`, the fix as it is;
 * with one, the fix, `mocked: "unknown"` (a browser cannot tell a simulated position) and a `ticket`
 * signed with the host's key — `{sub, purpose, bizId, nonce, fix, mocked, iat, exp: iat + 120, jti}`
 * under `{alg: ES256, typ: hushi-location+jwt, kid}`, the fix field for field the one returned.
 * @throws {HostFailure} ATTESTATION_UNAVAILABLE when challenged with nobody logged in to sign for; the
 *   unsigned method's failures as they are
 */
export function createSignedLocationMethod(deps: SignedLocationDependencies): HostMethod<'location.get'> {
  return async (params) => {
    const { challenge } = params;
    if (!challenge) return deps.locate(params);
    const personId = deps.personId();
    if (personId === undefined)
      throw new HostFailure('ATTESTATION_UNAVAILABLE', 'Nobody is logged in to the host to sign the fix for');
    const fix = signedFixOf(await deps.locate(params));
    const mocked = 'unknown';
    const { purpose, bizId, nonce } = challenge;
    const ticket = await deps.signer.sign(LOCATION_TICKET_TYPE, personId, {
      purpose,
      bizId,
      nonce,
      fix,
      mocked,
    });
    return { ...fix, mocked, ticket };
  };
}
