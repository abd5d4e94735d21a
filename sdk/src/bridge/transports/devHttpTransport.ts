import { createCancelController } from '../cancelSignal';
import type { CancelSignal } from '../cancelSignal';
import { silentLogger } from '../logger';
import type { BridgeLogger } from '../logger';
import type { BridgeTransport } from '../transport';

/** Path of the dev HTTP binding on the mock host. */
export const DEV_HTTP_PATH = '/__bridge/v1';

/**
 * Posts a JSON body and resolves with the response text; aborting `signal` (when the transport
 * closes) should abort the request. The default uses `fetch`; the mini-app passes one built on
 * `Taro.request`, because mini-program runtimes have no `fetch` (nor `AbortController`).
 */
export type HttpPost = (url: string, body: string, signal: CancelSignal) => Promise<string>;

/** Options of {@link createDevHttpTransport}. */
export interface DevHttpTransportOptions {
  /** Base URL of the mock host, e.g. `http://127.0.0.1:8787`. Default: same origin. */
  baseUrl?: string;
  /** HTTP adapter. Default: `fetch`. */
  post?: HttpPost;
  /**
   * Pause after a failed event poll before the next one, and after a second reset in a row, in ms.
   * Default 1 000.
   */
  retryDelayMs?: number;
  /** Where resets of the event cursor are reported (`warn`). Default: silent. */
  logger?: BridgeLogger;
}

/**
 * Reply of the events endpoint: the events after `after` (none when `after` was null) and the cursor to
 * ask from next time. The host holds the request open until an event comes or its hold time passes.
 * With `reset: true` the host could not serve `after` (it restarted, or `after` is older than what it
 * keeps): `events` is everything it still holds, and polling goes on from `cursor`.
 */
interface EventBatch {
  cursor: number;
  events: unknown[];
  reset?: boolean;
  reason?: unknown;
}

/** The default {@link HttpPost}, where `fetch` (and so `AbortController`) exists. */
const fetchPost: HttpPost = async (url, body, signal) => {
  const controller = new AbortController();
  const abort = (): void => {
    controller.abort();
  };
  signal.addEventListener('abort', abort);
  try {
    const response = await fetch(url, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body,
      signal: controller.signal,
    });
    return await response.text();
  } finally {
    signal.removeEventListener('abort', abort);
  }
};

function isEventBatch(value: unknown): value is EventBatch {
  const batch = value as Partial<EventBatch> | null;
  return typeof batch?.cursor === 'number' && Array.isArray(batch.events);
}

/**
 * The dev HTTP binding, for WeChat devtools and the H5 dev build against the mock host: each request is
 * `POST {baseUrl}/__bridge/v1` whose body is the reply; events arrive by long-polling
 * `POST {baseUrl}/__bridge/v1/events` with `{ after: cursor | null }` while anyone listens. A reset
 * answer (the host restarted, or the cursor is older than its event ring) delivers what the host holds
 * and continues from the host's new cursor.
 */
export function createDevHttpTransport(options: DevHttpTransportOptions = {}): BridgeTransport {
  const url = `${options.baseUrl ?? ''}${DEV_HTTP_PATH}`;
  const post = options.post ?? fetchPost;
  const retryDelayMs = options.retryDelayMs ?? 1_000;
  const logger = options.logger ?? silentLogger;
  const receivers = new Set<(raw: unknown) => void>();
  const controller = createCancelController();
  let polling = false;

  const deliver = (raw: unknown): void => {
    for (const receive of receivers) receive(raw);
  };

  /** Waits `retryDelayMs`, or less when the transport closes meanwhile. */
  const pause = (): Promise<void> =>
    new Promise((resume) => {
      const done = (): void => {
        clearTimeout(timer);
        controller.signal.removeEventListener('abort', done);
        resume();
      };
      const timer = setTimeout(done, retryDelayMs);
      controller.signal.addEventListener('abort', done);
    });

  async function poll(): Promise<void> {
    // `after: null` asks only for the current cursor: events from before this page started are not replayed.
    let cursor: number | null = null;
    let resetBefore = false;
    const stopped = (): boolean => receivers.size === 0 || controller.signal.aborted;
    while (!stopped()) {
      try {
        const text = await post(`${url}/events`, JSON.stringify({ after: cursor }), controller.signal);
        const batch: unknown = JSON.parse(text);
        if (!isEventBatch(batch)) throw new TypeError('Malformed event batch');
        if (batch.reset === true && cursor !== null) {
          // Not silent: what the host still holds is delivered, and what it dropped is reported.
          logger.warn('event cursor reset by the host: events may have been missed', {
            after: cursor,
            cursor: batch.cursor,
            reason: batch.reason,
            delivered: batch.events.length,
          });
        }
        for (const event of batch.events) deliver(event);
        cursor = batch.cursor;
        // A host that resets every poll (it cannot keep cursors) is asked again only after a pause.
        const reset = batch.reset === true;
        if (reset && resetBefore && !stopped()) await pause();
        resetBefore = reset;
      } catch {
        if (stopped()) break;
        await pause();
      }
    }
    polling = false;
  }

  return {
    name: 'http',
    async send(request) {
      deliver(await post(url, JSON.stringify(request), controller.signal));
    },
    listen(receive) {
      receivers.add(receive);
      if (!polling) {
        polling = true;
        void poll();
      }
      return () => receivers.delete(receive);
    },
    close() {
      receivers.clear();
      controller.abort();
    },
  };
}
