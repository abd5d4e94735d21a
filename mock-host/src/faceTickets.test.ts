import { expect, it } from 'vitest';
import { decodeJwt } from 'jose';
import { createFaceTicketService, FACE_TICKET_TTL_S, verifyFaceTicket } from './faceTickets';
import type { FaceTicketSubject } from './faceTickets';

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
