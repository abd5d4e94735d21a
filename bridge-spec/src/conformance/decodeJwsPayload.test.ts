import { expect, it } from 'vitest';
import { decodeJwsPayload } from './decodeJwsPayload';

const base64Url = (text: string): string => Buffer.from(text, 'utf8').toString('base64url');

it('decodes the JSON payload of a compact JWS, UTF-8 included', () => {
  const payload = { sub: 'P0001', nonce: 'n-1', note: '边民互市 ✓ 𠀋' };
  const token = `${base64Url('{"alg":"ES256"}')}.${base64Url(JSON.stringify(payload))}.c2ln`;
  expect(decodeJwsPayload(token)).toEqual(payload);
});

it('returns null for what is not a JWS with an object payload', () => {
  expect(decodeJwsPayload('true')).toBeNull();
  expect(decodeJwsPayload('a.b')).toBeNull();
  expect(decodeJwsPayload(`x.${base64Url('[1]')}.y`)).toBeNull();
  expect(decodeJwsPayload(`x.${base64Url('{"a":')}.y`)).toBeNull();
  expect(decodeJwsPayload('x.not*base64.y')).toBeNull();
});
