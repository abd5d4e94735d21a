import { expect, it } from 'vitest';
import { locationTicketFixture } from '../fixtures';
import { decodeJws } from './decodeJws';
import { es256Thumbprint } from './es256Thumbprint';
import { verifyJwsSignature } from './verifyJwsSignature';

const { publicJwk, ticket } = locationTicketFixture;

it("computes the fixture key's RFC 7638 thumbprint as the fixture ticket's kid", async () => {
  expect(await es256Thumbprint(crypto.subtle, publicJwk)).toBe(decodeJws(ticket)?.header.kid);
});

it('verifies the fixture ticket with its key, and nothing altered', async () => {
  expect(await verifyJwsSignature(ticket, 'ticket', [publicJwk])).toBeNull();
  const [header, payload, signature] = ticket.split('.') as [string, string, string];
  const flipped = `${signature.slice(0, 10)}${signature[10] === 'A' ? 'B' : 'A'}${signature.slice(11)}`;
  expect(await verifyJwsSignature(`${header}.${payload}.${flipped}`, 'ticket', [publicJwk])).toMatch(
    /^the signature of ticket \(kid "[\w-]+"\) does not verify with the host's key/,
  );
  expect(
    await verifyJwsSignature(`${header}.${payload}x.${signature}`, 'ticket', [publicJwk]),
  ).not.toBeNull();
});

it('says what is wrong with what is not an ES256 JWS', async () => {
  expect(await verifyJwsSignature(undefined, 'result/ticket', [publicJwk])).toBe('result/ticket is missing');
  expect(await verifyJwsSignature('a.b', 'result/ticket', [publicJwk])).toBe(
    'result/ticket is not a JWS with a JSON header and payload (got "a.b")',
  );
  const hs256 = `${Buffer.from('{"alg":"HS256"}').toString('base64url')}.${ticket.split('.')[1] ?? ''}.c2ln`;
  expect(await verifyJwsSignature(hs256, 'result/ticket', [publicJwk])).toBe(
    'result/ticket is signed with alg "HS256", not ES256',
  );
});
