import {
  BRIDGE_VERSION,
  ERROR_RETRYABLE,
  eventDataValidators,
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
import { HostFailure } from './HostFailure';

/** What one method does: returns its result, or throws a {@link HostFailure}. */
export type HostMethod<M extends MethodName> = (
  params: BridgeMethods[M]['params'],
) => Promise<BridgeMethods[M]['result']>;

/** The methods this host implements besides `host.getInfo`; a method left out answers UNSUPPORTED_METHOD. */
export type HostMethods = { [M in Exclude<MethodName, 'host.getInfo'>]?: HostMethod<M> };

/** Options of {@link createHostBridge}. */
export interface HostBridgeOptions {
  /** What `host.getInfo` says besides the bridge version and the methods. */
  identity: Pick<HostGetInfoResult, 'hostName' | 'hostVersion' | 'platform'>;
  methods: HostMethods;
  /**
   * Runs every method but `host.getInfo` (after its params are checked): the page's fault controls
   * delay it or make it fail. Default: runs it as is.
   */
  around?: (method: MethodName, run: () => Promise<unknown>) => Promise<unknown>;
  /** Where the host logs what it drops. Default: `console.warn`. */
  warn?: (message: string) => void;
}

/** The host's end of the bridge, independent of the binding: JSON text in, JSON text out. */
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

/** Request ids as the envelope schema allows them. */
const ID_PATTERN = /^[A-Za-z0-9._:-]{1,64}$/;

const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

function failure(id: string, code: ErrorCode, message: string, data?: Record<string, unknown>): string {
  const reply: BridgeResponse = {
    id,
    ok: false,
    error: { code, message, retryable: ERROR_RETRYABLE[code], ...(data ? { data } : {}) },
  };
  return JSON.stringify(reply);
}

/**
 * The host's request loop, as docs/host-integration.md describes it: drop what cannot be attributed,
 * INVALID_MESSAGE for a bad envelope, VERSION_MISMATCH for another major, UNSUPPORTED_METHOD for a
 * method it does not implement, INVALID_PARAMS (with `data.errors`) for params that fail the method's
 * schema — all with bridge-spec's build-time validators — then the method, answered exactly once.
 */
export function createHostBridge(options: HostBridgeOptions): HostBridge {
  const warn =
    options.warn ??
    ((message: string) => {
      console.warn(`[web-host] ${message}`);
    });
  const around = options.around ?? ((_method, run) => run());
  const implemented = Object.keys(options.methods).filter((method) =>
    Object.prototype.hasOwnProperty.call(METHOD_SINCE, method),
  ) as MethodName[];

  const info = (): HostGetInfoResult => ({
    ...options.identity,
    bridgeVersion: BRIDGE_VERSION,
    methods: Object.fromEntries(
      (['host.getInfo', ...implemented] as MethodName[]).map((method) => [method, METHOD_SINCE[method]]),
    ),
  });

  async function run(request: BridgeRequest): Promise<string> {
    const method = request.method as MethodName;
    if (method !== 'host.getInfo' && !implemented.includes(method)) {
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
    if (method === 'host.getInfo') return JSON.stringify({ id: request.id, ok: true, result: info() });
    const implementation = options.methods[method] as HostMethod<MethodName>;
    try {
      const result = await around(method, () => implementation(request.params));
      return JSON.stringify({ id: request.id, ok: true, result });
    } catch (error) {
      if (error instanceof HostFailure) return failure(request.id, error.code, error.message, error.data);
      warn(`${method} failed unexpectedly: ${String(error)}`);
      return failure(request.id, 'INTERNAL', `${method} failed in the host`);
    }
  }

  return {
    info,
    async handle(message) {
      if (typeof message !== 'string') {
        warn('dropped a message that is not JSON text');
        return null;
      }
      let raw: unknown;
      try {
        raw = JSON.parse(message);
      } catch {
        warn('dropped a message that is not JSON');
        return null;
      }
      const id = isRecord(raw) && typeof raw.id === 'string' && ID_PATTERN.test(raw.id) ? raw.id : null;
      if (id === null) {
        warn('dropped a message without a valid id: it cannot be answered');
        return null;
      }
      if (!validateRequest(raw)) return failure(id, 'INVALID_MESSAGE', 'Not a valid request envelope');
      const request = raw as BridgeRequest;
      if (parseVersion(request.v)?.major !== parseVersion(BRIDGE_VERSION)?.major) {
        return failure(id, 'VERSION_MISMATCH', `This host speaks bridge ${BRIDGE_VERSION}`, {
          hostVersion: BRIDGE_VERSION,
        });
      }
      return run(request);
    },
    event(event, data) {
      const message = { event, data };
      if (!validateEvent(message) || !eventDataValidators[event](data)) {
        throw new TypeError(`Malformed ${event} event`);
      }
      return JSON.stringify(message);
    },
  };
}
