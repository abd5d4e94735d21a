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
  expect(await verifyJwsSignature(ticket, 'ticket', [publicJwk])).toEqual({ outcome: 'pass' });
  const [header, payload, signature] = ticket.split('.') as [string, string, string];
  const flipped = `${signature.slice(0, 10)}${signature[10] === 'A' ? 'B' : 'A'}${signature.slice(11)}`;
  expect(await verifyJwsSignature(`${header}.${payload}.${flipped}`, 'ticket', [publicJwk])).toEqual({
    outcome: 'fail',
    reason: expect.stringMatching(
      /^the signature of ticket \(kid "[\w-]+"\) does not verify with the host's key/,
    ) as string,
  });
  expect(
    (await verifyJwsSignature(`${header}.${payload}x.${signature}`, 'ticket', [publicJwk])).outcome,
  ).toBe('fail');
  expect((await verifyJwsSignature(ticket, 'ticket', undefined)).outcome).toBe('skip');
});

it('says what is wrong with what is not an ES256 JWS', async () => {
  const reasonOf = async (value: unknown): Promise<string | undefined> => {
    const verdict = await verifyJwsSignature(value, 'result/ticket', [publicJwk]);
    return verdict.outcome === 'fail' ? verdict.reason : undefined;
  };
  expect(await reasonOf(undefined)).toBe('result/ticket is missing');
  expect(await reasonOf('a.b')).toBe('result/ticket is not a JWS with a JSON header and payload (got "a.b")');
  const hs256 = `${Buffer.from('{"alg":"HS256"}').toString('base64url')}.${ticket.split('.')[1] ?? ''}.c2ln`;
  expect(await reasonOf(hs256)).toBe('result/ticket is signed with alg "HS256", not ES256');
});
