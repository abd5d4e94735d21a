import type { BridgeRequest } from '@hushi/bridge-spec';

/**
 * Carries envelopes between the bridge client and a host ("binding"). A transport moves messages and
 * nothing else: it neither validates nor matches replies, so every binding behaves the same.
 */
export interface BridgeTransport {
  /** Binding name, for logs (`miniprogram`, `webview`, `http`, `memory`). */
  readonly name: string;
  /** Sends one request to the host. A rejected promise or a throw means the host could not be reached. */
  send(request: BridgeRequest): void | Promise<void>;
  /**
   * Subscribes to what the host sends (replies and events), as JSON text or already-decoded values.
   * @returns a function that unsubscribes.
   */
  listen(receive: (raw: unknown) => void): () => void;
  /** Releases what the transport holds (listeners, polling). */
  close?(): void;
}
