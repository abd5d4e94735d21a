import { expect, it } from 'vitest';
import { decodeJwt } from 'jose';
import { createFaceChallengeStore } from './faceChallengeStore';
import { createFaceTicketService, FACE_TICKET_TTL_S, verifyFaceTicket } from './faceTickets';
import type { FaceTicketSubject } from './faceTickets';

const T0 = Date.UTC(2026, 10, 25, 2, 0, 0);

/** A service on a clock the test moves, with one challenge issued to P0001 for a declaration. */
function setup() {
  const clock = { now: T0 };
  const faces = createFaceTicketService({ now: () => clock.now });
  const { nonce } = faces.challenges.issue({ personId: 'P0001', purpose: 'declare', bizId: 'D2026001' });
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

it('refuses the same ticket the second time as REPLAYED', async () => {
  const { faces, subject } = setup();
  const ticket = await faces.issue(subject);
  expect(await faces.verifyFaceTicket(ticket, subject)).toMatchObject({ ok: true });
  expect(await faces.verifyFaceTicket(ticket, subject)).toMatchObject({ ok: false, code: 'REPLAYED' });
  const again = await faces.issue(subject);
  expect(await faces.verifyFaceTicket(again, subject)).toMatchObject({ ok: false, code: 'REPLAYED' });
});

it('refuses a ticket for another business id as WRONG_BUSINESS', async () => {
  const { faces, subject } = setup();
  const ticket = await faces.issue({ ...subject, bizId: 'D2026999' });
  expect(await faces.verifyFaceTicket(ticket, subject)).toMatchObject({ ok: false, code: 'WRONG_BUSINESS' });
  // Nor does a ticket agreeing with the request help when the challenge was for another business.
  const matching = await faces.issue({ ...subject, bizId: 'D2026999' });
  expect(await faces.verifyFaceTicket(matching, { ...subject, bizId: 'D2026999' })).toMatchObject({
    ok: false,
    code: 'WRONG_BUSINESS',
  });
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

it('refuses a nonce the backend never issued as UNKNOWN_NONCE', async () => {
  const { faces, subject } = setup();
  const invented = { ...subject, nonce: 'invented-nonce-0123456789' };
  const ticket = await faces.issue(invented);
  expect(await faces.verifyFaceTicket(ticket, invented)).toMatchObject({ ok: false, code: 'UNKNOWN_NONCE' });
  // A ticket answering another challenge than the one this request was given.
  expect(await faces.verifyFaceTicket(ticket, subject)).toMatchObject({ ok: false, code: 'UNKNOWN_NONCE' });
});

it('keeps the nonce of a refused ticket usable for the right one', async () => {
  const { faces, subject } = setup();
  const wrong = await faces.issue({ ...subject, personId: 'P0002' });
  expect(await faces.verifyFaceTicket(wrong, subject)).toMatchObject({ ok: false });
  expect(await faces.verifyFaceTicket(await faces.issue(subject), subject)).toMatchObject({ ok: true });
});

it('verifies with only the public key and the challenge store, as a separate backend would', async () => {
  const challenges = createFaceChallengeStore({ now: () => T0 });
  const faces = createFaceTicketService({ now: () => T0, challenges });
  const { nonce } = challenges.issue({ personId: 'P0001', purpose: 'authorize', bizId: 'D1' });
  const subject: FaceTicketSubject = { personId: 'P0001', purpose: 'authorize', bizId: 'D1', nonce };
  const ticket = await faces.issue(subject);
  const context = { publicKey: await faces.publicKey(), challenges, now: () => T0 };
  expect(await verifyFaceTicket(ticket, subject, context)).toMatchObject({ ok: true });
});

it('refuses a challenge answered after its own lifetime as EXPIRED', async () => {
  const clock = { now: T0 };
  const challenges = createFaceChallengeStore({ now: () => clock.now, ttlMs: 60_000 });
  const faces = createFaceTicketService({ now: () => clock.now, challenges });
  const { nonce } = challenges.issue({ personId: 'P0001', purpose: 'declare', bizId: 'D1' });
  clock.now += 61_000;
  const subject: FaceTicketSubject = { personId: 'P0001', purpose: 'declare', bizId: 'D1', nonce };
  expect(await faces.verifyFaceTicket(await faces.issue(subject), subject)).toMatchObject({
    ok: false,
    code: 'EXPIRED',
  });
});
