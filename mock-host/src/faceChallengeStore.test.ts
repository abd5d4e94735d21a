import { expect, it } from 'vitest';
import { createFaceChallengeStore } from './faceChallengeStore';
import type { FaceChallengeBinding } from './faceChallengeStore';

const T0 = Date.UTC(2026, 10, 25, 2, 0, 0);
const DECLARE: FaceChallengeBinding = { personId: 'P0001', purpose: 'declare', bizId: 'D2026001' };

function setup() {
  const clock = { now: T0 };
  const challenges = createFaceChallengeStore({ now: () => clock.now, ttlMs: 60_000 });
  return { clock, challenges };
}

it('issues distinct nonces within face.verify’s nonce pattern, expiring after the lifetime', () => {
  const { challenges } = setup();
  const first = challenges.issue(DECLARE);
  const second = challenges.issue(DECLARE);
  expect(first).toMatchObject({ ...DECLARE, expiresAt: T0 + 60_000 });
  expect(first.nonce).toMatch(/^[A-Za-z0-9_-]{16,128}$/);
  expect(second.nonce).not.toBe(first.nonce);
});

it('uses a nonce up once: consumed, then used', () => {
  const { challenges } = setup();
  const { nonce } = challenges.issue(DECLARE);
  expect(challenges.consume(nonce, DECLARE)).toBe('consumed');
  expect(challenges.consume(nonce, DECLARE)).toBe('used');
});

it('refuses a nonce never issued, one past its lifetime and one presented for another binding', () => {
  const { clock, challenges } = setup();
  expect(challenges.consume('invented-nonce-0123456789', DECLARE)).toBe('unknown');
  const { nonce } = challenges.issue(DECLARE);
  expect(challenges.consume(nonce, { ...DECLARE, personId: 'P0002' })).toBe('wrong-person');
  expect(challenges.consume(nonce, { ...DECLARE, purpose: 'authorize' })).toBe('wrong-purpose');
  expect(challenges.consume(nonce, { ...DECLARE, bizId: 'D2026999' })).toBe('wrong-business');
  // A refused presentation leaves the nonce usable for the right one, until it expires.
  const late = challenges.issue(DECLARE);
  clock.now += 61_000;
  expect(challenges.consume(late.nonce, DECLARE)).toBe('expired');
  clock.now = T0;
  expect(challenges.consume(nonce, DECLARE)).toBe('consumed');
});

it('lists the open challenges of a person and purpose, newest first, without used or expired ones', () => {
  const { clock, challenges } = setup();
  const old = challenges.issue(DECLARE);
  clock.now += 30_000;
  const other = challenges.issue({ ...DECLARE, bizId: 'D2026002' });
  const used = challenges.issue(DECLARE);
  challenges.issue({ ...DECLARE, personId: 'P0002' });
  challenges.issue({ ...DECLARE, purpose: 'authorize' });
  challenges.consume(used.nonce, DECLARE);
  const nonces = (filter: Parameters<typeof challenges.open>[0]) =>
    challenges.open(filter).map((c) => c.nonce);
  expect(nonces({ personId: 'P0001', purpose: 'declare' })).toEqual([other.nonce, old.nonce]);
  expect(nonces({ personId: 'P0001', purpose: 'declare', bizId: 'D2026001' })).toEqual([old.nonce]);
  clock.now += 31_000;
  expect(nonces({ personId: 'P0001', purpose: 'declare' })).toEqual([other.nonce]);
  challenges.clear();
  expect(nonces({ personId: 'P0001', purpose: 'declare' })).toEqual([]);
});
