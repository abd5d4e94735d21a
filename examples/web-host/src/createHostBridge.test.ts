import { describe, expect, it } from 'vitest';
import { METHOD_SINCE, validateResponse } from '@hushi/bridge-spec';
import type { MethodName } from '@hushi/bridge-spec';
import { methodFixtures } from '@hushi/bridge-spec/fixtures';
import { createHostBridge } from './createHostBridge';
import type { HostMethods } from './createHostBridge';
import { HostFailure } from './HostFailure';

const warnings: string[] = [];
const host = (methods: HostMethods = {}, around?: Parameters<typeof createHostBridge>[0]['around']) =>
  createHostBridge({
    identity: { hostName: 'test-web-host', hostVersion: '0.0.1', platform: 'web' },
    methods,
    ...(around ? { around } : {}),
    warn: (message) => warnings.push(message),
  });

/** Every method answering a valid result, as the fixtures' first valid reply says. */
const ANSWERING: HostMethods = Object.fromEntries(
  (Object.keys(METHOD_SINCE) as MethodName[])
    .filter((method) => method !== 'host.getInfo')
    .map((method) => {
      const reply = methodFixtures[method].responses.valid[0]?.message as { result: unknown };
      return [method, () => Promise.resolve(reply.result)];
    }),
);

const reply = async (bridge: ReturnType<typeof host>, message: unknown): Promise<Record<string, unknown>> => {
  const text = await bridge.handle(typeof message === 'string' ? message : JSON.stringify(message));
  if (text === null) throw new Error('no reply');
  const value = JSON.parse(text) as Record<string, unknown>;
  expect(validateResponse(value)).toBe(true);
  return value;
};
const errorCode = (value: Record<string, unknown>): unknown =>
  (value.error as { code?: unknown } | undefined)?.code;

describe('createHostBridge', () => {
  it('answers every valid fixture request of every method, and host.getInfo lists what it implements', async () => {
    const bridge = host(ANSWERING);
    for (const method of Object.keys(METHOD_SINCE) as MethodName[]) {
      for (const { name, message } of methodFixtures[method].requests.valid) {
        expect((await reply(bridge, message)).ok, `${method}: ${name}`).toBe(true);
      }
    }
    expect(bridge.info()).toEqual({
      hostName: 'test-web-host',
      hostVersion: '0.0.1',
      platform: 'web',
      bridgeVersion: '1.0.0',
      methods: METHOD_SINCE,
    });
  });

  it('refuses every invalid fixture request with the code the spec expects, INVALID_PARAMS with data.errors', async () => {
    const bridge = host(ANSWERING);
    for (const method of Object.keys(METHOD_SINCE) as MethodName[]) {
      for (const { name, message, expect: code } of methodFixtures[method].requests.invalid) {
        const answer = await reply(bridge, message);
        expect(errorCode(answer), `${method}: ${name}`).toBe(code);
        if (code === 'INVALID_PARAMS') {
          expect((answer.error as { data: { errors: unknown[] } }).data.errors.length).toBeGreaterThan(0);
        }
      }
    }
  });

  it('drops what it cannot attribute, and answers a bad envelope, another major and unknown methods', async () => {
    const bridge = host({});
    expect(await bridge.handle('{"id": "c1", "ok": tru')).toBeNull();
    expect(await bridge.handle({ v: '1.0.0', id: 'c1', method: 'host.getInfo', params: {} })).toBeNull();
    expect(
      await bridge.handle(JSON.stringify({ v: '1.0.0', method: 'host.getInfo', params: {} })),
    ).toBeNull();
    expect(warnings.length).toBeGreaterThanOrEqual(3);
    const ask = (message: unknown) => reply(bridge, message);
    expect(errorCode(await ask({ v: '1.0.0', id: 'c2', method: 'host.getInfo', params: [] }))).toBe(
      'INVALID_MESSAGE',
    );
    expect(errorCode(await ask({ v: '2.0.0', id: 'c3', method: 'host.getInfo', params: {} }))).toBe(
      'VERSION_MISMATCH',
    );
    expect(errorCode(await ask({ v: '1.0.0', id: 'c4', method: 'demo.notAMethod', params: {} }))).toBe(
      'UNSUPPORTED_METHOD',
    );
    // Not implemented here, so not declared either.
    expect(errorCode(await ask({ v: '1.0.0', id: 'c5', method: 'app.close', params: {} }))).toBe(
      'UNSUPPORTED_METHOD',
    );
    expect(bridge.info().methods).toEqual({ 'host.getInfo': '1.0.0' });
  });

  it('answers a HostFailure with its code and the catalogue retryable, anything else INTERNAL; around runs all but host.getInfo', async () => {
    const ran: string[] = [];
    const bridge = host(
      {
        'auth.getSession': () => Promise.reject(new HostFailure('NOT_LOGGED_IN', 'nobody')),
        'app.close': () => Promise.reject(new Error('boom')),
      },
      (method, run) => {
        ran.push(method);
        return run();
      },
    );
    const session = await reply(bridge, { v: '1.0.0', id: 'a1', method: 'auth.getSession', params: {} });
    expect(session.error).toEqual({ code: 'NOT_LOGGED_IN', message: 'nobody', retryable: false });
    const close = await reply(bridge, { v: '1.0.0', id: 'a2', method: 'app.close', params: {} });
    expect(close.error).toMatchObject({ code: 'INTERNAL', retryable: true });
    expect((await reply(bridge, { v: '1.0.0', id: 'a3', method: 'host.getInfo', params: {} })).ok).toBe(true);
    expect(ran).toEqual(['auth.getSession', 'app.close']);
  });

  it('builds events checked against their schemas', () => {
    const bridge = host();
    expect(JSON.parse(bridge.event('app.visibility', { visible: false }))).toEqual({
      event: 'app.visibility',
      data: { visible: false },
    });
    expect(() => bridge.event('session.expired', { reason: 'bogus' as 'other' })).toThrow(TypeError);
  });
});
