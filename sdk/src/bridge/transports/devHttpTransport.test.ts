import { afterEach, beforeEach, expect, it } from 'vitest';
import type { CancelSignal } from '../cancelSignal';
import { createDevHttpTransport } from './devHttpTransport';
import type { HttpPost } from './devHttpTransport';

// WeChat's logic layer has neither fetch nor AbortController: the transport must not need them.
const savedAbortController = globalThis.AbortController;
beforeEach(() => {
  // @ts-expect-error -- removed as in a mini-program runtime
  delete globalThis.AbortController;
});
afterEach(() => {
  globalThis.AbortController = savedAbortController;
});

it('posts requests and long-polls events with an injected post, and close() aborts the poll it holds', async () => {
  const posted: string[] = [];
  let pollSignal: CancelSignal | undefined;
  let cursor = 0;
  const post: HttpPost = (url, body, signal) => {
    posted.push(`${url} ${body}`);
    if (url.endsWith('/events')) {
      if (cursor === 1) {
        // The second poll is held open until the transport closes.
        pollSignal = signal;
        return new Promise((_resolve, reject) => {
          signal.addEventListener('abort', () => {
            reject(new Error('aborted'));
          });
        });
      }
      cursor += 1;
      return Promise.resolve(
        JSON.stringify({ cursor, events: [{ event: 'app.visibility', data: { visible: true } }] }),
      );
    }
    return Promise.resolve(JSON.stringify({ id: 'c1', ok: true, result: {} }));
  };
  const transport = createDevHttpTransport({ baseUrl: 'http://host.test', post, retryDelayMs: 1 });
  const received: unknown[] = [];
  transport.listen((raw) => received.push(typeof raw === 'string' ? JSON.parse(raw) : raw));
  await transport.send({ v: '1.0.0', id: 'c1', method: 'app.close', params: {} });
  await expect.poll(() => pollSignal).toBeDefined();
  expect(received).toEqual([
    { event: 'app.visibility', data: { visible: true } },
    { id: 'c1', ok: true, result: {} },
  ]);
  expect(posted.slice(0, 2)).toEqual([
    'http://host.test/__bridge/v1/events {"after":null}',
    'http://host.test/__bridge/v1 {"v":"1.0.0","id":"c1","method":"app.close","params":{}}',
  ]);
  expect(posted).toContain('http://host.test/__bridge/v1/events {"after":1}');
  transport.close?.();
  expect(pollSignal?.aborted).toBe(true);
});
