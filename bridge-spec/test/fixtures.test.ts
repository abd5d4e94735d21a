import { expect, it } from 'vitest';
import {
  ERROR_CATALOGUE,
  METHOD_TABLE,
  eventDataValidators,
  paramsValidators,
  resultValidators,
  validateEvent,
  validateLocationTicketPayload,
  validateRequest,
  validateResponse,
} from '@hushi/bridge-spec';
import type { MethodName } from '@hushi/bridge-spec';
import {
  envelopeFixture,
  eventFixtures,
  locationTicketFixture,
  methodFixtures,
} from '@hushi/bridge-spec/fixtures';
import { decodeJwsPayload } from '@hushi/bridge-spec/conformance';

const methods = Object.keys(METHOD_TABLE) as MethodName[];

/** Whether a request envelope and its params are both valid, as a host would judge it. */
function acceptsRequest(message: unknown): boolean {
  if (!validateRequest(message)) return false;
  const { method, params } = message as { method: MethodName; params: unknown };
  return paramsValidators[method](params);
}

/** Whether a reply envelope and (for a success) its result are both valid, as a client would judge it. */
function acceptsReply(method: MethodName, message: unknown): boolean {
  if (!validateResponse(message)) return false;
  const reply = message as { ok: boolean; result?: unknown };
  return !reply.ok || resultValidators[method](reply.result);
}

it('has fixtures for every method and every event', () => {
  expect(Object.keys(methodFixtures).sort()).toEqual([...methods].sort());
  for (const method of methods) {
    expect(methodFixtures[method].method).toBe(method);
    expect(methodFixtures[method].requests.valid.length).toBeGreaterThan(0);
    expect(methodFixtures[method].responses.valid.length).toBeGreaterThan(0);
    expect(methodFixtures[method].responses.invalid.length).toBeGreaterThan(0);
  }
  expect(Object.keys(eventFixtures).sort()).toEqual(Object.keys(eventDataValidators).sort());
});

for (const method of methods) {
  const fixture = methodFixtures[method];
  for (const { name, message } of fixture.requests.valid) {
    it(`${method}: accepts request "${name}"`, () => {
      expect(acceptsRequest(message)).toBe(true);
      expect((message as { method: string }).method).toBe(method);
    });
  }
  for (const { name, message, expect: code } of fixture.requests.invalid) {
    it(`${method}: refuses request "${name}" (${code})`, () => {
      expect(acceptsRequest(message)).toBe(false);
      // INVALID_PARAMS means the envelope is fine and only the params are wrong.
      expect(validateRequest(message)).toBe(code === 'INVALID_PARAMS');
    });
  }
  for (const { name, message } of fixture.responses.valid) {
    it(`${method}: accepts reply "${name}"`, () => {
      expect(acceptsReply(method, message)).toBe(true);
      const error = (message as { error?: { code: string } }).error;
      if (error && method !== 'host.getInfo') {
        expect(METHOD_TABLE[method].errors as readonly string[]).toContain(error.code);
      }
    });
  }
  for (const { name, message } of fixture.responses.invalid) {
    it(`${method}: refuses reply "${name}"`, () => {
      expect(acceptsReply(method, message)).toBe(false);
    });
  }
}

for (const [event, fixture] of Object.entries(eventFixtures)) {
  const validator = eventDataValidators[event as keyof typeof eventDataValidators];
  for (const { name, message } of fixture.valid) {
    it(`${event}: accepts event "${name}"`, () => {
      expect(validateEvent(message) && validator((message as { data: unknown }).data)).toBe(true);
    });
  }
  for (const { name, message } of fixture.invalid) {
    it(`${event}: refuses event "${name}"`, () => {
      expect(validateEvent(message) && validator((message as { data: unknown }).data)).toBe(false);
    });
  }
}

for (const { name, raw } of envelopeFixture.invalid) {
  it(`refuses non-envelope "${name}"`, () => {
    let value: unknown;
    try {
      value = JSON.parse(raw);
    } catch {
      return; // Not JSON at all: nothing to validate, and that is the point.
    }
    expect(validateResponse(value) || validateEvent(value) || validateRequest(value)).toBe(false);
  });
}

for (const { name, payload } of locationTicketFixture.valid) {
  it(`location ticket: accepts payload "${name}"`, () => {
    expect(validateLocationTicketPayload(payload)).toBe(true);
  });
}

for (const { name, payload } of locationTicketFixture.invalid) {
  it(`location ticket: refuses payload "${name}"`, () => {
    expect(validateLocationTicketPayload(payload)).toBe(false);
  });
}

it('the location ticket fixture is signed over its first valid payload, and the signed reply carries it', async () => {
  const { publicJwk, ticket, valid } = locationTicketFixture;
  expect(decodeJwsPayload(ticket)).toEqual(valid[0]?.payload);
  const [header, payload, signature] = ticket.split('.') as [string, string, string];
  expect(JSON.parse(Buffer.from(header, 'base64url').toString('utf8'))).toEqual({
    alg: 'ES256',
    typ: 'hushi-location+jwt',
    kid: await crypto.subtle
      .digest(
        'SHA-256',
        new TextEncoder().encode(JSON.stringify({ crv: 'P-256', kty: 'EC', x: publicJwk.x, y: publicJwk.y })),
      )
      .then((digest) => Buffer.from(digest).toString('base64url')),
  });
  const key = await crypto.subtle.importKey('jwk', publicJwk, { name: 'ECDSA', namedCurve: 'P-256' }, false, [
    'verify',
  ]);
  const verify = (input: string): Promise<boolean> =>
    crypto.subtle.verify(
      { name: 'ECDSA', hash: 'SHA-256' },
      key,
      Buffer.from(signature, 'base64url'),
      new TextEncoder().encode(input),
    );
  expect(await verify(`${header}.${payload}`)).toBe(true);
  expect(await verify(`${header}.${payload.slice(0, -2)}`)).toBe(false);
  // The 1.1 reply example signed for a challenge carries this very ticket, over its own fix and mocked.
  const signed = methodFixtures['location.get'].responses.valid
    .map(({ message }) => (message as { result?: Record<string, unknown> }).result)
    .find((result) => result?.ticket === ticket);
  const { ticket: signedTicket, mocked, ...fix } = signed ?? {};
  expect(signedTicket).toBe(ticket);
  expect(valid[0]?.payload).toMatchObject({ fix, mocked });
});

it('every error code documents its meaning and a boolean retryable', () => {
  for (const [code, entry] of Object.entries(ERROR_CATALOGUE)) {
    expect(code).toMatch(/^[A-Z][A-Z0-9_]+$/);
    expect(entry.meaning.length).toBeGreaterThan(20);
    expect(typeof entry.retryable).toBe('boolean');
  }
});
