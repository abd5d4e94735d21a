import {
  BRIDGE_VERSION,
  paramsValidators,
  parseVersion,
  resultValidators,
  validationErrorData,
} from '@hushi/bridge-spec';
import type {
  BridgeEvents,
  BridgeMethods,
  BridgeRequest,
  BridgeResponse,
  EventName,
  HostGetInfoResult,
  MethodName,
} from '@hushi/bridge-spec';
import { BridgeError, isKnownErrorCode } from '../errors';
import { detectTransport } from './detectTransport';
import { silentLogger } from './logger';
import { createPendingCalls } from './pendingCalls';
import { readHostMessage } from './readHostMessage';
import { supportsMethod } from './supportsMethod';
import type { BridgeLogger } from './logger';
import type { BridgeTransport } from './transport';

/** Options of {@link createBridge}. */
export interface BridgeOptions {
  /** The binding to the host. Default: {@link detectTransport}'s pick for the current runtime. */
  transport?: BridgeTransport;
  /** Default deadline of one call, in ms. Default 15 000; methods that show UI get {@link UI_TIMEOUT_MS}. */
  timeoutMs?: number;
  /** Deadline of the `host.getInfo` handshake, in ms, after which no host is assumed. Default 3 000. */
  handshakeTimeoutMs?: number;
  /** Debug log of every call. Default: silent. */
  logger?: BridgeLogger;
}

/** Options of one {@link Bridge.call}. */
export interface CallOptions {
  /** Deadline of this call in ms (overrides the bridge default). */
  timeoutMs?: number;
  /** Cancels the call: it rejects at once with CANCELLED and a late reply is dropped. */
  signal?: AbortSignal;
}

/** A connected bridge: the handshake succeeded and the host speaks this client's major version. */
export interface Bridge {
  /** What the host said about itself in the handshake. */
  readonly host: Readonly<HostGetInfoResult>;
  /**
   * Whether `method` can be called: known to this client, declared by the host, and not newer than the
   * host's bridge. With `contract`, also whether the host follows that contract of the method (or a
   * newer one): `supports('location.get', '1.1.0')` is true when the host signs a challenged fix.
   */
  supports(method: string, contract?: string): method is MethodName;
  /**
   * Calls a host method. Params are validated before sending and the result after receiving.
   * @throws {BridgeError} UNSUPPORTED_METHOD, INVALID_PARAMS, TIMEOUT, CANCELLED, INVALID_MESSAGE,
   *   HOST_NOT_FOUND (transport failure) or any code the host returns.
   */
  call<M extends MethodName>(
    method: M,
    params: BridgeMethods[M]['params'],
    options?: CallOptions,
  ): Promise<BridgeMethods[M]['result']>;
  /** Listens to a host event; returns a function that stops listening. */
  on<E extends EventName>(event: E, handler: (data: BridgeEvents[E]) => void): () => void;
  /** Stops a listener added with {@link Bridge.on}. */
  off<E extends EventName>(event: E, handler: (data: BridgeEvents[E]) => void): void;
  /** Rejects every pending call with CANCELLED and releases the transport. */
  close(): void;
}

/** Default deadline of methods that wait for the user (login page, face capture). */
export const UI_TIMEOUT_MS = 120_000;
const DEFAULT_TIMEOUT_MS = 15_000;
const DEFAULT_HANDSHAKE_TIMEOUT_MS = 3_000;
const UI_METHODS: ReadonlySet<string> = new Set<MethodName>(['auth.login', 'face.verify']);
/** Time a host may take beyond a deadline it was given in params (location.get's `timeoutMs`). */
const HOST_GRACE_MS = 2_000;

type AnyHandler = (data: never) => void;

/**
 * Connects to the host: runs the `host.getInfo` handshake, checks the major version and returns a
 * {@link Bridge}. Never hangs: without an answer within `handshakeTimeoutMs` it rejects HOST_NOT_FOUND.
 * @throws {BridgeError} HOST_NOT_FOUND, VERSION_MISMATCH or INVALID_MESSAGE.
 * @example
 * const bridge = await createBridge({ logger: consoleLogger });
 * if (bridge.supports('face.verify')) {
 *   const { ticket } = await bridge.call('face.verify', { purpose: 'declare', bizId, nonce });
 * }
 */
