import { afterEach, expect, it, vi } from 'vitest';
import { createFetchAdapter } from './fetchAdapter';

afterEach(() => {
  vi.unstubAllGlobals();
});

it('sends method, headers and body through fetch and returns status, headers and text', async () => {
  const fetchImpl = vi.fn(() =>
    Promise.resolve(new Response('{"ok":true}', { status: 201, headers: { 'X-Request-Id': 'r1' } })),
  );
  const adapter = createFetchAdapter(fetchImpl);
  const response = await adapter({ method: 'POST', url: 'https://b.cn/x', headers: { A: '1' }, body: '{}' });
  expect(fetchImpl).toHaveBeenCalledWith('https://b.cn/x', {
    method: 'POST',
    headers: { A: '1' },
    body: '{}',
  });
  expect(response.status).toBe(201);
  expect(response.headers['x-request-id']).toBe('r1');
  expect(response.body).toBe('{"ok":true}');
});

it('sends no body on a GET and refuses a runtime without fetch', async () => {
  const fetchImpl = vi.fn(() => Promise.resolve(new Response(null, { status: 204 })));
  await createFetchAdapter(fetchImpl)({ method: 'GET', url: 'https://b.cn/x', headers: {}, body: undefined });
  expect(fetchImpl).toHaveBeenCalledWith('https://b.cn/x', { method: 'GET', headers: {} });
  vi.stubGlobal('fetch', undefined);
  expect(() => createFetchAdapter()).toThrow(/pass an HTTP adapter/);
});
