import { afterEach, expect, it, vi } from 'vitest';
import { createIdempotencyKey } from './idempotencyKey';

afterEach(() => {
  vi.unstubAllGlobals();
});

it('makes a UUID where the runtime has crypto.randomUUID, a different one each time', () => {
  const a = createIdempotencyKey();
  expect(a).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
  expect(createIdempotencyKey()).not.toBe(a);
});

it('falls back to a time-and-random key of 36 characters without crypto (mini-program runtimes)', () => {
  vi.stubGlobal('crypto', undefined);
  const keys = new Set(Array.from({ length: 100 }, () => createIdempotencyKey()));
  expect(keys.size).toBe(100);
  for (const key of keys) expect(key).toMatch(/^[0-9a-z]+-[0-9a-z]+$/);
  for (const key of keys) expect(key).toHaveLength(36);
});
