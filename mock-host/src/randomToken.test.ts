import { expect, it } from 'vitest';
import { randomBase64url } from './randomToken';

it('encodes the asked number of random bytes as unpadded base64url', () => {
  const token = randomBase64url(18);
  expect(token).toMatch(/^[A-Za-z0-9_-]{24}$/);
  expect(randomBase64url(16)).toMatch(/^[A-Za-z0-9_-]{22}$/);
  expect(randomBase64url(18)).not.toBe(token);
});