export async function createBridge(options: BridgeOptions = {}): Promise<Bridge> {
  const transport = options.transport ?? detectTransport();
  const logger = options.logger ?? silentLogger;
  const defaultTimeoutMs = options.timeoutMs ?? DEFAULT_TIMEOUT_MS;
  const pending = createPendingCalls(logger);
  const handlers = new Map<EventName, Set<AnyHandler>>();
  let closed = false;
  let host: HostGetInfoResult | null = null;
  const unlisten = transport.listen(receive);

  function receiveReply(reply: BridgeResponse): void {
    const call = pending.get(reply.id);
    if (!call) {
      logger.warn('reply to no pending call (late, duplicate or unknown id): dropped', { id: reply.id });
      return;
    }
    if (!reply.ok) {
      const { code, message: text, retryable, data } = reply.error;
      const error = isKnownErrorCode(code)
        ? new BridgeError(code, text, { retryable, ...(data ? { data } : {}) })
        : new BridgeError('INTERNAL', text, { retryable, data: { ...data, hostCode: code } });
      pending.fail(reply.id, error);
      return;
    }
    const validator = resultValidators[call.method];
    if (!validator(reply.result)) {
      pending.fail(
        reply.id,
        new BridgeError('INVALID_MESSAGE', `Malformed ${call.method} result`, {
          data: validationErrorData(validator),
        }),
      );
      return;
    }
    pending.resolve(reply.id, reply.result);
  }

  function dispatch(event: EventName, data: BridgeEvents[EventName]): void {
    logger.debug(`event ${event}`);
    for (const handler of [...(handlers.get(event) ?? [])]) {
      try {
        (handler as (data: unknown) => void)(data);
      } catch (error) {
        logger.warn(`${event} handler threw`, { error: String(error) });
      }
    }
  }

  /** Entry point of everything the host sends. Must never throw into the transport. */
  function receive(raw: unknown): void {
    if (closed) return;
    try {
      const message = readHostMessage(raw);
      if (message.kind === 'reply') receiveReply(message.reply);
      else if (message.kind === 'event') dispatch(message.event, message.data);
      else if (message.kind === 'bad-reply') {
        logger.warn('malformed reply', { id: message.id, ...message.detail });
        // The host did answer this call, badly: fail it now rather than at its deadline.
        if (message.id !== undefined) {
          pending.fail(
            message.id,
            new BridgeError('INVALID_MESSAGE', 'Malformed reply envelope', { data: message.detail }),
          );
        }
      } else logger[message.level](`${message.reason}: dropped`, message.detail);
    } catch (error) {
      logger.warn('unexpected failure while reading a message', { error: String(error) });
    }
  }

  function send<M extends MethodName>(
    method: M,
    params: BridgeMethods[M]['params'],
    timeoutMs: number,
    signal: AbortSignal | undefined,
  ): Promise<BridgeMethods[M]['result']> {
    return new Promise((resolve, reject) => {
      if (closed) {
        reject(new BridgeError('CANCELLED', 'The bridge is closed'));
        return;
      }
      if (signal?.aborted) {
        reject(new BridgeError('CANCELLED', `${method} aborted before it was sent`));
        return;
      }
      const id = pending.open(method, timeoutMs, signal, {
        resolve: (result) => {
          resolve(result as BridgeMethods[M]['result']);
        },
        reject,
      });
      const request: BridgeRequest = {
        v: BRIDGE_VERSION,
        id,
        method,
        params: params as BridgeRequest['params'],
      };
      // A transport that throws and one whose promise rejects fail the call alike.
      new Promise((sent) => {
        sent(transport.send(request));
      }).catch((error: unknown) => {
        pending.fail(
          id,
          new BridgeError('HOST_NOT_FOUND', `${transport.name} transport could not send`, { cause: error }),
        );
      });
    });
  }

  function supports(method: string, contract?: string): method is MethodName {
    return host !== null && supportsMethod(host, method, contract);
  }

  function close(): void {
    if (closed) return;
    pending.failAll(new BridgeError('CANCELLED', 'The bridge was closed'));
    closed = true;
    unlisten();
    transport.close?.();
    handlers.clear();
  }

  try {
    host = await send(
      'host.getInfo',
      {},
      options.handshakeTimeoutMs ?? DEFAULT_HANDSHAKE_TIMEOUT_MS,
      undefined,
    );
  } catch (error) {
    close();
    if (error instanceof BridgeError && error.code === 'TIMEOUT') {
      throw new BridgeError('HOST_NOT_FOUND', `No host answered the handshake on ${transport.name}`, {
        cause: error,
      });
    }
    throw error;
  }
  const hostMajor = parseVersion(host.bridgeVersion)?.major;
  const ownMajor = parseVersion(BRIDGE_VERSION)?.major;
  if (hostMajor !== ownMajor) {
    close();
    throw new BridgeError(
      'VERSION_MISMATCH',
      `Host speaks bridge ${host.bridgeVersion}, this client ${BRIDGE_VERSION}`,
      {
        data: { hostVersion: host.bridgeVersion, clientVersion: BRIDGE_VERSION },
      },
    );
  }
  logger.debug('connected', {
    host: host.hostName,
    bridgeVersion: host.bridgeVersion,
    binding: transport.name,
  });
  const connectedHost: HostGetInfoResult = host;

  return {
    host: connectedHost,
    supports,
    call(method, params, callOptions = {}) {
      const name: string = method;
      if (!supports(name)) {
        logger.debug(`${name} refused locally: host does not support it`);
        return Promise.reject(new BridgeError('UNSUPPORTED_METHOD', `Host does not support ${name}`));
      }
      const validator = paramsValidators[method];
      if (!validator(params)) {
        return Promise.reject(
          new BridgeError('INVALID_PARAMS', `Invalid ${method} params`, {
            data: validationErrorData(validator),
          }),
        );
      }
      const hostDeadline = (params as { timeoutMs?: number }).timeoutMs;
      const timeoutMs =
        callOptions.timeoutMs ??
        Math.max(
          UI_METHODS.has(method) ? UI_TIMEOUT_MS : defaultTimeoutMs,
          (hostDeadline ?? 0) + HOST_GRACE_MS,
        );
      return send(method, params, timeoutMs, callOptions.signal);
    },
    on(event, handler) {
      let set = handlers.get(event);
      if (!set) handlers.set(event, (set = new Set()));
      set.add(handler);
      return () => {
        set.delete(handler);
      };
    },
    off(event, handler) {
      handlers.get(event)?.delete(handler);
    },
    close,
  };
}
