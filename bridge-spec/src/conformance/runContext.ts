import { BRIDGE_VERSION } from '../generated/catalogue';
import type { HostGetInfoResult } from '../generated/types';
import type { SentRequest, WireMonitor } from './createWireMonitor';
import type { ConformanceCall, ConformanceSuite } from './types';

/** A case's verdict: it passes, or fails or is skipped for a reason. */
export type Verdict =
  | { readonly outcome: 'pass' }
  | { readonly outcome: 'fail'; readonly reason: string }
  | { readonly outcome: 'skip'; readonly reason: string };

/** What a check found wrong, or `null` when nothing. */
export type Problem = string | null;

/** The verdict of a case that passed. */
export const PASS: Verdict = { outcome: 'pass' };
/** The verdict of a case that failed for `reason`. */
export const fail = (reason: string): Verdict => ({ outcome: 'fail', reason });
/** The verdict of a case skipped for `reason`. */
export const skip = (reason: string): Verdict => ({ outcome: 'skip', reason });
/** A pass when a check found no problem, else a failure for it. */
export const verdictOf = (problem: Problem): Verdict => (problem === null ? PASS : fail(problem));

/** What every case can use. */
export interface RunContext {
  wire: WireMonitor;
  suite: ConformanceSuite;
  timeoutMs: number;
  /** The host's handshake result, or `null` when the handshake failed. */
  host: HostGetInfoResult | null;
  /** Arrival count when the case started (before arranging its condition). */
  startSeq: number;
  /** The host's public signing keys the run was given, for `jwsSignature` checks. */
  hostKeys: readonly JsonWebKey[] | undefined;
}

/** `; meanwhile the host sent ...` when messages came in that the runner could not attribute. */
export function straysSince(wire: WireMonitor, seq: number): string {
  const strays = wire.strays.filter((s) => s.seq > seq);
  if (strays.length === 0) return '';
  const shown = strays
    .slice(0, 2)
    .map((s) => s.text)
    .join('; ');
  return `; meanwhile the host sent ${strays.length} message(s) the runner could not attribute: ${shown}`;
}

/** Why a request has no reply: sending it failed, or nothing came before the deadline. */
export function noReply(context: RunContext, entry: SentRequest, what: string = entry.method): string {
  return (
    entry.sendError ??
    `no reply to ${what} within ${context.timeoutMs} ms${straysSince(context.wire, context.startSeq)}`
  );
}

/** Sends a call and waits for its reply; a string when none came. */
export async function callAndWait(
  context: RunContext,
  call: ConformanceCall,
): Promise<{ entry: SentRequest; reply: unknown } | string> {
  const entry = context.wire.call(call, BRIDGE_VERSION);
  const reply = await context.wire.waitReply(entry, context.timeoutMs);
  return reply === undefined ? noReply(context, entry) : { entry, reply };
}
