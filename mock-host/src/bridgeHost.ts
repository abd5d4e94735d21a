import type { BridgeEvents, BridgeResponse, EventName, HostGetInfoResult } from '@hushi/bridge-spec';
import { createHostDispatcher } from '@hushi/bridge-spec/host';
import type { HostMethods } from '@hushi/bridge-spec/host';

/** One host event with its position in the event log. */
export interface LoggedEvent {
  cursor: number;
  message: { event: EventName; data: unknown };
}

/** Options of {@link createBridgeHost}. */
export interface BridgeHostOptions {
  /** The methods implemented, or a function read on every request (a host whose methods change at run time). */
  methods: HostMethods | (() => HostMethods);
}

/** The mock super-app's end of the bridge: bridge-spec's request loop plus an event log for long polls. */
export interface BridgeHost {
  /** What `host.getInfo` answers. */
  info(): HostGetInfoResult;
  /** Answers one parsed message. Returns `null` only when the message cannot be attributed to a call (no id). */
  handle(raw: unknown): Promise<BridgeResponse | null>;
  /** Appends an event to the log; throws a TypeError when `data` does not match the event's schema. */
  emit<E extends EventName>(event: E, data: BridgeEvents[E]): void;
  /** The events after `cursor` (all when -1) and the cursor to ask from next. */
  eventsAfter(cursor: number): { cursor: number; events: LoggedEvent['message'][] };
  /** Resolves when an event is emitted or after `ms`. */
  nextEvent(ms: number): Promise<void>;
}

/** What the mock host says of itself in `host.getInfo`. */
const MOCK_HOST_IDENTITY = {
  hostName: 'hushi-mock-host',
  hostVersion: '0.1.0',
  platform: 'devtools',
} as const;

/**
 * Creates the mock host: requests go through bridge-spec's {@link createHostDispatcher} (envelope,
 * major version, declared methods, params, then the implementation); events are kept in a log that
 * the dev HTTP binding's long poll reads.
 * @example createBridgeHost({ methods: scenarioMethods(store, faceTickets) })
 */
export function createBridgeHost(options: BridgeHostOptions): BridgeHost {
  const dispatcher = createHostDispatcher({ identity: MOCK_HOST_IDENTITY, methods: options.methods });
  const log: LoggedEvent[] = [];
  let waiters: (() => void)[] = [];

  return {
    info: () => dispatcher.info(),
    handle: (raw) => dispatcher.handle(raw),
    emit(event, data) {
      log.push({ cursor: log.length, message: dispatcher.event(event, data) });
      const woken = waiters;
      waiters = [];
      for (const wake of woken) wake();
    },
    eventsAfter(cursor) {
      return { cursor: log.length - 1, events: log.filter((e) => e.cursor > cursor).map((e) => e.message) };
    },
    nextEvent(ms) {
      return new Promise((resolve) => {
        const timer = setTimeout(resolve, ms);
        waiters.push(() => {
          clearTimeout(timer);
          resolve();
        });
      });
    },
  };
}
