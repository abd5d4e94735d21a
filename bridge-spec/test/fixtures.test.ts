import { expect, it } from 'vitest';
import {
  ERROR_CATALOGUE,
  METHOD_TABLE,
  eventDataValidators,
  paramsValidators,
  resultValidators,
  validateEvent,
  validateRequest,
  validateResponse,
} from '@hushi/bridge-spec';
import type { MethodName } from '@hushi/bridge-spec';
import { envelopeFixture, eventFixtures, methodFixtures } from '@hushi/bridge-spec/fixtures';

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

it('every error code documents its meaning and a boolean retryable', () => {
  for (const [code, entry] of Object.entries(ERROR_CATALOGUE)) {
    expect(code).toMatch(/^[A-Z][A-Z0-9_]+$/);
    expect(entry.meaning.length).toBeGreaterThan(20);
    expect(typeof entry.retryable).toBe('boolean');
  }
});
