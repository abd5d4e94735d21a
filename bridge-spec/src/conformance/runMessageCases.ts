import { validateEvent } from '../generated/validators.js';
import type { EventName } from '../generated/catalogue';
import { eventDataValidators } from '../validatorTables';
import type { SentRequest } from './createWireMonitor';
import { describeIssues } from './describeIssue';
import { judgeReply } from './judgeReply';
import { callAndWait, fail, noReply, PASS, straysSince, verdictOf } from './runContext';
import type { RunContext, Verdict } from './runContext';
import type { ConformanceCall, ConformanceExpectation } from './types';
import { verifySignatureChecks } from './verifySignatureChecks';

/** Placeholder in a raw case's message for a fresh request id. */
const ID_PLACEHOLDER = '$id';

const isKnownEvent = (event: string): event is EventName =>
  Object.prototype.hasOwnProperty.call(eventDataValidators, event);

/** A `call` case: one well-formed call, its reply judged against `expect`. */
export async function runCall(
  context: RunContext,
  call: ConformanceCall,
  expect: ConformanceExpectation,
): Promise<Verdict> {
  const outcome = await callAndWait(context, call);
  if (typeof outcome === 'string') return fail(outcome);
  const problem = judgeReply(call.method, outcome.reply, expect, call.params, outcome.entry.replyAt ?? 0);
  return problem === null ? verifySignatureChecks(context, expect, outcome.reply) : fail(problem);
}

/** A copy of `message` where every top-level `"$id"` value is `id`. */
function withId(message: unknown, id: string): unknown {
  if (typeof message !== 'object' || message === null || Array.isArray(message)) return message;
  return Object.fromEntries(
    Object.entries(message).map(([key, value]) => [key, value === ID_PLACEHOLDER ? id : value]),
  );
}

/**
 * A `raw` case: a possibly malformed message sent as is. With `noReply` the host must drop it and
 * still answer a ping after it; otherwise its reply is judged against `expect`.
 */
export async function runRaw(
  context: RunContext,
  message: unknown,
  expect: ConformanceExpectation | { noReply: true },
): Promise<Verdict> {
  const { wire } = context;
  const method =
    typeof (message as { method?: unknown } | null)?.method === 'string'
      ? (message as { method: string }).method
      : 'the request';
  if ('noReply' in expect) {
    wire.sendRaw(message, method, null);
    // A ping after it: the host must still be answering, and must not have answered the unattributable one.
    const ping = await callAndWait(context, { method: 'host.getInfo', params: {} });
    const answered = wire.strays.find((s) => s.seq > context.startSeq && s.replyLike);
    if (answered) {
      return fail(`the host answered a request it cannot attribute (it must drop it): ${answered.text}`);
    }
    if (typeof ping === 'string') return fail(`after a request without an id, ${ping}`);
    return verdictOf(judgeReply('host.getInfo', ping.reply, null, {}, 0));
  }
  const id = wire.nextId();
  const entry = wire.sendRaw(withId(message, id), method, id) as SentRequest;
  const reply = await wire.waitReply(entry, context.timeoutMs);
  if (reply === undefined) return fail(noReply(context, entry, `a malformed ${method} request`));
  const problem = judgeReply(method, reply, expect, {}, entry.replyAt ?? 0);
  return problem === null ? verifySignatureChecks(context, expect, reply) : fail(problem);
}

/** An `event` case: after arranging `given`, the host must push a valid `event`. */
export async function runEvent(context: RunContext, event: string, given: string): Promise<Verdict> {
  const message = await context.wire.waitEvent(event, context.startSeq, context.timeoutMs);
  if (!message) {
    return fail(
      `no ${event} event within ${context.timeoutMs} ms after arranging ${given}${straysSince(context.wire, context.startSeq)}`,
    );
  }
  if (!validateEvent(message)) {
    return fail(
      `the ${event} event is not a valid event envelope: ${describeIssues(validateEvent.errors, message)}`,
    );
  }
  if (isKnownEvent(event)) {
    const validator = eventDataValidators[event];
    if (!validator(message.data)) {
      return fail(
        `the data of the ${event} event does not match its schema: ${describeIssues(validator.errors, message.data, '/data')}`,
      );
    }
  }
  return PASS;
}
