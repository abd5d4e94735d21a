import { expect, it } from 'vitest';
import { createCancelController } from './cancelSignal';

it('tells each listener once on abort, and none that was removed or came after', () => {
  const controller = createCancelController();
  const told: string[] = [];
  const first = (): void => {
    told.push('first');
  };
  const removed = (): void => {
    told.push('removed');
  };
  controller.signal.addEventListener('abort', first);
  controller.signal.addEventListener('abort', removed);
  controller.signal.removeEventListener('abort', removed);
  expect(controller.signal.aborted).toBe(false);
  controller.abort();
  controller.abort();
  controller.signal.addEventListener('abort', () => told.push('late'));
  expect(controller.signal.aborted).toBe(true);
  expect(told).toEqual(['first']);
});

it('needs no AbortController', () => {
  const saved = globalThis.AbortController;
  // @ts-expect-error -- a mini-program logic layer has none
  delete globalThis.AbortController;
  try {
    const controller = createCancelController();
    controller.abort();
    expect(controller.signal.aborted).toBe(true);
  } finally {
    globalThis.AbortController = saved;
  }
});
