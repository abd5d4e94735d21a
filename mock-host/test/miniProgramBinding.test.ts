// The sdk's mini-program container binding against the mock bridge host behind a fake custom API.
import { afterEach, expect, it, vi } from 'vitest';
import {
  createBridge,
  createMiniProgramTransport,
  detectTransport,
  findMiniProgramBridgeApi,
  isBridgeError,
} from '@hushi/sdk';
import type { MiniProgramBridgeApi } from '@hushi/sdk';
import { createBridgeHost } from '../src/host/bridgeHost';
import { fixtureMethods } from '../src/host/fixtureMethods';

afterEach(() => {
  vi.unstubAllGlobals();
});

/** A container custom API backed by a mock bridge host, speaking JSON text as a container would. */
function containerApi(): MiniProgramBridgeApi & { listeners: Set<(text: string) => void> } {
  const host = createBridgeHost({ methods: fixtureMethods() });
  const listeners = new Set<(text: string) => void>();
  return {
    listeners,
    postMessage(text) {
      void host.handle(JSON.parse(text)).then((reply) => {
        for (const listener of listeners) listener(JSON.stringify(reply));
      });
    },
    onMessage: (listener) => listeners.add(listener),
    offMessage: (listener) => listeners.delete(listener),
  };
}

it('finds the custom API on wx, my, tt or swan and nowhere else', () => {
  expect(findMiniProgramBridgeApi()).toBeUndefined();
  const api = containerApi();
  vi.stubGlobal('my', { hushiBridge: api });
  expect(findMiniProgramBridgeApi()).toBe(api);
  vi.stubGlobal('my', { hushiBridge: { postMessage: 'not a function' } });
  expect(findMiniProgramBridgeApi()).toBeUndefined();
});

it('talks to the host through the container API and detaches on close', async () => {
  const api = containerApi();
  vi.stubGlobal('wx', { hushiBridge: api });
  const transport = detectTransport();
  expect(transport.name).toBe('miniprogram');
  const bridge = await createBridge({ transport });
  expect(await bridge.call('auth.getSession', {})).toMatchObject({ authCode: 'ac_7Yc2kQ9xLm3P' });
  expect(api.listeners.size).toBe(1);
  bridge.close();
  expect(api.listeners.size).toBe(0);
});

it('throws HOST_NOT_FOUND when the container has no bridge API', () => {
  vi.stubGlobal('wx', { request: () => undefined });
  let error: unknown;
  try {
    createMiniProgramTransport();
  } catch (e) {
    error = e;
  }
  expect(isBridgeError(error, 'HOST_NOT_FOUND')).toBe(true);
});
