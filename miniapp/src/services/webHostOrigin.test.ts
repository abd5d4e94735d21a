import { afterEach, expect, it, vi } from 'vitest';

afterEach(() => {
  vi.unstubAllGlobals();
  vi.resetModules();
});

/** The module as a build with these defines would have it. */
async function load(defines: { release: boolean; origins: string }) {
  vi.stubGlobal('HUSHI_RELEASE', defines.release);
  vi.stubGlobal('HUSHI_WEB_HOST_ORIGINS', defines.origins);
  return import('./webHostOrigin');
}

it('accepts the configured web host origins, exactly', async () => {
  const { isAllowedWebHostOrigin } = await load({
    release: true,
    origins: 'https://host.example.cn, https://other.example.cn',
  });
  expect(isAllowedWebHostOrigin('https://host.example.cn')).toBe(true);
  expect(isAllowedWebHostOrigin('https://other.example.cn')).toBe(true);
  expect(isAllowedWebHostOrigin('https://host.example.cn.evil.test')).toBe(false);
  expect(isAllowedWebHostOrigin('http://host.example.cn')).toBe(false);
});

it('accepts a loopback web host (the reference host) outside a release build only', async () => {
  const dev = await load({ release: false, origins: '' });
  expect(dev.isAllowedWebHostOrigin('http://127.0.0.1:4173')).toBe(true);
  expect(dev.isAllowedWebHostOrigin('http://localhost:4173')).toBe(true);
  expect(dev.isAllowedWebHostOrigin('http://127.0.0.1.evil.test')).toBe(false);
  vi.resetModules();
  const release = await load({ release: true, origins: '' });
  expect(release.isAllowedWebHostOrigin('http://127.0.0.1:4173')).toBe(false);
});
