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

/** An injected post whose events endpoint answers from `answers` in turn, then holds until closed. */
function scriptedEvents(answers: object[]): { post: HttpPost; polled: unknown[] } {
  const polled: unknown[] = [];
  const post: HttpPost = (url, body, signal) => {
    if (!url.endsWith('/events')) return Promise.reject(new Error('not scripted'));
    polled.push((JSON.parse(body) as { after: unknown }).after);
    const answer = answers.shift();
    if (answer) return Promise.resolve(JSON.stringify(answer));
    return new Promise((_resolve, reject) => {
      signal.addEventListener('abort', () => {
        reject(new Error('aborted'));
      });
    });
  };
  return { post, polled };
}

it('delivers what a reset answer holds, reports it, and polls on from the new cursor', async () => {
  const expired = { event: 'session.expired', data: { reason: 'timeout' } };
  const { post, polled } = scriptedEvents([
    { cursor: 57, events: [] },
    // The host restarted: 57 is unknown to it, and it holds one event from after the restart.
    { reset: true, reason: 'unknown', cursor: 9_000_001, events: [expired] },
    { cursor: 9_000_002, events: [{ event: 'app.visibility', data: { visible: true } }] },
  ]);
  const warnings: unknown[] = [];
  const logger = {
    debug: () => undefined,
    warn: (message: string, data?: object) => warnings.push({ message, data }),
  };
  const transport = createDevHttpTransport({
    baseUrl: 'http://host.test',
    post,
    retryDelayMs: 60_000,
    logger,
  });
  const received: unknown[] = [];
  transport.listen((raw) => received.push(raw));
  await expect.poll(() => polled).toHaveLength(4);
  expect(polled).toEqual([null, 57, 9_000_001, 9_000_002]);
  expect(received).toEqual([expired, { event: 'app.visibility', data: { visible: true } }]);
  expect(warnings).toEqual([
    {
      message: 'event cursor reset by the host: events may have been missed',
      data: { after: 57, cursor: 9_000_001, reason: 'unknown', delivered: 1 },
    },
  ]);
  transport.close?.();
});

it('pauses before asking again a host that answers a reset to every poll', async () => {
  const resets = Array.from({ length: 10 }, (_, i) => ({
    reset: true,
    reason: 'unknown',
    cursor: i,
    events: [],
  }));
  const { post, polled } = scriptedEvents([{ cursor: 0, events: [] }, ...resets]);
  const transport = createDevHttpTransport({ baseUrl: 'http://host.test', post, retryDelayMs: 60_000 });
  transport.listen(() => undefined);
  await expect.poll(() => polled).toHaveLength(3);
  // Two resets in a row: the transport now waits retryDelayMs instead of spinning.
  await new Promise((resolve) => setTimeout(resolve, 50));
  expect(polled).toHaveLength(3);
  transport.close?.();
});
