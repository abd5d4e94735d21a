import { calculateJwkThumbprint, decodeProtectedHeader, importJWK, jwtVerify } from 'jose';
import { expect, it } from 'vitest';
import { resultValidators, validateLocationTicketPayload } from '@hushi/bridge-spec';
import type { LocationGetParams } from '@hushi/bridge-spec';
import { HostFailure } from '@hushi/bridge-spec/host';
import { createLocationMethod } from './createLocationMethod';
import { LOCATION_TICKET_TYPE } from '@hushi/bridge-spec';
import { createSignedLocationMethod } from './createSignedLocationMethod';
import { createTicketSigner, TICKET_TTL_S } from './createTicketSigner';

/** A browser's Geolocation API that answers one fix at 二连浩特, or refuses. */
function geolocation(refuse = false): Geolocation {
  return {
    getCurrentPosition(success: PositionCallback, failure?: PositionErrorCallback | null) {
      if (refuse) {
        failure?.({ code: 1, message: 'denied' } as GeolocationPositionError);
        return;
      }
      success({
        coords: { latitude: 43.672, longitude: 111.97, accuracy: 12.5 },
        timestamp: 1_767_000_000_123,
      } as GeolocationPosition);
    },
  } as Geolocation;
}

const CHALLENGE = { nonce: 'location-nonce-0000001', purpose: 'declare', bizId: 'draft-web-host-7' } as const;
const FIX = {
  lat: 43.672,
  lng: 111.97,
  datum: 'wgs84',
  accuracy: 12.5,
  timestamp: 1_767_000_000_123,
  source: 'unknown',
} as const;

function method({ loggedIn = true, refuse = false } = {}) {
  const signer = createTicketSigner({ now: () => 1_767_000_001_000 });
  const get = createSignedLocationMethod({
    locate: createLocationMethod(geolocation(refuse)),
    signer,
    personId: () => (loggedIn ? 'P0001' : undefined),
  });
  return { signer, get: (params: LocationGetParams) => Promise.resolve(get(params)) };
}

it('signs a challenged fix with the host key: the contract header and payload, verified with jose', async () => {
  const { signer, get } = method();
  const result = await get({ datum: 'wgs84', challenge: CHALLENGE });
  expect(resultValidators['location.get'](result)).toBe(true);
  expect(result).toMatchObject({ ...FIX, mocked: 'unknown' });
  const jwk = await signer.publicJwk();
  const { payload, protectedHeader } = await jwtVerify(result.ticket ?? '', await importJWK(jwk, 'ES256'), {
    typ: LOCATION_TICKET_TYPE,
    currentDate: new Date(1_767_000_001_000),
  });
  expect(protectedHeader).toEqual({
    alg: 'ES256',
    typ: 'hushi-location+jwt',
    kid: await calculateJwkThumbprint(jwk),
  });
  expect(validateLocationTicketPayload(payload)).toBe(true);
  expect(payload).toEqual({
    sub: 'P0001',
    ...CHALLENGE,
    fix: FIX,
    mocked: 'unknown',
    iat: 1_767_000_001,
    exp: 1_767_000_001 + TICKET_TTL_S,
    jti: expect.stringMatching(/^[0-9a-f-]{36}$/) as unknown,
  });
});

it('signs with the same key as the face tickets: one kid, one public key', async () => {
  const { signer, get } = method();
  const { ticket } = await get({ datum: 'wgs84', challenge: CHALLENGE });
  const face = await signer.sign('JWT', 'P0001', { purpose: 'declare', bizId: 'b', nonce: 'n' });
  expect(decodeProtectedHeader(face).kid).toBe(decodeProtectedHeader(ticket ?? '').kid);
  // Another host's key does not verify it.
  const other = await createTicketSigner().publicJwk();
  await expect(jwtVerify(ticket ?? '', await importJWK(other, 'ES256'))).rejects.toThrow();
});

it('answers the fix as before without a challenge: no ticket, no mocked', async () => {
  const { get } = method({ loggedIn: false });
  expect(await get({ datum: 'wgs84' })).toEqual(FIX);
});

it('refuses a challenge with nobody logged in to sign for (ATTESTATION_UNAVAILABLE)', async () => {
  const { get } = method({ loggedIn: false });
  const failure = await get({ datum: 'wgs84', challenge: CHALLENGE }).catch((error: unknown) => error);
  expect(failure).toBeInstanceOf(HostFailure);
  expect(failure).toMatchObject({ code: 'ATTESTATION_UNAVAILABLE' });
});

it('keeps the browser’s failure of a challenged fix, and signs nothing', async () => {
  const { get } = method({ refuse: true });
  await expect(get({ datum: 'wgs84', challenge: CHALLENGE })).rejects.toMatchObject({
    code: 'PERMISSION_DENIED',
  });
});
