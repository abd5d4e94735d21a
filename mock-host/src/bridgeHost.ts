import {
  BRIDGE_VERSION,
  METHOD_SINCE,
  paramsValidators,
  parseVersion,
  validateEvent,
  validateRequest,
  validationErrorData,
} from '@hushi/bridge-spec';
import type {
  BridgeEvents,
  BridgeMethods,
  BridgeRequest,
  BridgeResponse,
  ErrorCode,
  EventName,
  HostGetInfoResult,
  MethodName,
} from '@hushi/bridge-spec';
import { ERROR_RETRYABLE } from '@hushi/bridge-spec';

/** What one method of the mock host does: returns a result, or throws a {@link HostFailure}. */
export type MethodImplementation<M extends MethodName> = (
  params: BridgeMethods[M]['params'],
) => BridgeMethods[M]['result'] | Promise<BridgeMethods[M]['result']>;

/** The methods a mock host implements; a method left out is answered UNSUPPORTED_METHOD. */
export type HostMethods = { [M in MethodName]?: MethodImplementation<M> };

/** Thrown by a method implementation to answer with an error of the catalogue. */
export class HostFailure extends Error {
  override readonly name = 'HostFailure';
  constructor(
    readonly code: ErrorCode,
    message: string,
    readonly data?: Record<string, unknown>,
  ) {
    super(message);
  }
}

/** One host event with its position in the event log. */
export interface LoggedEvent {
  cursor: number;
  message: { event: EventName; data: unknown };
}

/** Options of {@link createBridgeHost}. */
export interface BridgeHostOptions {
  hostName?: string;
  hostVersion?: string;
  bridgeVersion?: string;
  platform?: HostGetInfoResult['platform'];
  /** The methods implemented, or a function read on every request (a host whose methods change at run time). */
  methods: HostMethods | (() => HostMethods);
}

/** A host of the bridge, independent of any binding: it takes a raw request and returns the reply. */
export interface BridgeHost {
  /** What `host.getInfo` answers. */
  info(): HostGetInfoResult;
  /** Answers one raw message. Returns `null` only when the message cannot be attributed to a call (no id). */
  handle(raw: unknown): Promise<BridgeResponse | null>;
  /** Appends an event to the log. */
  emit<E extends EventName>(event: E, data: BridgeEvents[E]): void;
  /** The events after `cursor` (all when -1) and the cursor to ask from next. */
  eventsAfter(cursor: number): { cursor: number; events: LoggedEvent['message'][] };
  /** Resolves when an event is emitted or after `ms`. */
  nextEvent(ms: number): Promise<void>;
}

function failure(
  id: string,
  code: ErrorCode,
  message: string,
  data?: Record<string, unknown>,
): BridgeResponse {
  return {
    id,
    ok: false,
    error: { code, message, retryable: ERROR_RETRYABLE[code], ...(data ? { data } : {}) },
  };
}

/**
 * Creates a bridge host that checks every request as a real host must (envelope, major version,
 * declared methods, params) and runs the given method implementations.
 */
export function createBridgeHost(options: BridgeHostOptions): BridgeHost {
  const bridgeVersion = options.bridgeVersion ?? BRIDGE_VERSION;
  const log: LoggedEvent[] = [];
  let waiters: (() => void)[] = [];
  const methods = (): HostMethods =>
    typeof options.methods === 'function' ? options.methods() : options.methods;

  const info = (): HostGetInfoResult => ({
    hostName: options.hostName ?? 'hushi-mock-host',
    hostVersion: options.hostVersion ?? '0.1.0',
    bridgeVersion,
    platform: options.platform ?? 'devtools',
    methods: Object.fromEntries(
      (['host.getInfo', ...Object.keys(methods())] as MethodName[]).map((m) => [m, METHOD_SINCE[m]]),
    ),
  });

  async function run(request: BridgeRequest): Promise<BridgeResponse> {
    const method = request.method as MethodName;
    if (method === 'host.getInfo') return { id: request.id, ok: true, result: { ...info() } };
    const implementation = methods()[method] as MethodImplementation<MethodName> | undefined;
    if (!Object.prototype.hasOwnProperty.call(METHOD_SINCE, method) || !implementation) {
      return failure(request.id, 'UNSUPPORTED_METHOD', `This host does not implement ${request.method}`);
    }
    const validator = paramsValidators[method];
    if (!validator(request.params)) {
      return failure(
        request.id,
        'INVALID_PARAMS',
        `Invalid ${method} params`,
        validationErrorData(validator),
      );
    }
    try {
      const result = await implementation(request.params);
      return { id: request.id, ok: true, result: { ...result } };
    } catch (error) {
      if (error instanceof HostFailure) return failure(request.id, error.code, error.message, error.data);
      return failure(request.id, 'INTERNAL', 'The mock host failed');
    }
  }

  return {
    info,
    async handle(raw) {
      const id = typeof (raw as { id?: unknown } | null)?.id === 'string' ? (raw as { id: string }).id : null;
      if (!validateRequest(raw))
        return id && /^[A-Za-z0-9._:-]{1,64}$/.test(id)
          ? failure(id, 'INVALID_MESSAGE', 'Not a request envelope')
          : null;
      const request = raw as BridgeRequest;
      if (parseVersion(request.v)?.major !== parseVersion(bridgeVersion)?.major) {
        return failure(request.id, 'VERSION_MISMATCH', `This host speaks bridge ${bridgeVersion}`, {
          hostVersion: bridgeVersion,
        });
      }
      return run(request);
    },
    emit(event, data) {
      const message = { event, data };
      if (!validateEvent(message)) throw new TypeError(`Malformed ${event} event`);
      log.push({ cursor: log.length, message });
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
