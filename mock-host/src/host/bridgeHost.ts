import type { BridgeEvents, BridgeResponse, EventName, HostGetInfoResult } from '@hushi/bridge-spec';
import { createHostDispatcher } from '@hushi/bridge-spec/host';
import type { HostMethods } from '@hushi/bridge-spec/host';

/** One host event with its position in the event log. */
export interface LoggedEvent {
  cursor: number;
  message: { event: EventName; data: unknown };
}

/**
 * What a read of the event log answers (the body of the dev HTTP binding's events poll): the events
 * after the cursor asked from, and the cursor to ask from next.
 */
export interface EventBatch {
  /** The cursor of the newest event in the log (of this host instance), to ask from next. */
  cursor: number;
  /** The events, oldest first; at most what the ring holds. */
  events: LoggedEvent['message'][];
  /**
   * Present (`true`) when the cursor asked from cannot be served: `events` is then everything the ring
   * holds, and the reader continues from `cursor`.
   */
  reset?: true;
  /**
   * With `reset`: `expired` when the cursor is older than the ring (events between it and `events`
   * were dropped); `unknown` when this host instance never issued it (a restarted host, another
   * instance, a cursor from the future), so what was missed cannot be told.
   */
  reason?: 'expired' | 'unknown';
}

/** How a wait of {@link BridgeHost.nextEvent} ended. */
export type EventWaitOutcome = 'event' | 'timeout' | 'aborted' | 'busy';

/** Options of {@link createBridgeHost}. */
export interface BridgeHostOptions {
  /** The methods implemented, or a function read on every request (a host whose methods change at run time). */
  methods: HostMethods | (() => HostMethods);
  /** The bridge version `host.getInfo` declares (see `createHostDispatcher`); default this spec's. */
  bridgeVersion?: string | (() => string);
  /** How many events the log keeps; older ones are dropped. Default {@link DEFAULT_EVENT_CAPACITY}. */
  eventCapacity?: number;
  /**
   * How many waits ({@link BridgeHost.nextEvent}, i.e. held polls) may be pending at once; beyond that
   * a wait ends at once as `busy`. Default {@link DEFAULT_MAX_EVENT_WAITERS}.
   */
  maxEventWaiters?: number;
}

/** The mock super-app's end of the bridge: bridge-spec's request loop plus an event log for long polls. */
export interface BridgeHost {
  /** What `host.getInfo` answers. */
  info(): HostGetInfoResult;
  /** Answers one parsed message. Returns `null` only when the message cannot be attributed to a call (no id). */
  handle(raw: unknown): Promise<BridgeResponse | null>;
  /** Appends an event to the log (dropping the oldest when full); throws a TypeError when `data` does not match the event's schema. */
  emit<E extends EventName>(event: E, data: BridgeEvents[E]): void;
  /**
   * The events after `cursor` and the cursor to ask from next. `null` (a new reader) answers the current
   * cursor and no events. A cursor this instance cannot serve (older than the ring, never issued by this
   * instance, e.g. -1) answers a reset with everything the ring holds.
   */
  eventsAfter(cursor: number | null): EventBatch;
  /**
   * Resolves when an event is emitted (`event`), after `ms` (`timeout`), when `signal` aborts
   * (`aborted`), or at once when {@link BridgeHostOptions.maxEventWaiters} waits are pending (`busy`).
   */
  nextEvent(ms: number, signal?: AbortSignal): Promise<EventWaitOutcome>;
  /** How many waits of {@link BridgeHost.nextEvent} are pending (the polls held open). */
  pendingWaits(): number;
}

/** Default {@link BridgeHostOptions.eventCapacity}: far more than a mini-app reads between two polls. */
export const DEFAULT_EVENT_CAPACITY = 256;

/** Default {@link BridgeHostOptions.maxEventWaiters}: a few pages and tabs, each holding one poll. */
export const DEFAULT_MAX_EVENT_WAITERS = 64;

/** What the mock host says of itself in `host.getInfo`. */
const MOCK_HOST_IDENTITY = {
  hostName: 'hushi-mock-host',
  hostVersion: '0.1.0',
  platform: 'devtools',
} as const;

