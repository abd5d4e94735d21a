import { describe, expect, it } from 'vitest';
import { METHOD_SINCE, resultValidators, validateResponse } from '@hushi/bridge-spec';
import type { BridgeResponse, MethodName } from '@hushi/bridge-spec';
import { envelopeFixture, methodFixtures } from '@hushi/bridge-spec/fixtures';
import { createHostDispatcher, HostFailure } from '@hushi/bridge-spec/host';
import type { HostDispatcherOptions, HostMethods } from '@hushi/bridge-spec/host';

const IDENTITY = { hostName: 'test-host', hostVersion: '0.0.1', platform: 'web' } as const;

const dispatcher = (methods: HostDispatcherOptions['methods'], extra: Partial<HostDispatcherOptions> = {}) =>
  createHostDispatcher({ identity: IDENTITY, methods, ...extra });

/** Every method answering the result of its fixtures' first valid reply. */
const ANSWERING: HostMethods = Object.fromEntries(
  (Object.keys(METHOD_SINCE) as MethodName[])
    .filter((method) => method !== 'host.getInfo')
    .map((method) => {
      const reply = methodFixtures[method].responses.valid[0]?.message as { result: unknown };
      return [method, () => reply.result];
    }),
);

/** The reply to a message, checked against the response envelope. */
async function reply(host: ReturnType<typeof dispatcher>, message: unknown): Promise<BridgeResponse> {
  const answer = await host.handle(message);
  if (answer === null) throw new Error('no reply');
  expect(validateResponse(answer)).toBe(true);
  return answer;
}

const request = (id: string, method: string, params: unknown = {}, v = '1.0.0') => ({
  v,
  id,
  method,
  params,
});

describe('createHostDispatcher', () => {
  for (const method of Object.keys(METHOD_SINCE) as MethodName[]) {
    it(`answers every valid ${method} fixture request with a valid result`, async () => {
      const host = dispatcher(ANSWERING);
      for (const { name, message } of methodFixtures[method].requests.valid) {
        const answer = await reply(host, message);
        expect(answer, name).toMatchObject({ id: (message as { id: string }).id, ok: true });
        if (answer.ok) expect(resultValidators[method](answer.result), name).toBe(true);
      }
    });

    it(`refuses every invalid ${method} fixture request with the code the spec expects`, async () => {
      const host = dispatcher(ANSWERING);
      for (const { name, message, expect: code } of methodFixtures[method].requests.invalid) {
        const answer = await reply(host, message);
        expect(answer.ok ? undefined : answer.error.code, name).toBe(code);
        if (!answer.ok && code === 'INVALID_PARAMS') {
          expect((answer.error.data as { errors: unknown[] }).errors.length, name).toBeGreaterThan(0);
        }
      }
    });
  }

  it('declares in host.getInfo exactly the methods it implements, read on every request', async () => {
    let methods: HostMethods = { 'location.get': ANSWERING['location.get'] };
    const host = dispatcher(() => methods);
    expect(host.info()).toEqual({
      ...IDENTITY,
      bridgeVersion: '1.1.0',
      methods: { 'host.getInfo': '1.0.0', 'location.get': '1.1.0' },
    });
    methods = ANSWERING;
    expect((await reply(host, request('a', 'host.getInfo'))).ok && host.info().methods).toEqual({
      ...METHOD_SINCE,
      'location.get': '1.1.0',
    });
  });

  it('declares, as an older minor, each method with its contract of that version', async () => {
    let version = '1.0.0';
    const host = dispatcher(ANSWERING, { bridgeVersion: () => version });
    expect(host.info()).toMatchObject({ bridgeVersion: '1.0.0', methods: METHOD_SINCE });
    expect(await reply(host, request('a', 'app.close', {}, '2.0.0'))).toMatchObject({
      error: { code: 'VERSION_MISMATCH', data: { hostVersion: '1.0.0' } },
    });
    version = '1.1.0';
    expect(host.info().methods['location.get']).toBe('1.1.0');
  });

  it('answers UNSUPPORTED_METHOD for a method it lacks and for one nobody defined', async () => {
    const host = dispatcher({});
    expect(await reply(host, request('a', 'face.verify'))).toMatchObject({
      id: 'a',
      error: { code: 'UNSUPPORTED_METHOD', retryable: false },
    });
    expect(await reply(host, request('b', 'doc.scan'))).toMatchObject({
      error: { code: 'UNSUPPORTED_METHOD' },
    });
  });

  it('answers VERSION_MISMATCH, with its own version, to a caller of another major', async () => {
    expect(await reply(dispatcher(ANSWERING), request('a', 'app.close', {}, '2.1.0'))).toMatchObject({
      id: 'a',
      error: { code: 'VERSION_MISMATCH', retryable: false, data: { hostVersion: '1.1.0' } },
    });
  });

  it('answers INVALID_MESSAGE, with data.errors, when it can attribute a malformed message, and drops it when it cannot', async () => {
    const host = dispatcher(ANSWERING);
    const answer = await reply(host, { id: 'a', method: 'app.close' });
    expect(answer).toMatchObject({ id: 'a', error: { code: 'INVALID_MESSAGE' } });
    expect(answer.ok ? [] : (answer.error.data as { errors: unknown[] }).errors).not.toHaveLength(0);
    for (const { raw } of envelopeFixture.invalid) {
      let value: unknown = raw;
      try {
        value = JSON.parse(raw);
      } catch {
        // Deliberately not JSON: dropped like any message without an id.
      }
      const dropped = await host.handle(value);
      if (dropped) expect(dropped).toMatchObject({ ok: false, error: { code: 'INVALID_MESSAGE' } });
    }
    for (const unattributable of ['text', null, [], { v: '1.0.0', method: 'app.close' }, { id: 'bad id!' }]) {
      expect(await host.handle(unattributable)).toBeNull();
    }
  });

  it('answers a HostFailure with its code and the catalogue retryable, anything else INTERNAL and reported', async () => {
    const unexpected: [MethodName, unknown][] = [];
    const host = dispatcher(
      {
        'auth.getSession': () => Promise.reject(new HostFailure('NOT_LOGGED_IN', 'nobody')),
        'location.get': () => {
          throw new HostFailure('LOCATION_UNAVAILABLE', 'no fix', { reason: 'indoors' });
        },
        'app.close': () => {
          throw new Error('bug');
        },
      },
      { onUnexpectedError: (method, error) => unexpected.push([method, error]) },
    );
    expect(await reply(host, request('a', 'auth.getSession'))).toEqual({
      id: 'a',
      ok: false,
      error: { code: 'NOT_LOGGED_IN', message: 'nobody', retryable: false },
    });
    expect(await reply(host, request('b', 'location.get', { datum: 'wgs84' }))).toMatchObject({
      error: { code: 'LOCATION_UNAVAILABLE', retryable: true, data: { reason: 'indoors' } },
    });
    expect(await reply(host, request('c', 'app.close'))).toMatchObject({
      error: { code: 'INTERNAL', retryable: true },
    });
    expect(unexpected).toEqual([['app.close', new Error('bug')]]);
  });

  it('builds events checked against the envelope and their data schemas', () => {
    const host = dispatcher({});
    expect(host.event('app.visibility', { visible: false })).toEqual({
      event: 'app.visibility',
      data: { visible: false },
    });
    expect(() => host.event('session.expired', { reason: 'bogus' as 'other' })).toThrow(TypeError);
    expect(() => host.event('app.visibility', 'no' as never)).toThrow(TypeError);
  });
});
