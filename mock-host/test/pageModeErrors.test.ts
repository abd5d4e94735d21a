// In the page (MSW's service worker, no HTTP server in front), the handlers themselves answer every
// refusal as `{ code, message }` JSON, like the server does.
import { setupServer } from 'msw/node';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { createMockHost } from '../src/createMockHost';
import { createMemoryStorage } from '../src/host/hostStorage';

const mock = createMockHost({ storage: createMemoryStorage() });
const server = setupServer(...mock.handlers);
beforeAll(() => {
  server.listen({ onUnhandledRequest: 'error' });
});
afterAll(() => {
  server.close();
});

const post = async (path: string, body: string): Promise<{ status: number; body: unknown }> => {
  const response = await fetch(`http://page.test${path}`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body,
  });
  return { status: response.status, body: await response.json() };
};

it.each([
  ['/__bridge/v1', '{', 400, 'BAD_JSON'],
  ['/__bridge/v1', '{"hello":1}', 400, 'NOT_A_BRIDGE_REQUEST'],
  ['/__mock/bridge/emit', '{"event":"session.expired","data":{"reason":42}}', 400, 'BAD_EVENT'],
  ['/__mock/face-keys', '{"jwk":{"kty":"RSA"}}', 400, 'BAD_FACE_KEY'],
])('POST %s %s → %i %s', async (path, body, status, code) => {
  const reply = await post(path, body);
  expect(reply.status).toBe(status);
  expect(reply.body).toEqual({ code, message: expect.any(String) as unknown });
});
