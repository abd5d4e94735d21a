import { beforeEach, expect, it, vi } from 'vitest';

interface FakeTask extends Promise<{ statusCode: number; header: Record<string, string>; data: unknown }> {
  abort: () => void;
}

const request = vi.fn<(options: Record<string, unknown>) => FakeTask>();
vi.mock('@tarojs/taro', () => ({
  default: { request: (options: Record<string, unknown>) => request(options) },
}));

const { taroHttpAdapter, taroHttpPost } = await import('./taroHttp');
const { HttpTimeoutError } = await import('@hushi/sdk');

function task(response: { statusCode: number; header?: Record<string, string>; data: unknown }): FakeTask {
  return Object.assign(Promise.resolve({ header: {}, ...response }), { abort: vi.fn() });
}

beforeEach(() => {
  request.mockReset();
});

it('hands the backend client any status, 401 included, with headers and the parsed body', async () => {
  request.mockReturnValue(
    task({ statusCode: 401, header: { 'x-a': '1' }, data: { code: 'SESSION_EXPIRED' } }),
  );
  const response = await taroHttpAdapter({
    method: 'POST',
    url: 'http://127.0.0.1:8787/api/v1/sessions',
    headers: { 'Idempotency-Key': 'k1' },
    body: '{"authCode":"a"}',
    timeoutMs: 15_000,
  });
  expect(response).toEqual({ status: 401, headers: { 'x-a': '1' }, body: { code: 'SESSION_EXPIRED' } });
  expect(request).toHaveBeenCalledWith(
    expect.objectContaining({
      url: 'http://127.0.0.1:8787/api/v1/sessions',
      method: 'POST',
      header: { 'Idempotency-Key': 'k1' },
      data: '{"authCode":"a"}',
      timeout: 15_000,
    }),
  );
});

it('rejects when no response came back, an HttpTimeoutError at the deadline, so the client reports NETWORK or TIMEOUT', async () => {
  const get = { method: 'GET', url: 'http://x/api', headers: {}, body: undefined, timeoutMs: 100 } as const;
  request.mockReturnValueOnce(Object.assign(Promise.reject(new Error('request:fail')), { abort: vi.fn() }));
  const failed = await taroHttpAdapter(get).catch((error: unknown) => error);
  expect(failed).toBeInstanceOf(Error);
  expect(failed).not.toBeInstanceOf(HttpTimeoutError);
  // Taro rejects with WeChat's fail result, an object with errMsg.
  const failResult: unknown = { errMsg: 'request:fail timeout' };
  request.mockReturnValueOnce(Object.assign(Promise.reject(failResult as Error), { abort: vi.fn() }));
  await expect(taroHttpAdapter(get)).rejects.toBeInstanceOf(HttpTimeoutError);
});

it('posts bridge requests as text and returns the reply text, even when Taro parsed it', async () => {
  request.mockReturnValueOnce(task({ statusCode: 200, data: '{"id":"1","ok":true}' }));
  request.mockReturnValueOnce(task({ statusCode: 200, data: { id: '2', ok: true } }));
  const signal = new AbortController().signal;
  expect(await taroHttpPost('http://h/__bridge/v1', '{"id":"1"}', signal)).toBe('{"id":"1","ok":true}');
  expect(await taroHttpPost('http://h/__bridge/v1', '{"id":"2"}', signal)).toBe('{"id":"2","ok":true}');
});

it('aborts the request when the bridge gives up on it', async () => {
  let settle: (value: {
    statusCode: number;
    header: Record<string, string>;
    data: unknown;
  }) => void = () => {};
  const abort = vi.fn(() => {
    settle({ statusCode: 0, header: {}, data: '' });
  });
  request.mockReturnValue(
    Object.assign(
      new Promise<{ statusCode: number; header: Record<string, string>; data: unknown }>((resolve) => {
        settle = resolve;
      }),
      { abort },
    ),
  );
  const controller = new AbortController();
  const pending = taroHttpPost('http://h/__bridge/v1/events', '{"after":null}', controller.signal);
  controller.abort();
  await pending;
  expect(abort).toHaveBeenCalledTimes(1);
});