/**
 * A cursor is `epoch * EPOCH_SPAN + sequence`: the epoch, drawn per host instance, keeps the cursors of
 * a restarted host apart from the old ones, while cursors stay plain JSON numbers (safe integers) that
 * older clients already send back. 2^32 events per instance, 2^20 epochs.
 */
const EPOCH_SPAN = 2 ** 32;
const EPOCH_COUNT = 2 ** 20;

/** The epoch of the last instance made in this process, so that two instances in a row never share one. */
let previousEpoch = 0;

function drawEpoch(): number {
  let epoch: number;
  do epoch = 1 + Math.floor(Math.random() * (EPOCH_COUNT - 1));
  while (epoch === previousEpoch);
  previousEpoch = epoch;
  return epoch;
}

function checkCount(name: string, value: number, min: number): number {
  if (!Number.isSafeInteger(value) || value < min)
    throw new RangeError(`${name} must be an integer >= ${min}`);
  return value;
}

/**
 * Creates the mock host: requests go through bridge-spec's {@link createHostDispatcher} (envelope,
 * major version, declared methods, params, then the implementation); events are kept in a bounded
 * ring that the dev HTTP binding's long poll reads.
 * @example createBridgeHost({ methods: scenarioMethods(store, faceTickets) })
 */
export function createBridgeHost(options: BridgeHostOptions): BridgeHost {
  const dispatcher = createHostDispatcher({
    identity: MOCK_HOST_IDENTITY,
    methods: options.methods,
    ...(options.bridgeVersion === undefined ? {} : { bridgeVersion: options.bridgeVersion }),
  });
  const capacity = checkCount('eventCapacity', options.eventCapacity ?? DEFAULT_EVENT_CAPACITY, 1);
  const maxWaiters = checkCount('maxEventWaiters', options.maxEventWaiters ?? DEFAULT_MAX_EVENT_WAITERS, 0);
  const base = drawEpoch() * EPOCH_SPAN;
  // Event number n (from 1) sits at ring[n % capacity] while n > newest - capacity.
  const ring: LoggedEvent['message'][] = [];
  let newest = 0;
  const waiters = new Set<() => void>();

  /** The events numbered after `sequence` up to the newest, oldest first. */
  const from = (sequence: number): LoggedEvent['message'][] => {
    const events: LoggedEvent['message'][] = [];
    for (let n = sequence + 1; n <= newest; n++) events.push(ring[n % capacity] as LoggedEvent['message']);
    return events;
  };

  return {
    info: () => dispatcher.info(),
    handle: (raw) => dispatcher.handle(raw),
    emit(event, data) {
      const message = dispatcher.event(event, data);
      newest += 1;
      ring[newest % capacity] = message;
      const woken = [...waiters];
      waiters.clear();
      for (const wake of woken) wake();
    },
    eventsAfter(cursor) {
      const oldestKept = Math.max(0, newest - capacity); // the oldest cursor still answerable without a gap
      if (cursor === null) return { cursor: base + newest, events: [] };
      const sequence = cursor - base;
      if (Number.isSafeInteger(cursor) && sequence >= oldestKept && sequence <= newest)
        return { cursor: base + newest, events: from(sequence) };
      const expired = Number.isSafeInteger(cursor) && sequence >= 0 && sequence < oldestKept;
      return {
        reset: true,
        reason: expired ? 'expired' : 'unknown',
        cursor: base + newest,
        events: from(oldestKept),
      };
    },
    nextEvent(ms, signal) {
      if (signal?.aborted) return Promise.resolve('aborted');
      // Beyond the bound, answer at once rather than pile up timers for polls nobody may still hold.
      if (waiters.size >= maxWaiters) return Promise.resolve('busy');
      return new Promise((resolve) => {
        const settle = (outcome: EventWaitOutcome): void => {
          clearTimeout(timer);
          waiters.delete(wake);
          signal?.removeEventListener('abort', abort);
          resolve(outcome);
        };
        const wake = (): void => {
          settle('event');
        };
        const abort = (): void => {
          settle('aborted');
        };
        const timer = setTimeout(() => {
          settle('timeout');
        }, ms);
        waiters.add(wake);
        signal?.addEventListener('abort', abort);
      });
    },
    pendingWaits: () => waiters.size,
  };
}
