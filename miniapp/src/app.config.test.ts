import { afterEach, expect, it, vi } from 'vitest';

afterEach(() => {
  vi.unstubAllGlobals();
  vi.unstubAllEnvs();
  vi.resetModules();
});

/** The pages app.config registers in a build with HUSHI_RELEASE as given. */
async function pagesOf(release: string | undefined): Promise<string[]> {
  // Taro's build provides defineAppConfig as a global; here it hands the config back.
  vi.stubGlobal('defineAppConfig', (config: unknown) => config);
  vi.stubEnv('HUSHI_RELEASE', release);
  const { default: config } = (await import('./app.config')) as { default: { pages: string[] } };
  return config.pages;
}

it('registers every page of the manual, with index first, and the developer page outside a release', async () => {
  const pages = await pagesOf(undefined);
  expect(pages[0]).toBe('pages/index/index');
  expect(pages).toContain('pages/pending/index');
  expect(pages).toContain('pages/conformance/index');
});

it('leaves the host developers’ conformance page out of a release build (HUSHI_RELEASE=1)', async () => {
  const release = await pagesOf('1');
  vi.resetModules();
  const development = await pagesOf(undefined);
  expect(release).toEqual(development.filter((page) => page !== 'pages/conformance/index'));
  expect(release).toHaveLength(development.length - 1);
});

it('gives WeChat requests the backend client’s deadline instead of the 60 s default', async () => {
  vi.stubGlobal('defineAppConfig', (config: unknown) => config);
  const { default: config } = (await import('./app.config')) as {
    default: { networkTimeout: { request: number } };
  };
  const { DEFAULT_BACKEND_TIMEOUT_MS } = await import('@hushi/sdk');
  expect(config.networkTimeout.request).toBe(DEFAULT_BACKEND_TIMEOUT_MS);
});
