import { createCancelController } from '../cancelSignal';
import type { CancelSignal } from '../cancelSignal';
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
  /** Pause after a failed event poll before the next one, in ms. Default 1 000. */
  retryDelayMs?: number;
}

/**
 * Reply of the events endpoint: the events after `after` (none when `after` was null) and the cursor to
 * ask from next time. The host holds the request open until an event comes or its hold time passes.
 */
interface EventBatch {
  cursor: number;
  events: unknown[];
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
 * `POST {baseUrl}/__bridge/v1/events` with `{ after: cursor | null }` while anyone listens.
 */
export function createDevHttpTransport(options: DevHttpTransportOptions = {}): BridgeTransport {
  const url = `${options.baseUrl ?? ''}${DEV_HTTP_PATH}`;
  const post = options.post ?? fetchPost;
  const retryDelayMs = options.retryDelayMs ?? 1_000;
  const receivers = new Set<(raw: unknown) => void>();
  const controller = createCancelController();
  let polling = false;

  const deliver = (raw: unknown): void => {
    for (const receive of receivers) receive(raw);
  };

  async function poll(): Promise<void> {
    // `after: null` asks only for the current cursor: events from before this page started are not replayed.
    let cursor: number | null = null;
    const stopped = (): boolean => receivers.size === 0 || controller.signal.aborted;
    while (!stopped()) {
      try {
        const text = await post(`${url}/events`, JSON.stringify({ after: cursor }), controller.signal);
        const batch: unknown = JSON.parse(text);
        if (!isEventBatch(batch)) throw new TypeError('Malformed event batch');
        for (const event of batch.events) deliver(event);
        cursor = batch.cursor;
      } catch {
        if (stopped()) break;
        await new Promise((resume) => setTimeout(resume, retryDelayMs));
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
