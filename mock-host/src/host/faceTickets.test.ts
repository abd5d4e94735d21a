import { afterEach, expect, it, vi } from 'vitest';
import {
  calculateJwkThumbprint,
  decodeJwt,
  decodeProtectedHeader,
  exportJWK,
  generateKeyPair,
  SignJWT,
} from 'jose';
import { FaceKeyLimitError } from '../errors';
import { createFaceTicketService, FACE_TICKET_TTL_S, verifyFaceTicket } from './faceTickets';
import { MAX_TRUSTED_FACE_KEYS } from './hostKeyRing';
import type { FaceTicketSubject } from './faceTickets';
import { hostFaceKeyOf, importHostFaceKey } from './hostFaceKey';

const T0 = Date.UTC(2026, 10, 25, 2, 0, 0);

/** A service on a clock the test moves, and the challenge P0001 was given for a declaration. */
function setup() {
  const clock = { now: T0 };
  const faces = createFaceTicketService({ now: () => clock.now });
  const nonce = 'nonce-of-the-backend-0123456789ab';
  const subject: FaceTicketSubject = { personId: 'P0001', purpose: 'declare', bizId: 'D2026001', nonce };
  return { clock, faces, subject };
}

it('accepts a ticket it issued for the challenge, with the claims of the brief', async () => {
  const { faces, subject } = setup();
  const ticket = await faces.issue(subject);
  const check = await faces.verifyFaceTicket(ticket, subject);
  expect(check).toMatchObject({
    ok: true,
    claims: { sub: 'P0001', purpose: 'declare', bizId: 'D2026001', nonce: subject.nonce },
  });
  const claims = decodeJwt(ticket);
  expect(claims.exp).toBe((claims.iat ?? 0) + FACE_TICKET_TTL_S);
  expect(claims.iat).toBe(T0 / 1000);
  expect(typeof claims.jti).toBe('string');
});

it('refuses a ticket signed with another key as FORGED', async () => {
  const { faces, subject } = setup();
  const forger = createFaceTicketService({ now: () => T0 });
  const ticket = await forger.issue(subject);
  expect(await faces.verifyFaceTicket(ticket, subject)).toMatchObject({ ok: false, code: 'FORGED' });
  expect(await faces.verifyFaceTicket('not.a.ticket', subject)).toMatchObject({ ok: false, code: 'FORGED' });
});

it('refuses an edited ticket as FORGED', async () => {
  const { faces, subject } = setup();
  const [header, , signature] = (await faces.issue(subject)).split('.');
  const payload = Buffer.from(JSON.stringify({ sub: 'P0002', bizId: 'D2026001' })).toString('base64url');
  const check = await faces.verifyFaceTicket(`${header}.${payload}.${signature}`, subject);
  expect(check).toMatchObject({ ok: false, code: 'FORGED' });
});

it('refuses a ticket past its expiry as EXPIRED', async () => {
  const { clock, faces, subject } = setup();
  const ticket = await faces.issue(subject);
  clock.now += (FACE_TICKET_TTL_S + 1) * 1000;
  expect(await faces.verifyFaceTicket(ticket, subject)).toMatchObject({ ok: false, code: 'EXPIRED' });
});

it('refuses a ticket for another business id as WRONG_BUSINESS', async () => {
  const { faces, subject } = setup();
  const ticket = await faces.issue({ ...subject, bizId: 'D2026999' });
  expect(await faces.verifyFaceTicket(ticket, subject)).toMatchObject({ ok: false, code: 'WRONG_BUSINESS' });
});

it('refuses a ticket for another person as WRONG_PERSON', async () => {
  const { faces, subject } = setup();
  const ticket = await faces.issue({ ...subject, personId: 'P0002' });
  expect(await faces.verifyFaceTicket(ticket, subject)).toMatchObject({ ok: false, code: 'WRONG_PERSON' });
});

it('refuses a ticket for another purpose as WRONG_PURPOSE', async () => {
  const { faces, subject } = setup();
  const ticket = await faces.issue({ ...subject, purpose: 'authorize' });
  expect(await faces.verifyFaceTicket(ticket, subject)).toMatchObject({ ok: false, code: 'WRONG_PURPOSE' });
});

it('refuses a ticket answering another challenge as WRONG_NONCE', async () => {
  const { faces, subject } = setup();
  const ticket = await faces.issue({ ...subject, nonce: 'invented-nonce-0123456789' });
  expect(await faces.verifyFaceTicket(ticket, subject)).toMatchObject({ ok: false, code: 'WRONG_NONCE' });
});

it('verifies with only the public key, as a separate backend would', async () => {
  const { faces, subject } = setup();
  const ticket = await faces.issue(subject);
  const context = { publicKey: await faces.publicKey(), now: () => T0 };
  expect(await verifyFaceTicket(ticket, subject, context)).toMatchObject({ ok: true });
  const other = createFaceTicketService({ now: () => T0 });
  expect(
    await verifyFaceTicket(ticket, subject, { ...context, publicKey: await other.publicKey() }),
  ).toMatchObject({
    ok: false,
    code: 'FORGED',
  });
});

afterEach(() => {
  vi.restoreAllMocks();
});

