import type { MiniProgramBridgeApi } from '@hushi/sdk';
import type { BridgeHost } from '@hushi/mock-host';

/** A mini-program container's bridge custom API over a host in this process, and what went through it. */
export interface ContainerBridge {
  /** What the container registers as `wx.hushiBridge`. */
  api: MiniProgramBridgeApi;
  /** The methods of the requests the mini-app posted, in order. */
  postedMethods(): string[];
  /** Stops relaying the host's events. */
  close(): void;
}

/** How long one wait for a host event lasts before the relay looks again, ms. */
const EVENT_WAIT_MS = 200;

/**
 * The JS side of a container's custom API as docs/host-integration.md §4 sketches it: each request
 * text goes to `host` (the mock host's request loop, standing in for the native side), its reply and
 * every event the host emits after the first listener come back to the listeners as JSON text.
 * @example
 * const container = createContainerBridge(mock.host)
 * createWeappRuntime({ distDir, containerApis: { hushiBridge: container.api } })
 */
export function createContainerBridge(host: BridgeHost): ContainerBridge {
  const listeners = new Set<(text: string) => void>();
  const posted: string[] = [];
  let relaying = false;
  let open = true;

  const deliver = (text: string): void => {
    for (const listener of [...listeners]) listener(text);
  };

  async function relayEvents(): Promise<void> {
    let { cursor } = host.eventsAfter(-1);
    while (open) {
      await host.nextEvent(EVENT_WAIT_MS);
      const batch = host.eventsAfter(cursor);
      cursor = batch.cursor;
      for (const event of batch.events) deliver(JSON.stringify(event));
    }
  }

  return {
    api: {
      postMessage(text) {
        posted.push(text);
        void host.handle(JSON.parse(text)).then((reply) => {
          if (reply !== null && open) deliver(JSON.stringify(reply));
        });
      },
      onMessage(listener) {
        listeners.add(listener);
        if (!relaying) {
          relaying = true;
          void relayEvents();
        }
      },
      offMessage(listener) {
        listeners.delete(listener);
      },
    },
    postedMethods: () => posted.map((text) => (JSON.parse(text) as { method: string }).method),
    close() {
      open = false;
    },
  };
}
