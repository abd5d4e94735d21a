import { afterEach, expect, it, vi } from 'vitest';

vi.mock('@tarojs/taro', () => ({ default: { request: vi.fn() } }));

afterEach(() => {
  vi.unstubAllGlobals();
  vi.resetModules();
});

/** The binding the services of a WeChat build with these defines pick, or the error they fail with. */
async function bindingOf(release: boolean, wx?: Record<string, unknown>): Promise<unknown> {
  vi.stubGlobal('HUSHI_RELEASE', release);
  vi.stubGlobal('HUSHI_HOST_URL', 'http://127.0.0.1:8787');
  vi.stubGlobal('HUSHI_WEB_HOST_ORIGINS', '');
  if (wx) vi.stubGlobal('wx', wx);
  const { createServices } = await import('./createServices');
  return createServices()
    .transport()
    .then(
      (transport) => transport.name,
      (error: unknown) => error,
    );
}

const container = { hushiBridge: { postMessage: vi.fn(), onMessage: vi.fn() } };

it('uses the container custom API wx.hushiBridge when the container has one, in any build', async () => {
  expect(await bindingOf(false, container)).toBe('miniprogram');
  vi.resetModules();
  expect(await bindingOf(true, container)).toBe('miniprogram');
});

it('falls back to the mock host’s dev HTTP binding only outside a release build', async () => {
  expect(await bindingOf(false, {})).toBe('http');
  vi.resetModules();
  // A fresh module graph per build, so the error is matched by shape, not by its class.
  expect(await bindingOf(true, {})).toMatchObject({ name: 'BridgeError', code: 'HOST_NOT_FOUND' });
});
