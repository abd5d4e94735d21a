// The backend's fence on the host-signed fix (bridge 1.1): every refused kind of location ticket, and
// the policy for hosts that cannot sign yet, through `handle` as the sdk client calls it.
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { SignJWT } from 'jose';
import { createCustomsBackend } from '../src/backend/customsBackend';
import type { LocationPolicy } from '../src/backend/locationCheck';
import { DALUO_INSIDE, FAR_OUTSIDE } from '../src/backend/seedFences';
import { sampleEntryInput } from '../src/backend/seedDeclarations';
import { SEED_PERSONS } from '../src/backend/seedPersons';
import { createFaceTicketService } from '../src/host/faceTickets';
import { createHostKeyRing } from '../src/host/hostKeyRing';
import { LOCATION_TICKET_TYPE } from '@hushi/bridge-spec';
import type { SignedFix } from '@hushi/bridge-spec';
import { createLocationTicketService } from '../src/host/locationTickets';
import { loginCaller, standInFaceVerifier } from './support/backendCalls';
import type { BackendCaller } from './support/backendCalls';
import { openTestDatabase } from './support/testDatabases';

let clock = Date.now();
const keys = createHostKeyRing();
const fixes = createLocationTicketService({ keys, now: () => clock });
let policy: LocationPolicy = 'development';
const testDatabase = await openTestDatabase();
const backend = createCustomsBackend({
  now: () => clock,
  verifyFaceTicket: standInFaceVerifier,
  verifyLocationTicket: (ticket) => fixes.verify(ticket),
  locationPolicy: () => policy,
  database: testDatabase.database,
});

/** A caller whose auth code a bridge 1.1 host minted, one of a host that did not say, one of another person. */
let signing: BackendCaller;
let unsaid: BackendCaller;
let other: BackendCaller;

beforeAll(async () => {
  await backend.ready;
  signing = await loginCaller(backend, SEED_PERSONS.resident.id, 'resident', { hostBridgeVersion: '1.1.0' });
  unsaid = await loginCaller(backend, SEED_PERSONS.resident.id, 'resident');
  other = await loginCaller(backend, SEED_PERSONS.secondResident.id, 'resident', {
    hostBridgeVersion: '1.1.0',
  });
});
afterEach(() => {
  clock = Date.now();
  policy = 'development';
});
afterAll(() => testDatabase.dispose());

let drafts = 0;
const fixAt = (point: { lat: number; lng: number }): SignedFix => ({
  ...point,
  datum: 'wgs84',
  accuracy: 10,
  timestamp: clock,
  source: 'gps',
});

/** A location challenge of the caller for `bizId`: its nonce. */
async function challenge(caller: BackendCaller, bizId: string): Promise<string> {
  const reply = await caller.call('createLocationChallenge', { body: { businessId: bizId } });
  expect(reply.status).toBe(201);
  return (reply.body as { nonce: string }).nonce;
}

/** What a 1.1 host signs for the caller's challenge, with the fix (inside Daluo unless given). */
async function signedFor(
  caller: BackendCaller,
  bizId: string,
  {
    fix = fixAt(DALUO_INSIDE),
    mocked = false,
    personId = caller.personId,
  }: { fix?: SignedFix; mocked?: boolean | 'unknown'; personId?: string } = {},
): Promise<{ ticket: string; fix: SignedFix }> {
  const nonce = await challenge(caller, bizId);
  return { ticket: await fixes.issue({ personId, purpose: 'declare', bizId, nonce }, fix, mocked), fix };
}

/** A new entry 申报 with the draft id, the evidence given: status and backend code. */
async function submit(
  caller: BackendCaller,
  draftId: string,
  evidence: { location?: unknown; locationTicket?: string },
): Promise<{ status: number; code: string | undefined; message: string | undefined }> {
  const reply = await caller.call('submit', {
    params: { kind: 'entry' },
    body: {
      declaration: sampleEntryInput(),
      draftId,
      faceTicket: await caller.faceTicket('submit', draftId),
      ...evidence,
    },
  });
  const body = reply.body as { code?: string; message?: string; status?: string };
  return { status: reply.status, code: body.code ?? body.status, message: body.message };
}

const newDraft = (): string => `draft-loc${++drafts}`;

it('declares with a signed fix inside the fence, the body fix equal to it', async () => {
  const draft = newDraft();
  const { ticket, fix } = await signedFor(signing, draft);
  expect(await submit(signing, draft, { location: fix, locationTicket: ticket })).toMatchObject({
    status: 201,
    code: 'declared',
  });
});

