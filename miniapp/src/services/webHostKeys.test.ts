import { expect, it, vi } from 'vitest';

// The build's defines, read when webHostOrigin loads.
vi.stubGlobal('HUSHI_RELEASE', false);
vi.stubGlobal('HUSHI_WEB_HOST_ORIGINS', '');
const { hostKeysOf } = await import('./webHostKeys');

const JWK = {
  kty: 'EC',
  crv: 'P-256',
  x: 'f83OJ3D2xF1Bg8vub9tLe1gHMzV76e8Tus9uPHvRVEU',
  y: 'x_FEzRu9m36HLN_tue659LNpXW6pCyStikYjKIWI5a0',
};
const encode = (text: string): string =>
  btoa(text).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');

it('reads the host key of the URL, base64url JSON as the web host hands it over', () => {
  expect(hostKeysOf(`?hostOrigin=http%3A%2F%2F127.0.0.1&hostFaceKey=${encode(JSON.stringify(JWK))}`)).toEqual(
    [JWK],
  );
});

it('has no key without the parameter, or when it is not a JSON object', () => {
  expect(hostKeysOf('?hostOrigin=http%3A%2F%2F127.0.0.1')).toEqual([]);
  expect(hostKeysOf(`?hostFaceKey=${encode('[1]')}`)).toEqual([]);
  expect(hostKeysOf(`?hostFaceKey=${encode('{"kty":')}`)).toEqual([]);
  expect(hostKeysOf('?hostFaceKey=%%%')).toEqual([]);
});
