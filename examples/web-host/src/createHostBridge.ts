import { createHostDispatcher } from '@hushi/bridge-spec/host';
import type { HostDispatcherOptions, HostMethod, HostMethods } from '@hushi/bridge-spec/host';
import type { BridgeEvents, EventName, HostGetInfoResult, MethodName } from '@hushi/bridge-spec';

/** Options of {@link createHostBridge}. */
export interface HostBridgeOptions {
  /** What `host.getInfo` says besides the bridge version and the methods. */
  identity: HostDispatcherOptions['identity'];
  methods: HostMethods;
  /**
   * Runs every method but `host.getInfo` (after its params are checked): the page's fault controls
   * delay it or make it fail. Default: runs it as is.
   */
  around?: (method: MethodName, run: () => Promise<unknown>) => Promise<unknown>;
  /** Where the host logs what it drops and what failed unexpectedly. Default: `console.warn`. */
  warn?: (message: string) => void;
}

/** The web host's end of the WebView binding: JSON text in, JSON text out. */
export interface HostBridge {
  /** What `host.getInfo` answers. */
  info(): HostGetInfoResult;
  /**
   * Answers one incoming message with the reply's JSON text, or `null` when the message cannot be
   * attributed to a call (not JSON text, or no valid `id`) and is dropped.
   */
  handle(message: unknown): Promise<string | null>;
  /** The JSON text of an event, checked against the envelope and the event's data schema. */
  event<E extends EventName>(event: E, data: BridgeEvents[E]): string;
}

/** Each method wrapped in `around`, so the page's fault controls reach every method but `host.getInfo`. */
function wrapMethods(methods: HostMethods, around: NonNullable<HostBridgeOptions['around']>): HostMethods {
  return Object.fromEntries(
    Object.entries(methods).map(([method, implementation]) => [
      method,
      (params: never) =>
        around(method as MethodName, async () => (implementation as HostMethod<MethodName>)(params)),
    ]),
  );
}

/**
 * The WebView binding of the reference host: messages arrive as JSON text (postMessage), go through
 * bridge-spec's request loop ({@link createHostDispatcher}: envelope, major version, declared
 * methods, params, then the method) and leave as JSON text. What cannot be attributed is dropped and
 * logged.
 * @example
 * const bridge = createHostBridge({ identity, methods })
 * const reply = await bridge.handle(event.data)
 * if (reply !== null) frame.contentWindow.postMessage(reply, miniappOrigin)
 */
export function createHostBridge(options: HostBridgeOptions): HostBridge {
  const warn =
    options.warn ??
    ((message: string) => {
      console.warn(`[web-host] ${message}`);
    });
  const dispatcher = createHostDispatcher({
    identity: options.identity,
    methods: options.around ? wrapMethods(options.methods, options.around) : options.methods,
    onUnexpectedError: (method, error) => {
      warn(`${method} failed unexpectedly: ${String(error)}`);
    },
  });

  return {
    info: () => dispatcher.info(),
    async handle(message) {
      if (typeof message !== 'string') {
        warn('dropped a message that is not JSON text');
        return null;
      }
      let parsed: unknown;
      try {
        parsed = JSON.parse(message);
      } catch {
        warn('dropped a message that is not JSON');
        return null;
      }
      const reply = await dispatcher.handle(parsed);
      if (reply === null) {
        warn('dropped a message without a valid id: it cannot be answered');
        return null;
      }
      return JSON.stringify(reply);
    },
    event: (event, data) => JSON.stringify(dispatcher.event(event, data)),
  };
}