it('judges the fence on the signed fix: a signed fix outside is refused whatever the body says', async () => {
  const draft = newDraft();
  const { ticket } = await signedFor(signing, draft, { fix: fixAt(FAR_OUTSIDE) });
  expect(await submit(signing, draft, { locationTicket: ticket })).toMatchObject({
    status: 422,
    message: '当前位置不在申报区域内',
  });
  // The hostile client's case: a made-up 打洛 fix next to a ticket that signed Hohhot-far-away.
  const again = newDraft();
  const far = await signedFor(signing, again, { fix: fixAt(FAR_OUTSIDE) });
  expect(
    await submit(signing, again, { location: fixAt(DALUO_INSIDE), locationTicket: far.ticket }),
  ).toMatchObject({ status: 403, code: 'LOCATION_TICKET_MISMATCH' });
});

describe('refuses each kind of bad ticket, with 403 and its code', () => {
  it('forged: signed by a key the backend does not trust', async () => {
    const draft = newDraft();
    const nonce = await challenge(signing, draft);
    const stranger = createLocationTicketService({ now: () => clock });
    const subject = { personId: signing.personId, purpose: 'declare', bizId: draft, nonce } as const;
    const ticket = await stranger.issue(subject, fixAt(DALUO_INSIDE), false);
    expect(await submit(signing, draft, { locationTicket: ticket })).toMatchObject({
      status: 403,
      code: 'LOCATION_TICKET_FORGED',
      message: '定位验证未通过，请重新定位',
    });
  });

  it('edited: the payload changed after signing (moved into the fence)', async () => {
    const draft = newDraft();
    const { ticket } = await signedFor(signing, draft, { fix: fixAt(FAR_OUTSIDE) });
    const [header, payload, signature] = ticket.split('.') as [string, string, string];
    const claims = JSON.parse(Buffer.from(payload, 'base64url').toString()) as { fix: SignedFix };
    claims.fix = fixAt(DALUO_INSIDE);
    const edited = `${header}.${Buffer.from(JSON.stringify(claims)).toString('base64url')}.${signature}`;
    expect(await submit(signing, draft, { locationTicket: edited })).toMatchObject({
      status: 403,
      code: 'LOCATION_TICKET_FORGED',
    });
  });

  it('a face ticket of the same host key is not a location ticket', async () => {
    const draft = newDraft();
    const nonce = await challenge(signing, draft);
    const faces = createFaceTicketService({ keys, now: () => clock });
    const face = await faces.issue({ personId: signing.personId, purpose: 'declare', bizId: draft, nonce });
    expect(await submit(signing, draft, { locationTicket: face })).toMatchObject({
      code: 'LOCATION_TICKET_FORGED',
    });
  });

  it('other person: a ticket signed for someone else', async () => {
    const draft = newDraft();
    const { ticket } = await signedFor(signing, draft, { personId: SEED_PERSONS.secondResident.id });
    expect(await submit(signing, draft, { locationTicket: ticket })).toMatchObject({
      code: 'LOCATION_TICKET_WRONG_PERSON',
    });
    // Nor can the other person use the ticket of this one.
    const own = newDraft();
    const theirs = await signedFor(signing, own);
    expect(await submit(other, own, { locationTicket: theirs.ticket })).toMatchObject({
      code: 'LOCATION_TICKET_WRONG_PERSON',
    });
  });

  it('other business: a ticket bound to another declaration', async () => {
    const draft = newDraft();
    const { ticket } = await signedFor(signing, newDraft());
    expect(await submit(signing, draft, { locationTicket: ticket })).toMatchObject({
      code: 'LOCATION_TICKET_WRONG_BUSINESS',
    });
  });

  it('unknown challenge: a nonce the backend never issued', async () => {
    const draft = newDraft();
    const subject = {
      personId: signing.personId,
      purpose: 'declare',
      bizId: draft,
      nonce: 'made-up-nonce-0123456789',
    } as const;
    const ticket = await fixes.issue(subject, fixAt(DALUO_INSIDE), false);
    expect(await submit(signing, draft, { locationTicket: ticket })).toMatchObject({
      code: 'LOCATION_TICKET_WRONG_NONCE',
    });
  });

  it('replayed: a ticket presented a second time finds its challenge used', async () => {
    const saved = await signing.call('saveDraft', {
      params: { kind: 'entry' },
      body: { declaration: sampleEntryInput() },
    });
    const pre = (saved.body as { preEntryNumber: string }).preEntryNumber;
    const { ticket } = await signedFor(signing, pre);
    const submitSaved = async (faceTicket: string) => {
      const reply = await signing.call('submit', {
        params: { kind: 'entry' },
        body: { declaration: sampleEntryInput(), preEntryNumber: pre, faceTicket, locationTicket: ticket },
      });
      return { status: reply.status, code: (reply.body as { code?: string }).code };
    };
    // The first presentation passes the location check (its challenge is used up), then the face fails.
    expect(await submitSaved('not-a-face-ticket')).toEqual({ status: 403, code: 'BAD_TICKET' });
    expect(await submitSaved(await signing.faceTicket('submit', pre))).toEqual({
      status: 403,
      code: 'LOCATION_CHALLENGE_USED',
    });
  });

  it('expired: a ticket past its exp, and a challenge past its lifetime', async () => {
    const draft = newDraft();
    const { ticket } = await signedFor(signing, draft);
    clock += 121_000;
    expect(await submit(signing, draft, { locationTicket: ticket })).toMatchObject({
      code: 'LOCATION_TICKET_EXPIRED',
    });
    clock = Date.now();
    const late = newDraft();
    const nonce = await challenge(signing, late);
    clock += 6 * 60_000; // the challenge lives 5 minutes; the ticket is signed late, fresh
    const subject = { personId: signing.personId, purpose: 'declare', bizId: late, nonce } as const;
    const fresh = await fixes.issue(subject, fixAt(DALUO_INSIDE), false);
    expect(await submit(signing, late, { locationTicket: fresh })).toMatchObject({
      code: 'LOCATION_CHALLENGE_EXPIRED',
    });
  });

  it('lifetime: a ticket that would live longer than 120 s', async () => {
    const draft = newDraft();
    const nonce = await challenge(signing, draft);
    const { privateKey, thumbprint } = await keys.own();
    const iat = Math.floor(clock / 1000);
    const ticket = await new SignJWT({
      purpose: 'declare',
      bizId: draft,
      nonce,
      fix: fixAt(DALUO_INSIDE),
      mocked: false,
    })
      .setProtectedHeader({ alg: 'ES256', typ: LOCATION_TICKET_TYPE, kid: thumbprint })
      .setSubject(signing.personId)
      .setIssuedAt(iat)
      .setExpirationTime(iat + 3600)
      .setJti('long-lived')
      .sign(privateKey);
    expect(await submit(signing, draft, { locationTicket: ticket })).toMatchObject({
      code: 'LOCATION_TICKET_LIFETIME',
    });
  });

  it('mocked: true is refused with the message to turn simulated positions off', async () => {
    const draft = newDraft();
    const { ticket, fix } = await signedFor(signing, draft, { mocked: true });
    expect(await submit(signing, draft, { location: fix, locationTicket: ticket })).toEqual({
      status: 403,
      code: 'LOCATION_MOCKED',
      message: '检测到模拟定位，请关闭模拟定位后重试',
    });
    // `unknown` (a browser cannot tell) is accepted.
    const browser = newDraft();
    const unknown = await signedFor(signing, browser, { mocked: 'unknown' });
    expect((await submit(signing, browser, { locationTicket: unknown.ticket })).status).toBe(201);
  });

  it('a refused ticket leaves its challenge open for the right one', async () => {
    const draft = newDraft();
    const nonce = await challenge(signing, draft);
    const subject = { personId: signing.personId, purpose: 'declare', bizId: draft, nonce } as const;
    const mocked = await fixes.issue(subject, fixAt(DALUO_INSIDE), true);
    expect((await submit(signing, draft, { locationTicket: mocked })).code).toBe('LOCATION_MOCKED');
    const honest = await fixes.issue(subject, fixAt(DALUO_INSIDE), false);
    expect((await submit(signing, draft, { locationTicket: honest })).status).toBe(201);
  });
});

