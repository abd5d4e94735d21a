import { BridgeError } from '../errors';
import type { MethodName } from '@hushi/bridge-spec';
import type { BridgeLogger } from './logger';

/** A call sent to the host and not answered yet. */
export interface PendingCall {
  readonly method: MethodName;
  readonly startedAt: number;
  resolve(result: unknown): void;
  reject(error: BridgeError): void;
}

const now: () => number =
  typeof performance !== 'undefined' && typeof performance.now === 'function'
    ? () => performance.now()
    : () => Date.now();

/** The calls a bridge has sent and not yet settled, see {@link createPendingCalls}. @internal */
export interface PendingCalls {
  /**
   * Opens a call: a new id, a deadline of `timeoutMs` (TIMEOUT) and, with `signal`, cancellation
   * (CANCELLED). `settled` hears the outcome once.
   */
  open(
    method: MethodName,
    timeoutMs: number,
    signal: AbortSignal | undefined,
    settled: { resolve(result: unknown): void; reject(error: BridgeError): void },
  ): string;
  /** The open call of this id, if any. */
  get(id: string): PendingCall | undefined;
  /** Settles call `id` with its result. */
  resolve(id: string, result: unknown): void;
  /** Settles call `id` with an error (nothing if it is settled already). */
  fail(id: string, error: BridgeError): void;
  /** Settles every open call with `error`. */
  failAll(error: BridgeError): void;
}

/**
 * The calls a bridge has sent and not yet settled, by id: each with its deadline and its cancel signal,
 * settled once (by its reply, its deadline, its signal or the bridge closing), with a debug line for
 * each. Kept apart from reading the host's messages, as tma.js keeps its `request`.
 * @internal
 */
export function createPendingCalls(logger: BridgeLogger): PendingCalls {
  const calls = new Map<string, PendingCall>();
  const idPrefix = Math.random().toString(36).slice(2, 8);
  let sequence = 0;

  const take = (id: string): PendingCall | undefined => {
    const call = calls.get(id);
    calls.delete(id);
    return call;
  };
  const fail = (id: string, error: BridgeError): void => {
    const call = take(id);
    if (!call) return;
    logger.debug(`← ${call.method} #${id} ${error.code}`, {
      ms: now() - call.startedAt,
      message: error.message,
    });
    call.reject(error);
  };

  return {
    open(method, timeoutMs, signal, settled) {
      sequence += 1;
      const id = `${idPrefix}-${sequence}`;
      const timer = setTimeout(() => {
        fail(id, new BridgeError('TIMEOUT', `${method} got no reply within ${timeoutMs} ms`));
      }, timeoutMs);
      const onAbort = (): void => {
        fail(id, new BridgeError('CANCELLED', `${method} aborted by the caller`));
      };
      const cleanup = (): void => {
        clearTimeout(timer);
        signal?.removeEventListener('abort', onAbort);
      };
      signal?.addEventListener('abort', onAbort);
      calls.set(id, {
        method,
        startedAt: now(),
        resolve: (result) => {
          cleanup();
          settled.resolve(result);
        },
        reject: (error) => {
          cleanup();
          settled.reject(error);
        },
      });
      logger.debug(`→ ${method} #${id}`);
      return id;
    },
    get: (id) => calls.get(id),
    resolve(id, result) {
      const call = take(id);
      if (!call) return;
      logger.debug(`← ${call.method} #${id} ok`, { ms: now() - call.startedAt });
      call.resolve(result);
    },
    fail,
    failAll(error) {
      for (const id of [...calls.keys()]) fail(id, error);
    },
  };
}
