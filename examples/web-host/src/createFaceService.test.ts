import { calculateJwkThumbprint, importJWK, jwtVerify } from 'jose';
import { expect, it } from 'vitest';
import { createFaceService } from './createFaceService';
import { createTicketSigner, TICKET_TTL_S } from './createTicketSigner';

const CHECK = {
  personId: 'P0001',
  purpose: 'declare',
  bizId: 'draft-web-host-7',
  nonce: 'face-nonce-00000001',
  frame: new TextEncoder().encode('jpeg bytes').buffer,
} as const;

it('signs a passed capture with the host key, naming it by its thumbprint', async () => {
  const signer = createTicketSigner();
  const ticket = await createFaceService(signer).verify({ ...CHECK, outcome: 'pass' });
  const jwk = await signer.publicJwk();
  const { payload, protectedHeader } = await jwtVerify(ticket, await importJWK(jwk, 'ES256'));
  expect(protectedHeader).toEqual({ alg: 'ES256', typ: 'JWT', kid: await calculateJwkThumbprint(jwk) });
  expect(payload).toMatchObject({ sub: 'P0001', purpose: 'declare', bizId: CHECK.bizId, nonce: CHECK.nonce });
  expect(payload.frame).toMatch(/^[A-Za-z0-9_-]{43}$/);
  expect((payload.exp ?? 0) - (payload.iat ?? 0)).toBe(TICKET_TTL_S);
});

it.each([
  ['livenessFailed', 'FACE_LIVENESS_FAILED'],
  ['notMatched', 'FACE_NOT_MATCHED'],
  ['cancelled', 'CANCELLED'],
] as const)('answers %s with %s and no ticket', async (outcome, code) => {
  await expect(createFaceService(createTicketSigner()).verify({ ...CHECK, outcome })).rejects.toMatchObject({
    code,
  });
});
