import { preview } from './describeIssue';
import type { ConformanceCall, ConformanceTransport } from './types';
import { isRecord } from '../isRecord';

/** A request the runner sent with an id, and what came back for it. */
export interface SentRequest {
  id: string;
  method: string;
  /** Whether the host owes a reply (false for deliberately unattributable messages). */
  expectReply: boolean;
  replies: number;
  /** The first reply, as decoded. */
  reply?: unknown;
  /** Arrival order of the first reply (see {@link WireMonitor.seq}). */
  replySeq?: number;
  /** When the first reply arrived, epoch ms. */
  replyAt?: number;
  /** Why the transport could not send it, when it could not. */
  sendError?: string;
}

/** An incoming message the runner could not attribute to a request or read as an event. */
export interface StrayMessage {
  seq: number;
  /** Whether it looks like a reply (has `ok`) — a host must never send those without a valid id. */
  replyLike: boolean;
  text: string;
}

/** An incoming message with an `event` field. */
export interface IncomingEvent {
  seq: number;
  message: Record<string, unknown>;
}

/** Watches the wire for one run: sends requests with fresh ids and files everything that comes back. */
export interface WireMonitor {
  /** Number of messages received so far (arrival order of the next is `seq() + 1`). */
  seq(): number;
  /**
   * Sends a call with a fresh id (and the given or default `v`); the returned entry fills in as replies
   * come. Does not wait for the transport's `send` to settle: a binding such as dev HTTP settles it
   * only with the reply, and calls must be able to overlap.
   */
  call(call: ConformanceCall, defaultVersion: string): SentRequest;
  /** Sends `message` as is; when `id` is given, files it as a request owed a reply. */
  sendRaw(message: unknown, method: string, id: string | null): SentRequest | null;
  /** A fresh request id. */
  nextId(): string;
  /** Resolves with the request's first reply, or `undefined` after `ms` or once sending failed. */
  waitReply(entry: SentRequest, ms: number): Promise<unknown>;
  /** Resolves with the first event named `name` received after `afterSeq`, or `undefined` after `ms`. */
  waitEvent(name: string, afterSeq: number, ms: number): Promise<Record<string, unknown> | undefined>;
  /** Every request sent in this run. */
  readonly sent: ReadonlyMap<string, SentRequest>;
  readonly strays: readonly StrayMessage[];
  /** Replies whose id was never sent, and second replies to one id. */
  readonly misfiled: readonly string[];
  /** Stops listening. */
  close(): void;
}

/** Starts listening on `transport`; ids start with a run prefix so that runs never mix. */
export function createWireMonitor(transport: ConformanceTransport, now: () => number): WireMonitor {
  const prefix = `conf-${now().toString(36)}`;
  let counter = 0;
  let seq = 0;
  const sent = new Map<string, SentRequest>();
  const strays: StrayMessage[] = [];
  const misfiled: string[] = [];
  const events: IncomingEvent[] = [];
  const wake = new Set<() => void>();

  const notify = (): void => {
    for (const listener of [...wake]) listener();
  };

  const receive = (raw: unknown): void => {
    seq += 1;
    let value = raw;
    if (typeof raw === 'string') {
      try {
        value = JSON.parse(raw);
      } catch {
        strays.push({ seq, replyLike: false, text: `text that is not JSON: ${preview(raw)}` });
        return;
      }
    }
    if (isRecord(value) && 'event' in value && !('id' in value)) {
      events.push({ seq, message: value });
      notify();
      return;
    }
    const id = isRecord(value) && typeof value.id === 'string' ? value.id : undefined;
    const entry = id === undefined ? undefined : sent.get(id);
    if (entry) {
      entry.replies += 1;
      if (entry.replies === 1) {
        entry.reply = value;
        entry.replySeq = seq;
        entry.replyAt = now();
        notify();
      } else {
        misfiled.push(`a second reply to ${entry.method} (id ${entry.id}): ${preview(value)}`);
      }
      return;
    }
    if (isRecord(value) && 'ok' in value) {
      if (id === undefined)
        strays.push({ seq, replyLike: true, text: `a reply without an id: ${preview(value)}` });
      else misfiled.push(`a reply to id ${id}, which was never sent: ${preview(value)}`);
      return;
    }
    strays.push({
      seq,
      replyLike: false,
      text: `a message that is neither a reply nor an event: ${preview(value)}`,
    });
  };

  const unsubscribe = transport.listen(receive);

  /** Resolves with `pick()`'s value as soon as it is defined, or `undefined` after `ms`. */
  function waitFor<T>(pick: () => T | undefined, ms: number): Promise<T | undefined> {
    const found = pick();
    if (found !== undefined) return Promise.resolve(found);
    return new Promise((resolve) => {
      const check = (): void => {
        const value = pick();
        if (value === undefined) return;
        done();
        resolve(value);
      };
      const timer = setTimeout(() => {
        done();
        resolve(undefined);
      }, ms);
      const done = (): void => {
        clearTimeout(timer);
        wake.delete(check);
      };
      wake.add(check);
    });
  }

  const nextId = (): string => `${prefix}-${(counter += 1)}`;

  function sendRaw(message: unknown, method: string, id: string | null): SentRequest | null {
    const entry: SentRequest | null = id === null ? null : { id, method, expectReply: true, replies: 0 };
    if (entry) sent.set(entry.id, entry);
    const failed = (error: unknown): void => {
      if (!entry) return;
      entry.expectReply = false;
      entry.sendError = `could not send ${method}: ${error instanceof Error ? error.message : String(error)}`;
      notify();
    };
    try {
      Promise.resolve(transport.send(message)).catch(failed);
    } catch (error) {
      failed(error);
    }
    return entry;
  }

  return {
    seq: () => seq,
    nextId,
    call(call, defaultVersion) {
      const id = nextId();
      const message = { v: call.v ?? defaultVersion, id, method: call.method, params: call.params };
      return sendRaw(message, call.method, id) as SentRequest;
    },
    sendRaw,
    async waitReply(entry, ms) {
      await waitFor(() => (entry.reply !== undefined || entry.sendError ? true : undefined), ms);
      return entry.reply;
    },
    waitEvent: (name, afterSeq, ms) =>
      waitFor(() => events.find((e) => e.seq > afterSeq && e.message.event === name)?.message, ms),
    sent,
    strays,
    misfiled,
    close() {
      unsubscribe();
      notify();
    },
  };
}