/** Another face service's key pair, trusted by nothing yet, signing tickets with or without `kid`. */
async function otherService() {
  const { privateKey, publicKey } = await generateKeyPair('ES256');
  const key = await hostFaceKeyOf(publicKey);
  const sign = (subject: FaceTicketSubject, kid?: string) =>
    new SignJWT({ purpose: subject.purpose, bizId: subject.bizId, nonce: subject.nonce })
      .setProtectedHeader(kid === undefined ? { alg: 'ES256' } : { alg: 'ES256', kid })
      .setSubject(subject.personId)
      .setIssuedAt(T0 / 1000)
      .setExpirationTime(T0 / 1000 + 60)
      .setJti('jti-1')
      .sign(privateKey);
  return { key, sign };
}

it('names its key in the ticket: kid is the RFC 7638 thumbprint of its public key', async () => {
  const { faces, subject } = setup();
  const { kid } = decodeProtectedHeader(await faces.issue(subject));
  expect(kid).toBe(await calculateJwkThumbprint(await exportJWK(await faces.publicKey())));
});

it('gives the claims of a genuine ticket when asked without an expectation', async () => {
  const { faces, subject } = setup();
  const check = await faces.verifyFaceTicket(await faces.issue({ ...subject, bizId: 'D2026999' }));
  expect(check).toMatchObject({
    ok: true,
    claims: { sub: 'P0001', bizId: 'D2026999', nonce: subject.nonce },
  });
});

it('checks a ticket with the one key its kid names, and refuses an unknown kid without trying any', async () => {
  const { faces, subject } = setup();
  const others = await Promise.all([otherService(), otherService(), otherService()]);
  for (const other of others) faces.trust(other.key);
  const signatureChecks = vi.spyOn(globalThis.crypto.subtle, 'verify');
  const last = others[2];
  expect(await faces.verifyFaceTicket(await last.sign(subject, last.key.thumbprint))).toMatchObject({
    ok: true,
  });
  expect(signatureChecks).toHaveBeenCalledTimes(1);
  // A kid naming a trusted key does not let another key's signature through.
  expect(await faces.verifyFaceTicket(await last.sign(subject, others[0].key.thumbprint))).toMatchObject({
    ok: false,
    code: 'FORGED',
  });
  expect(signatureChecks).toHaveBeenCalledTimes(2);
  const stranger = await otherService();
  expect(await faces.verifyFaceTicket(await stranger.sign(subject, stranger.key.thumbprint))).toMatchObject({
    ok: false,
    code: 'FORGED',
  });
  expect(signatureChecks).toHaveBeenCalledTimes(2);
});

it('tries a ticket without kid with its own key, then each trusted key, at most 1 + the cap', async () => {
  const { faces, subject } = setup();
  const others = await Promise.all([otherService(), otherService(), otherService()]);
  for (const other of others) faces.trust(other.key);
  const signatureChecks = vi.spyOn(globalThis.crypto.subtle, 'verify');
  expect(await faces.verifyFaceTicket(await others[1].sign(subject), subject)).toMatchObject({ ok: true });
  expect(signatureChecks).toHaveBeenCalledTimes(3);
  signatureChecks.mockClear();
  const stranger = await otherService();
  expect(await faces.verifyFaceTicket(await stranger.sign(subject))).toMatchObject({
    ok: false,
    code: 'FORGED',
  });
  expect(signatureChecks).toHaveBeenCalledTimes(4);
});

it('trusts a key once however often it is given, its own key not at all, and lists them to persist', async () => {
  const { faces } = setup();
  const { key } = await otherService();
  expect(faces.trust(key)).toEqual({ thumbprint: key.thumbprint, added: true });
  // The same public key, imported again from a JWK with extra members, has the same thumbprint.
  const again = await importHostFaceKey({ ...key.jwk, kid: 'my-key', use: 'sig' });
  expect(again?.jwk).toEqual(key.jwk);
  expect(again && faces.trust(again)).toEqual({ thumbprint: key.thumbprint, added: false });
  await faces.issue({ personId: 'P0001', purpose: 'declare', bizId: 'D1', nonce: 'n0123456789abcdef' });
  expect(faces.trust(await hostFaceKeyOf(await faces.publicKey()))).toMatchObject({ added: false });
  expect(faces.trustedKeyCount()).toBe(1);
  expect(faces.trustedKeys()).toEqual([{ ...key.jwk, kid: key.thumbprint }]);
});

it('refuses to trust more than MAX_TRUSTED_FACE_KEYS other keys', async () => {
  const { faces } = setup();
  const keys = await Promise.all(Array.from({ length: MAX_TRUSTED_FACE_KEYS + 1 }, () => otherService()));
  for (const { key } of keys.slice(0, -1)) faces.trust(key);
  const last = keys[MAX_TRUSTED_FACE_KEYS];
  expect(() => last && faces.trust(last.key)).toThrow(FaceKeyLimitError);
  expect(faces.trustedKeyCount()).toBe(MAX_TRUSTED_FACE_KEYS);
  // One trusted already is still answered.
  expect(keys[0] && faces.trust(keys[0].key)).toMatchObject({ added: false });
});

it('imports only ES256 public keys', async () => {
  const { privateKey } = await generateKeyPair('ES256', { extractable: true });
  expect(await importHostFaceKey(await exportJWK(privateKey))).toBeUndefined();
  expect(await importHostFaceKey({ kty: 'EC', crv: 'P-256', x: 'AA', y: 'AA' })).toBeUndefined();
  expect(await importHostFaceKey({ kty: 'RSA', n: 'AQAB', e: 'AQAB' })).toBeUndefined();
  expect(await importHostFaceKey('{}')).toBeUndefined();
});