describe('the policy for fixes without a ticket', () => {
  it('accepts an unsigned fix from a host that did not declare 1.1, in development', async () => {
    expect((await submit(unsaid, newDraft(), { location: fixAt(DALUO_INSIDE) })).status).toBe(201);
  });

  it('refuses an unsigned fix from a session whose host declared 1.1, even in development', async () => {
    expect(await submit(signing, newDraft(), { location: fixAt(DALUO_INSIDE) })).toEqual({
      status: 403,
      code: 'LOCATION_TICKET_REQUIRED',
      message: '当前版本无法验证定位信息，请升级掌上单一窗口后重试',
    });
  });

  it('refuses every unsigned fix when strict, and still accepts a signed one', async () => {
    policy = 'strict';
    expect((await submit(unsaid, newDraft(), { location: fixAt(DALUO_INSIDE) })).code).toBe(
      'LOCATION_TICKET_REQUIRED',
    );
    const draft = newDraft();
    const { ticket } = await signedFor(unsaid, draft);
    expect((await submit(unsaid, draft, { locationTicket: ticket })).status).toBe(201);
  });

  it('a session of a 1.0 host is strict-refused too, and its auth code cannot claim a bad version', async () => {
    policy = 'strict';
    const old = await loginCaller(backend, SEED_PERSONS.resident.id, 'resident', {
      hostBridgeVersion: '1.0.0',
    });
    expect((await submit(old, newDraft(), { location: fixAt(DALUO_INSIDE) })).code).toBe(
      'LOCATION_TICKET_REQUIRED',
    );
    policy = 'development';
    expect((await submit(old, newDraft(), { location: fixAt(DALUO_INSIDE) })).status).toBe(201);
    await expect(
      backend.mintAuthCode(SEED_PERSONS.resident.id, { hostBridgeVersion: '1.1' }),
    ).rejects.toThrow(TypeError);
  });
});
