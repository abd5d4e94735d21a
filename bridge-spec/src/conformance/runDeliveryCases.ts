import { BRIDGE_VERSION } from '../generated/catalogue';
import type { SentRequest } from './createWireMonitor';
import { judgeReply } from './judgeReply';
import { callAndWait, fail, noReply, PASS, verdictOf } from './runContext';
import type { RunContext, Verdict } from './runContext';
import type { ConformanceCall } from './types';

/**
 * An `abandon` case: `call` is sent and given up on at once; a ping after it must be answered (first,
 * with `pingFirst`), and the abandoned call must still get its one reply.
 */
export async function runAbandon(
  context: RunContext,
  call: ConformanceCall,
  pingFirst: boolean,
): Promise<Verdict> {
  const { wire, timeoutMs } = context;
  const abandoned = wire.call(call, BRIDGE_VERSION);
  // The caller gives up on it at once; the bridge has no cancel message, so nothing more is sent.
  const ping = await callAndWait(context, { method: 'host.getInfo', params: {} });
  if (typeof ping === 'string') return fail(`after abandoning ${call.method}, ${ping}`);
  const pingProblem = judgeReply('host.getInfo', ping.reply, { result: {} }, {}, 0);
  if (pingProblem) return fail(pingProblem);
  const late = await wire.waitReply(abandoned, timeoutMs);
  if (late === undefined) {
    if (abandoned.sendError) return fail(abandoned.sendError);
    return fail(
      `the abandoned ${call.method} got no reply within ${timeoutMs} ms after host.getInfo's: a host answers every request exactly once, even when the caller no longer waits`,
    );
  }
  if (pingFirst && (abandoned.replySeq ?? 0) < (ping.entry.replySeq ?? 0)) {
    return fail(
      `the host answered host.getInfo only after the pending ${call.method}: it must not hold other calls behind a slow one`,
    );
  }
  return verdictOf(judgeReply(call.method, late, null, call.params, abandoned.replyAt ?? 0));
}

/** A `concurrent` case: `calls` sent at once, each must get its own result. */
export async function runConcurrent(context: RunContext, calls: ConformanceCall[]): Promise<Verdict> {
  const entries = calls.map((call) => context.wire.call(call, BRIDGE_VERSION));
  const replies = await Promise.all(entries.map((entry) => context.wire.waitReply(entry, context.timeoutMs)));
  for (const [index, call] of calls.entries()) {
    const reply = replies[index];
    const entry = entries[index] as SentRequest;
    if (reply === undefined) {
      const what = `${call.method} (id ${entry.id})`;
      return fail(`${noReply(context, entry, what)}, sent with ${calls.length - 1} other calls`);
    }
    const problem = judgeReply(call.method, reply, { result: {} }, call.params, entry.replyAt ?? 0);
    if (problem) return fail(`${problem} (one of ${calls.length} calls in flight together)`);
  }
  return PASS;
}

/** The `exactlyOnce` case: every request of the run so far that is owed a reply got exactly one. */
export async function runExactlyOnce(context: RunContext): Promise<Verdict> {
  const { wire, timeoutMs } = context;
  const owed = [...wire.sent.values()].filter((entry) => entry.expectReply);
  // Late replies may still be on their way: give the missing ones one more deadline, together.
  await Promise.all(owed.filter((e) => e.replies === 0).map((entry) => wire.waitReply(entry, timeoutMs)));
  const problems: string[] = [];
  const missing = owed.filter((entry) => entry.replies === 0);
  if (missing.length > 0) {
    const named = missing.slice(0, 3).map((e) => `${e.method} (id ${e.id})`);
    problems.push(
      `${missing.length} of ${owed.length} requests were never answered: ${named.join(', ')}${missing.length > 3 ? ', …' : ''}`,
    );
  }
  if (wire.misfiled.length > 0) problems.push(...wire.misfiled.slice(0, 3));
  return problems.length === 0 ? PASS : fail(problems.join('; '));
}
