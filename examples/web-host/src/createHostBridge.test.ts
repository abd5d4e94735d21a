import { describe, expect, it } from 'vitest';
import { BRIDGE_VERSION, validateResponse } from '@hushi/bridge-spec';
import { HostFailure } from '@hushi/bridge-spec/host';
import type { HostMethods } from '@hushi/bridge-spec/host';
import { createHostBridge } from './createHostBridge';
import type { HostBridgeOptions } from './createHostBridge';

// The request loop is bridge-spec's createHostDispatcher, tested there; these check the WebView binding around it.

function host(methods: HostMethods = {}, around?: HostBridgeOptions['around']) {
  const warnings: string[] = [];
  const bridge = createHostBridge({
    identity: { hostName: 'test-web-host', hostVersion: '0.0.1', platform: 'web' },
    methods,
    ...(around ? { around } : {}),
    warn: (message) => warnings.push(message),
  });
  return { bridge, warnings };
}

async function reply(bridge: ReturnType<typeof host>['bridge'], message: unknown) {
  const text = await bridge.handle(JSON.stringify(message));
  if (text === null) throw new Error('no reply');
  const value = JSON.parse(text) as { ok: boolean; error?: { code: string } };
  expect(validateResponse(value)).toBe(true);
  return value;
}

describe('createHostBridge', () => {
  it('answers JSON text with JSON text, and host.getInfo lists what it implements', async () => {
    const { bridge } = host({ 'app.close': () => Promise.resolve({}) });
    expect(await reply(bridge, { v: '1.0.0', id: 'a', method: 'app.close', params: {} })).toEqual({
      id: 'a',
      ok: true,
      result: {},
    });
    expect(bridge.info()).toEqual({
      hostName: 'test-web-host',
      hostVersion: '0.0.1',
      platform: 'web',
      bridgeVersion: BRIDGE_VERSION,
      methods: { 'host.getInfo': '1.0.0', 'app.close': '1.0.0' },
    });
  });

  it('drops, with a warning, what is not JSON text or has no valid id', async () => {
    const { bridge, warnings } = host();
    expect(await bridge.handle('{"id": "c1", "ok": tru')).toBeNull();
    expect(await bridge.handle({ v: '1.0.0', id: 'c1', method: 'host.getInfo', params: {} })).toBeNull();
    expect(
      await bridge.handle(JSON.stringify({ v: '1.0.0', method: 'host.getInfo', params: {} })),
    ).toBeNull();
    expect(warnings).toEqual([
      'dropped a message that is not JSON',
      'dropped a message that is not JSON text',
      'dropped a message without a valid id: it cannot be answered',
    ]);
  });

  it('runs every method but host.getInfo through around, whose failure is INTERNAL and logged', async () => {
    const ran: string[] = [];
    const { bridge, warnings } = host(
      {
        'auth.getSession': () => Promise.reject(new HostFailure('NOT_LOGGED_IN', 'nobody')),
        'app.close': () => Promise.resolve({}),
      },
      (method, run) => {
        ran.push(method);
        return method === 'app.close' ? Promise.reject(new Error('native module down')) : run();
      },
    );
    const session = await reply(bridge, { v: '1.0.0', id: 'a1', method: 'auth.getSession', params: {} });
    expect(session.error).toEqual({ code: 'NOT_LOGGED_IN', message: 'nobody', retryable: false });
    const close = await reply(bridge, { v: '1.0.0', id: 'a2', method: 'app.close', params: {} });
    expect(close.error).toMatchObject({ code: 'INTERNAL' });
    expect((await reply(bridge, { v: '1.0.0', id: 'a3', method: 'host.getInfo', params: {} })).ok).toBe(true);
    expect(ran).toEqual(['auth.getSession', 'app.close']);
    expect(warnings).toEqual(['app.close failed unexpectedly: Error: native module down']);
  });

  it('sends events as JSON text checked against their schemas', () => {
    const { bridge } = host();
    expect(JSON.parse(bridge.event('app.visibility', { visible: false }))).toEqual({
      event: 'app.visibility',
      data: { visible: false },
    });
    expect(() => bridge.event('session.expired', { reason: 'bogus' as 'other' })).toThrow(TypeError);
  });
});
