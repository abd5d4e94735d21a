import type { BridgeRequest } from '@hushi/bridge-spec';
import type { BridgeTransport } from '../transport';

/** The host's end of an in-memory binding: what a test or an embedded fake host holds. */
export interface InMemoryHostEnd {
  /** Listens to the requests the client sends (decoded from their JSON text); returns an unsubscribe function. */
  onRequest(listener: (request: unknown) => void): () => void;
  /** Delivers anything to the client, as the wire would: a reply, an event, or garbage. */
  deliver(raw: unknown): void;
}

/** Both ends of an in-memory binding. */
export interface InMemoryBinding {
  transport: BridgeTransport;
  host: InMemoryHostEnd;
}

/**
 * A binding inside one JavaScript realm, for tests and benchmarks. Requests cross as JSON text, as on a
 * real wire, so the host end never shares objects with the client; delivery is asynchronous (microtask).
 */
export function createInMemoryBinding(): InMemoryBinding {
  const requestListeners = new Set<(request: unknown) => void>();
  const clientListeners = new Set<(raw: unknown) => void>();
  return {
    transport: {
      name: 'memory',
      send(request: BridgeRequest) {
        const text = JSON.stringify(request);
        queueMicrotask(() => {
          for (const listener of requestListeners) listener(JSON.parse(text));
        });
      },
      listen(receive) {
        clientListeners.add(receive);
        return () => clientListeners.delete(receive);
      },
      close() {
        clientListeners.clear();
      },
    },
    host: {
      onRequest(listener) {
        requestListeners.add(listener);
        return () => requestListeners.delete(listener);
      },
      deliver(raw) {
        queueMicrotask(() => {
          for (const receive of clientListeners) receive(raw);
        });
      },
    },
  };
}
