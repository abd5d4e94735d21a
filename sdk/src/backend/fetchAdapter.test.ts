import { afterEach, expect, it, vi } from 'vitest';
import { createFetchAdapter } from './fetchAdapter';
import { HttpTimeoutError } from './httpAdapter';

afterEach(() => {
  vi.unstubAllGlobals();
});

it('sends method, headers and body through fetch and returns status, headers and text', async () => {
  const fetchImpl = vi.fn(() =>
    Promise.resolve(new Response('{"ok":true}', { status: 201, headers: { 'X-Request-Id': 'r1' } })),
  );
  const adapter = createFetchAdapter(fetchImpl);
  const response = await adapter({
    method: 'POST',
    url: 'https://b.cn/x',
    headers: { A: '1' },
    body: '{}',
    timeoutMs: 1_000,
  });
  expect(fetchImpl).toHaveBeenCalledWith('https://b.cn/x', {
    method: 'POST',
    headers: { A: '1' },
    body: '{}',
    signal: expect.any(AbortSignal) as AbortSignal,
  });
  expect(response.status).toBe(201);
  expect(response.headers['x-request-id']).toBe('r1');
  expect(response.body).toBe('{"ok":true}');
});

it('sends no body on a GET and refuses a runtime without fetch', async () => {
  const fetchImpl = vi.fn(() => Promise.resolve(new Response(null, { status: 204 })));
  await createFetchAdapter(fetchImpl)({
    method: 'GET',
    url: 'https://b.cn/x',
    headers: {},
    body: undefined,
    timeoutMs: 1_000,
  });
  expect(fetchImpl).toHaveBeenCalledWith('https://b.cn/x', {
    method: 'GET',
    headers: {},
    signal: expect.any(AbortSignal) as AbortSignal,
  });
  vi.stubGlobal('fetch', undefined);
  expect(() => createFetchAdapter()).toThrow(/pass an HTTP adapter/);
});

it('aborts a request at its deadline with HttpTimeoutError, and passes other failures on', async () => {
  vi.useFakeTimers();
  try {
    let signal: AbortSignal | undefined;
    const stalled = vi.fn(
      (_url: string | URL | Request, init?: RequestInit) =>
        new Promise<Response>((_, reject) => {
          signal = init?.signal ?? undefined;
          signal?.addEventListener('abort', () => {
            reject(new DOMException('aborted', 'AbortError'));
          });
        }),
    );
    const request = {
      method: 'GET',
      url: 'https://b.cn/x',
      headers: {},
      body: undefined,
      timeoutMs: 500,
    } as const;
    const pending = createFetchAdapter(stalled)(request).catch((error: unknown) => error);
    await vi.advanceTimersByTimeAsync(500);
    expect(signal?.aborted).toBe(true);
    expect(await pending).toBeInstanceOf(HttpTimeoutError);
    const refused = new TypeError('Failed to fetch');
    const failing = vi.fn(() => Promise.reject(refused));
    await expect(createFetchAdapter(failing)(request)).rejects.toBe(refused);
    expect(vi.getTimerCount()).toBe(0);
  } finally {
    vi.useRealTimers();
  }
});
