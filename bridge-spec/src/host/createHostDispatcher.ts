import { BRIDGE_VERSION, ERROR_RETRYABLE } from '../generated/catalogue';
import type { ErrorCode, EventName, MethodName } from '../generated/catalogue';
import type {
  BridgeEvents,
  BridgeMethods,
  BridgeRequest,
  BridgeResponse,
  HostGetInfoResult,
} from '../generated/types';
import { validateEvent, validateRequest } from '../generated/validators.js';
import { eventDataValidators, paramsValidators } from '../validatorTables';
import { validationErrorData } from '../validationErrorData';
import { parseVersion } from '../compareVersions';
import { methodContract } from '../methodContract';
import { HostFailure } from './HostFailure';
import { isRecord } from '../isRecord';
import { isKnownMethod } from '../isKnownMethod';

/** What one method does: returns its result, or throws a {@link HostFailure}. */
export type HostMethod<M extends MethodName> = (
  params: BridgeMethods[M]['params'],
) => BridgeMethods[M]['result'] | Promise<BridgeMethods[M]['result']>;

/**
 * The methods a host implements besides `host.getInfo`, which the dispatcher answers itself. A method
 * left out is not declared by `host.getInfo` and is answered UNSUPPORTED_METHOD.
 */
export type HostMethods = { [M in Exclude<MethodName, 'host.getInfo'>]?: HostMethod<M> };

/** Options of {@link createHostDispatcher}. */
export interface HostDispatcherOptions {
  /** What `host.getInfo` says besides the bridge version and the methods. */
  identity: Pick<HostGetInfoResult, 'hostName' | 'hostVersion' | 'platform'>;
  /** The methods implemented, or a function read on every request (a host whose methods change at run time). */
  methods: HostMethods | (() => HostMethods);
  /**
   * The bridge version the host declares, default this spec's `BRIDGE_VERSION`; each method is declared
   * with its contract as of this version (`methodContract`). An older minor plays a host that has not
   * upgraded yet: its methods must then keep to that version's contract (the mock host's 1.0 host signs
   * no fix). Must have this spec's major.
   */
  bridgeVersion?: string | (() => string);
  /** Told of a method that threw something other than a {@link HostFailure}; it was answered INTERNAL. */
  onUnexpectedError?: (method: MethodName, error: unknown) => void;
}

/** An event message, checked against the envelope and the event's data schema. */
export interface HostEventMessage<E extends EventName = EventName> {
  event: E;
  data: BridgeEvents[E];
}

/** The host's end of the bridge, independent of the binding: a parsed message in, the reply out. */
export interface HostDispatcher {
  /** What `host.getInfo` answers now. */
  info(): HostGetInfoResult;
  /**
   * Answers one parsed incoming message exactly once, or returns `null` when it cannot be attributed
   * to a call (no valid `id`): such a message must be dropped, not answered.
   */
  handle(message: unknown): Promise<BridgeResponse | null>;
  /** An event message; throws a TypeError when `data` does not match the event's schema. */
  event<E extends EventName>(event: E, data: BridgeEvents[E]): HostEventMessage<E>;
}

/** Request ids as the envelope schema allows them. */
const ID_PATTERN = /^[A-Za-z0-9._:-]{1,64}$/;

const BRIDGE_MAJOR = parseVersion(BRIDGE_VERSION)?.major;

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
 * Creates the request loop every host runs, whatever its binding, as docs/host-integration.md
 * describes it: drop what cannot be attributed; INVALID_MESSAGE for a bad envelope, VERSION_MISMATCH
 * for another major, UNSUPPORTED_METHOD for a method not implemented, INVALID_PARAMS (with
 * `data.errors`) for params failing the method's schema — all with the build-time validators — then
 * the method, a {@link HostFailure} answered with its code and anything else with INTERNAL.
 * @example
 * const dispatcher = createHostDispatcher({ identity, methods: { 'app.close': () => ({}) } })
 * const reply = await dispatcher.handle(JSON.parse(text))
 * if (reply) webView.postMessage(JSON.stringify(reply))
 */
export function createHostDispatcher(options: HostDispatcherOptions): HostDispatcher {
  const methods = (): HostMethods =>
    typeof options.methods === 'function' ? options.methods() : options.methods;
  const implemented = (): MethodName[] => Object.keys(methods()).filter(isKnownMethod);

  const bridgeVersion = (): string =>
    typeof options.bridgeVersion === 'function'
      ? options.bridgeVersion()
      : (options.bridgeVersion ?? BRIDGE_VERSION);

  const info = (): HostGetInfoResult => {
    const version = bridgeVersion();
    const methodsOf = (['host.getInfo', ...implemented()] as MethodName[]).flatMap((method) => {
      const contract = methodContract(method, version);
      return contract === undefined ? [] : [[method, contract] as const];
    });
    return { ...options.identity, bridgeVersion: version, methods: Object.fromEntries(methodsOf) };
  };

  async function run(request: BridgeRequest): Promise<BridgeResponse> {
    const { id, method } = request;
    const implementation =
      isKnownMethod(method) && method !== 'host.getInfo'
        ? (methods()[method] as HostMethod<MethodName> | undefined)
        : undefined;
    if (method !== 'host.getInfo' && implementation === undefined) {
      return failure(id, 'UNSUPPORTED_METHOD', `This host does not implement ${method}`);
    }
    const validator = paramsValidators[method as MethodName];
    if (!validator(request.params)) {
      return failure(id, 'INVALID_PARAMS', `Invalid ${method} params`, validationErrorData(validator));
    }
    if (implementation === undefined) return { id, ok: true, result: { ...info() } };
    try {
      return { id, ok: true, result: { ...(await implementation(request.params)) } };
    } catch (error) {
      if (error instanceof HostFailure) return failure(id, error.code, error.message, error.data);
      options.onUnexpectedError?.(method as MethodName, error);
      return failure(id, 'INTERNAL', `${method} failed in the host`);
    }
  }

  return {
    info,
    async handle(message) {
      const id =
        isRecord(message) && typeof message.id === 'string' && ID_PATTERN.test(message.id)
          ? message.id
          : null;
      if (id === null) return null;
      if (!validateRequest(message)) {
        return failure(
          id,
          'INVALID_MESSAGE',
          'Not a valid request envelope',
          validationErrorData(validateRequest),
        );
      }
      const request = message as BridgeRequest;
      if (parseVersion(request.v)?.major !== BRIDGE_MAJOR) {
        return failure(id, 'VERSION_MISMATCH', `This host speaks bridge ${bridgeVersion()}`, {
          hostVersion: bridgeVersion(),
        });
      }
      return run(request);
    },
    event(event, data) {
      const message = { event, data };
      if (!validateEvent(message) || !eventDataValidators[event](data)) {
        throw new TypeError(`Malformed ${event} event`);
      }
      return message;
    },
  };
}
