import { expect, it } from 'vitest';
import { createChallengeStore, MAX_CHALLENGES } from './challengeStore';
import type { ChallengeBinding } from './challengeStore';

const T0 = Date.UTC(2026, 10, 25, 2, 0, 0);
const DECLARE: ChallengeBinding = { personId: 'P0001', purpose: 'declare', bizId: 'D2026001' };

function setup() {
  const clock = { now: T0 };
  const challenges = createChallengeStore({ now: () => clock.now, ttlMs: 60_000 });
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

it('remembers a used or expired challenge for one more lifetime after its expiry, then forgets it', () => {
  const { clock, challenges } = setup();
  const used = challenges.issue(DECLARE);
  const expired = challenges.issue(DECLARE);
  expect(challenges.consume(used.nonce, DECLARE)).toBe('consumed');
  clock.now += 61_000;
  // A replay within the window is told the nonce was used, a late ticket that its challenge expired.
  expect(challenges.consume(used.nonce, DECLARE)).toBe('used');
  expect(challenges.consume(expired.nonce, DECLARE)).toBe('expired');
  challenges.issue(DECLARE);
  expect(challenges.size()).toBe(3);
  clock.now = T0 + 120_001; // past expiry + ttl of the first two
  const fresh = challenges.issue(DECLARE);
  expect(challenges.size()).toBe(2);
  expect(challenges.consume(used.nonce, DECLARE)).toBe('unknown');
  expect(challenges.consume(expired.nonce, DECLARE)).toBe('unknown');
  expect(challenges.consume(fresh.nonce, DECLARE)).toBe('consumed');
});

it('keeps a person to 20 open challenges: issuing one more forgets their oldest, not the others’', () => {
  const { clock, challenges } = setup();
  const other = challenges.issue({ ...DECLARE, personId: 'P0002' });
  const first = challenges.issue(DECLARE);
  const second = challenges.issue(DECLARE);
  for (let i = 0; i < 18; i += 1) challenges.issue({ ...DECLARE, bizId: `D${i}` });
  expect(challenges.open({ personId: 'P0001', purpose: 'declare' })).toHaveLength(20);
  const newest = challenges.issue({ ...DECLARE, purpose: 'authorize' });
  expect(challenges.open({ personId: 'P0001', purpose: 'declare' })).toHaveLength(19);
  expect(challenges.open({ personId: 'P0001', purpose: 'authorize' })).toEqual([newest]);
  expect(challenges.consume(first.nonce, DECLARE)).toBe('unknown');
  expect(challenges.consume(other.nonce, { ...DECLARE, personId: 'P0002' })).toBe('consumed');
  // A used challenge no longer counts against the cap.
  expect(challenges.consume(second.nonce, DECLARE)).toBe('consumed');
  const third = challenges.issue(DECLARE);
  expect(challenges.open({ personId: 'P0001', purpose: 'declare' })[0]).toEqual(third);
  expect(challenges.open({ personId: 'P0001', purpose: 'declare' })).toHaveLength(19);
  // Expired ones do not count either: after the lifetime, 20 fresh ones fit without superseding.
  clock.now += 61_000;
  const fresh = Array.from({ length: 20 }, () => challenges.issue(DECLARE));
  expect(challenges.open({ personId: 'P0001', purpose: 'declare' })).toEqual(fresh.reverse());
});

it('bounds the store: one person asking 20,000 times holds 20, and many persons at most the global cap', () => {
  const { challenges } = setup();
  for (let i = 0; i < 20_000; i += 1) challenges.issue(DECLARE);
  expect(challenges.size()).toBe(20);
  for (let i = 0; i < 20_000; i += 1) challenges.issue({ ...DECLARE, personId: `P${i % 2000}` });
  expect(challenges.size()).toBe(MAX_CHALLENGES);
  // The oldest went first: the last issued is there, the very first (P0001's) is not.
  const last = challenges.issue({ ...DECLARE, personId: 'P9999' });
  expect(challenges.consume(last.nonce, { ...DECLARE, personId: 'P9999' })).toBe('consumed');
  expect(challenges.open({ personId: 'P0001', purpose: 'declare' })).toEqual([]);
});
