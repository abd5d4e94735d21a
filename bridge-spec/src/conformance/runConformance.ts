import { compareVersions, parseVersion } from '../compareVersions';
import { BRIDGE_VERSION, ERROR_RETRYABLE, METHOD_SINCE } from '../generated/catalogue';
import type { EventName, MethodName } from '../generated/catalogue';
import type { HostGetInfoResult } from '../generated/types';
import { validateEvent, validateResponse } from '../generated/validators.js';
import { eventDataValidators, resultValidators } from '../validatorTables';
import { conformanceSuite } from './conformanceCases';
import { createWireMonitor } from './createWireMonitor';
import type { SentRequest, WireMonitor } from './createWireMonitor';
import { decodeJwsPayload } from './decodeJwsPayload';
import { describeIssues, preview } from './describeIssue';
import { readPointer } from './readPointer';
import type {
  ConformanceCall,
  ConformanceCase,
  ConformanceCaseResult,
  ConformanceCheck,
  ConformanceExpectation,
  ConformanceOptions,
  ConformanceReport,
  ConformanceSuite,
} from './types';

const DEFAULT_TIMEOUT_MS = 3_000;
/** Placeholder in a raw case's message for a fresh request id. */
const ID_PLACEHOLDER = '$id';

const isKnownMethod = (method: string): method is MethodName =>
  Object.prototype.hasOwnProperty.call(METHOD_SINCE, method);
const isKnownEvent = (event: string): event is EventName =>
  Object.prototype.hasOwnProperty.call(eventDataValidators, event);
const hasCode = (code: string): code is keyof typeof ERROR_RETRYABLE =>
  Object.prototype.hasOwnProperty.call(ERROR_RETRYABLE, code);

interface Reply {
  ok: boolean;
  result?: unknown;
  error?: { code: string; message: string; retryable: boolean; data?: Record<string, unknown> };
}

/** A verdict: `null` passes, a string fails with that reason, `{ skip }` skips. */
type Verdict = string | null | { skip: string };

/** What every case can use. */
interface RunContext {
  wire: WireMonitor;
  suite: ConformanceSuite;
  timeoutMs: number;
  host: HostGetInfoResult | null;
  /** Arrival count when the case started (before arranging its condition). */
  startSeq: number;
}

/** `; meanwhile the host sent ...` when messages came in that the runner could not attribute. */
function straysSince(wire: WireMonitor, seq: number): string {
  const strays = wire.strays.filter((s) => s.seq > seq);
  if (strays.length === 0) return '';
  const shown = strays
    .slice(0, 2)
    .map((s) => s.text)
    .join('; ');
  return `; meanwhile the host sent ${strays.length} message(s) the runner could not attribute: ${shown}`;
}

/** Why a request has no reply: sending it failed, or nothing came before the deadline. */
function noReply(context: RunContext, entry: SentRequest, what: string = entry.method): string {
  return (
    entry.sendError ??
    `no reply to ${what} within ${context.timeoutMs} ms${straysSince(context.wire, context.startSeq)}`
  );
}

/** One extra check of a result; `null` when it holds. */
function runCheck(
  check: ConformanceCheck,
  result: unknown,
  params: unknown,
  receivedAt: number,
): string | null {
  const value = readPointer(result, check.path);
  const where = `result${check.path}`;
  if (check.present) return value === undefined ? `${where} is missing` : null;
  if ('equals' in check) {
    return JSON.stringify(value) === JSON.stringify(check.equals)
      ? null
      : `${where} must be ${preview(check.equals)} (got ${preview(value)})`;
  }
  if (check.sameMajor) {
    const major = typeof value === 'string' ? parseVersion(value)?.major : undefined;
    const specMajor = parseVersion(BRIDGE_VERSION)?.major;
    return major === specMajor
      ? null
      : `${where} is ${preview(value)}, but this suite is for bridge ${BRIDGE_VERSION}: the major versions must be equal (${String(specMajor)})`;
  }
  if (check.future) {
    return typeof value === 'number' && value > receivedAt
      ? null
      : `${where} is ${preview(value)}, not later than when the reply came (${receivedAt}): it has already expired`;
  }
  if (check.jwsClaims) {
    const payload = typeof value === 'string' ? decodeJwsPayload(value) : null;
    if (!payload) return `${where} is not a JWS with a JSON payload (got ${preview(value)})`;
    for (const [claim, pointer] of Object.entries(check.jwsClaims)) {
      const wanted = readPointer(params, pointer);
      if (payload[claim] !== wanted) {
        return `the ${claim} claim of ${where} is ${preview(payload[claim])}, but the request's ${pointer.slice(1)} was ${preview(wanted)}: the ticket must be bound to the request`;
      }
    }
    return null;
  }
  return `unknown check at ${check.path}`;
}

/** Judges one reply of `method` strictly against `expect`; `null` when it conforms. */
function judgeReply(
  method: string,
  raw: unknown,
  expect: ConformanceExpectation | null,
  params: unknown,
  receivedAt: number,
): string | null {
  if (!validateResponse(raw)) {
    return `the reply to ${method} is not a valid response envelope: ${describeIssues(validateResponse.errors, raw)}`;
  }
  const reply = raw as Reply;
  if (expect && 'error' in expect) {
    if (reply.ok) return `expected error ${expect.error}, got a result: ${preview(reply.result)}`;
    const error = reply.error as NonNullable<Reply['error']>;
    if (error.code !== expect.error) {
      return `expected error ${expect.error}, got ${error.code} (${preview(error.message)})`;
    }
    return judgeRetryable(error) ?? judgeErrorData(error);
  }
  if (!reply.ok) {
    const error = reply.error as NonNullable<Reply['error']>;
    if (expect) return `expected a result, got error ${error.code} (${preview(error.message)})`;
    return judgeRetryable(error);
  }
  if (isKnownMethod(method)) {
    const validator = resultValidators[method];
    if (!validator(reply.result)) {
      return `the result of ${method} does not match its schema: ${describeIssues(validator.errors, reply.result, '/result')}`;
    }
  }
  for (const check of expect && 'result' in expect ? (expect.result.checks ?? []) : []) {
    const problem = runCheck(check, reply.result, params, receivedAt);
    if (problem) return problem;
  }
  return null;
}

function judgeRetryable(error: NonNullable<Reply['error']>): string | null {
  if (!hasCode(error.code)) return null;
  const retryable = ERROR_RETRYABLE[error.code];
  return error.retryable === retryable
    ? null
    : `error ${error.code} must say retryable: ${String(retryable)} as the catalogue does (got ${String(error.retryable)})`;
}

const isValidationEntry = (entry: unknown): boolean =>
  typeof entry === 'object' &&
  entry !== null &&
  typeof (entry as { path?: unknown }).path === 'string' &&
  typeof (entry as { keyword?: unknown }).keyword === 'string';

/**
 * The `data` the error catalogue asks of a code: INVALID_PARAMS lists what is wrong in
 * `data.errors`, entries `{ path, keyword }` (spec/errors.json), so the mini-app can log which
 * param a host refused.
 */
function judgeErrorData(error: NonNullable<Reply['error']>): string | null {
  if (error.code !== 'INVALID_PARAMS') return null;
  const errors = error.data?.errors;
  return Array.isArray(errors) && errors.length > 0 && errors.every(isValidationEntry)
    ? null
    : `INVALID_PARAMS must list what is wrong in data.errors ([{ path, keyword }]), got data ${preview(error.data)}`;
}

/** Sends a call and waits for its reply; a string when none came. */
async function callAndWait(
  context: RunContext,
  call: ConformanceCall,
): Promise<{ entry: SentRequest; reply: unknown } | string> {
  const entry = context.wire.call(call, BRIDGE_VERSION);
  const reply = await context.wire.waitReply(entry, context.timeoutMs);
  return reply === undefined ? noReply(context, entry) : { entry, reply };
}

async function runCall(
  context: RunContext,
  call: ConformanceCall,
  expect: ConformanceExpectation,
): Promise<Verdict> {
  const outcome = await callAndWait(context, call);
  if (typeof outcome === 'string') return outcome;
  return judgeReply(call.method, outcome.reply, expect, call.params, outcome.entry.replyAt ?? 0);
}

/** A copy of `message` where every top-level `"$id"` value is `id`. */
function withId(message: unknown, id: string): unknown {
  if (typeof message !== 'object' || message === null || Array.isArray(message)) return message;
  return Object.fromEntries(
    Object.entries(message).map(([key, value]) => [key, value === ID_PLACEHOLDER ? id : value]),
  );
}

async function runRaw(
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
    if (answered)
      return `the host answered a request it cannot attribute (it must drop it): ${answered.text}`;
    if (typeof ping === 'string') return `after a request without an id, ${ping}`;
    return judgeReply('host.getInfo', ping.reply, null, {}, 0);
  }
  const id = wire.nextId();
  const entry = wire.sendRaw(withId(message, id), method, id) as SentRequest;
  const reply = await wire.waitReply(entry, context.timeoutMs);
  if (reply === undefined) return noReply(context, entry, `a malformed ${method} request`);
  return judgeReply(method, reply, expect, {}, entry.replyAt ?? 0);
}

async function runEvent(context: RunContext, event: string, given: string): Promise<Verdict> {
  const message = await context.wire.waitEvent(event, context.startSeq, context.timeoutMs);
  if (!message) {
    return `no ${event} event within ${context.timeoutMs} ms after arranging ${given}${straysSince(context.wire, context.startSeq)}`;
  }
  if (!validateEvent(message)) {
    return `the ${event} event is not a valid event envelope: ${describeIssues(validateEvent.errors, message)}`;
  }
  if (isKnownEvent(event)) {
    const validator = eventDataValidators[event];
    if (!validator(message.data)) {
      return `the data of the ${event} event does not match its schema: ${describeIssues(validator.errors, message.data, '/data')}`;
    }
  }
  return null;
}

/** The params of the suite's first call of `method` that expects a result (a valid request). */
function validParamsOf(suite: ConformanceSuite, method: string): Record<string, unknown> {
  for (const c of suite.cases) {
    if (c.kind === 'call' && c.call.method === method && 'result' in c.expect) return c.call.params;
  }
  return {};
}

async function runDeclaredMethods(context: RunContext): Promise<Verdict> {
  const outcome = await callAndWait(context, { method: 'host.getInfo', params: {} });
  if (typeof outcome === 'string') return outcome;
  const problem = judgeReply('host.getInfo', outcome.reply, { result: {} }, {}, 0);
  if (problem) return problem;
  const info = (outcome.reply as { result: HostGetInfoResult }).result;
  const hostVersion = info.bridgeVersion;
  const problems: string[] = [];
  const otherMajor: string[] = [];
  for (const [method, version] of Object.entries(info.methods)) {
    if (version === undefined) continue;
    const since = isKnownMethod(method) ? METHOD_SINCE[method] : undefined;
    if (parseVersion(version)?.major !== parseVersion(hostVersion)?.major) {
      otherMajor.push(`${method} at ${version}`);
    } else if (compareVersions(version, hostVersion) > 0) {
      problems.push(`declares ${method} at ${version}, newer than its bridgeVersion ${hostVersion}`);
    } else if (since !== undefined && compareVersions(version, since) < 0) {
      problems.push(`declares ${method} at ${version}, but the method was added in ${since}`);
    } else if (since === undefined && compareVersions(hostVersion, BRIDGE_VERSION) <= 0) {
      problems.push(`declares ${method}, which bridge ${hostVersion} does not define`);
    }
  }
  if (otherMajor.length > 0) {
    problems.push(`declares ${otherMajor.join(', ')}: another major than its bridgeVersion ${hostVersion}`);
  }
  for (const method of Object.keys(METHOD_SINCE) as MethodName[]) {
    if (method in info.methods) continue;
    if (parseVersion(hostVersion)?.major !== parseVersion(BRIDGE_VERSION)?.major) break;
    if (compareVersions(METHOD_SINCE[method], hostVersion) > 0) continue;
    const probe = await callAndWait(context, { method, params: validParamsOf(context.suite, method) });
    if (typeof probe === 'string') {
      problems.push(`does not declare ${method}, and calling it got ${probe}`);
      continue;
    }
    const verdict = judgeReply(method, probe.reply, { error: 'UNSUPPORTED_METHOD' }, {}, 0);
    if (verdict) problems.push(`does not declare ${method}, but calling it: ${verdict}`);
  }
  return problems.length === 0 ? null : `host.getInfo ${problems.join('; ')}`;
}

async function runAbandon(context: RunContext, call: ConformanceCall, pingFirst: boolean): Promise<Verdict> {
  const { wire, timeoutMs } = context;
  const abandoned = wire.call(call, BRIDGE_VERSION);
  // The caller gives up on it at once; the bridge has no cancel message, so nothing more is sent.
  const ping = await callAndWait(context, { method: 'host.getInfo', params: {} });
  if (typeof ping === 'string') return `after abandoning ${call.method}, ${ping}`;
  const pingProblem = judgeReply('host.getInfo', ping.reply, { result: {} }, {}, 0);
  if (pingProblem) return pingProblem;
  const late = await wire.waitReply(abandoned, timeoutMs);
  if (late === undefined) {
    if (abandoned.sendError) return abandoned.sendError;
    return `the abandoned ${call.method} got no reply within ${timeoutMs} ms after host.getInfo's: a host answers every request exactly once, even when the caller no longer waits`;
  }
  if (pingFirst && (abandoned.replySeq ?? 0) < (ping.entry.replySeq ?? 0)) {
    return `the host answered host.getInfo only after the pending ${call.method}: it must not hold other calls behind a slow one`;
  }
  return judgeReply(call.method, late, null, call.params, abandoned.replyAt ?? 0);
}

async function runConcurrent(context: RunContext, calls: ConformanceCall[]): Promise<Verdict> {
  const entries = calls.map((call) => context.wire.call(call, BRIDGE_VERSION));
  const replies = await Promise.all(entries.map((entry) => context.wire.waitReply(entry, context.timeoutMs)));
  for (const [index, call] of calls.entries()) {
    const reply = replies[index];
    const entry = entries[index] as SentRequest;
    if (reply === undefined) {
      const what = `${call.method} (id ${entry.id})`;
      return `${noReply(context, entry, what)}, sent with ${calls.length - 1} other calls`;
    }
    const problem = judgeReply(call.method, reply, { result: {} }, call.params, entry.replyAt ?? 0);
    if (problem) return `${problem} (one of ${calls.length} calls in flight together)`;
  }
  return null;
}

async function runExactlyOnce(context: RunContext): Promise<Verdict> {
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
  return problems.length === 0 ? null : problems.join('; ');
}

async function runCase(context: RunContext, c: ConformanceCase): Promise<Verdict> {
  switch (c.kind) {
    case 'call':
      return runCall(context, c.call, c.expect);
    case 'raw':
      return runRaw(context, c.message, c.expect);
    case 'event':
      return runEvent(context, c.event, c.given);
    case 'declaredMethods':
      return runDeclaredMethods(context);
    case 'abandon':
      return runAbandon(context, c.call, c.pingFirst ?? false);
    case 'concurrent':
      return runConcurrent(context, c.calls);
    case 'exactlyOnce':
      return runExactlyOnce(context);
  }
}

/** Why a case cannot run on this host (not a failure), or `null`. */
function unsupportedBy(host: HostGetInfoResult | null, c: ConformanceCase): string | null {
  if (!host) return null;
  const hostVersion = parseVersion(host.bridgeVersion);
  if (
    hostVersion?.major === parseVersion(c.since)?.major &&
    compareVersions(c.since, host.bridgeVersion) > 0
  ) {
    return `the case applies from bridge ${c.since}; the host speaks ${host.bridgeVersion}`;
  }
  const calls = c.kind === 'call' || c.kind === 'abandon' ? [c.call] : c.kind === 'concurrent' ? c.calls : [];
  for (const { method } of calls) {
    if (method !== 'host.getInfo' && isKnownMethod(method) && !(method in host.methods)) {
      return `the host does not declare ${method} in host.getInfo (an optional method; handshake.declaredMethods checks that it answers UNSUPPORTED_METHOD)`;
    }
  }
  return null;
}

const selected = (only: readonly string[] | undefined, id: string): boolean =>
  !only || only.some((entry) => (entry.endsWith('.') ? id.startsWith(entry) : id === entry));

/**
 * Runs the bridge conformance suite against a host, at the wire level: raw request envelopes out,
 * raw replies and events in, each judged strictly with the spec's build-time validators. Never hangs:
 * each wait has a deadline (`timeoutMs`) and a missing reply fails its case with a readable reason.
 * @returns The JSON report (`schemas/conformance-report.schema.json`); print it with `formatReportTable`.
 * @example
 * const report = await runConformance({ transport: createMiniProgramTransport(), arrange: askTheOperator })
 * console.log(formatReportTable(report))
 */
export async function runConformance(options: ConformanceOptions): Promise<ConformanceReport> {
  const { transport, arrange, only, onCase, now = Date.now } = options;
  const suite = options.suite ?? conformanceSuite;
  const timeoutMs = options.timeoutMs ?? DEFAULT_TIMEOUT_MS;
  const started = now();
  const wire = createWireMonitor(transport, now);
  const results: ConformanceCaseResult[] = [];
  let host: HostGetInfoResult | null = null;
  try {
    if (arrange) await arrange('default');
    const handshake = wire.call({ method: 'host.getInfo', params: {} }, BRIDGE_VERSION);
    const info = await wire.waitReply(handshake, timeoutMs);
    if (info !== undefined && judgeReply('host.getInfo', info, { result: {} }, {}, 0) === null) {
      host = (info as { result: HostGetInfoResult }).result;
    }
    /** The condition the host is in, when known. */
    let current: string | undefined = 'default';
    for (const c of suite.cases) {
      if (!selected(only, c.id)) continue;
      const caseStart = now();
      const startSeq = wire.seq();
      const finish = (verdict: Verdict): void => {
        const result: ConformanceCaseResult = {
          id: c.id,
          title: c.title,
          status: verdict === null ? 'pass' : typeof verdict === 'string' ? 'fail' : 'skip',
          ...(verdict === null ? {} : { reason: typeof verdict === 'string' ? verdict : verdict.skip }),
          ...(c.given ? { given: c.given } : {}),
          durationMs: now() - caseStart,
        };
        results.push(result);
        onCase?.(result);
      };
      const unsupported = unsupportedBy(host, c);
      if (unsupported) {
        finish({ skip: unsupported });
        continue;
      }
      const condition = c.given ?? 'default';
      const described = suite.conditions[condition];
      if (!described) {
        finish(`the case needs condition ${condition}, which the suite does not define`);
        continue;
      }
      if (!arrange && c.given) {
        finish({
          skip: `needs the host in condition ${condition} (${described.description}); run with an arrange callback to provide it`,
        });
        continue;
      }
      if (arrange && (condition !== current || described.kind === 'trigger')) {
        let arranged: unknown;
        try {
          arranged = await arrange(condition);
        } catch (error) {
          current = undefined;
          finish({
            skip: `arrange("${condition}") failed: ${error instanceof Error ? error.message : String(error)}`,
          });
          continue;
        }
        current = described.kind === 'trigger' ? undefined : condition;
        if (arranged === false && condition !== 'default') {
          current = undefined;
          finish({ skip: `this host or harness cannot arrange ${condition} (${described.description})` });
          continue;
        }
      }
      let verdict: Verdict;
      try {
        verdict = await runCase({ wire, suite, timeoutMs, host, startSeq }, c);
      } catch (error) {
        verdict = error instanceof Error ? error.message : String(error);
      }
      finish(verdict);
    }
    if (arrange && current !== 'default') await arrange('default');
  } finally {
    wire.close();
  }
  const count = (status: ConformanceCaseResult['status']): number =>
    results.filter((r) => r.status === status).length;
  const totals = { total: results.length, pass: count('pass'), fail: count('fail'), skip: count('skip') };
  return {
    suite: 'hushi-bridge-conformance',
    specVersion: BRIDGE_VERSION,
    transport: transport.name ?? null,
    host,
    startedAt: new Date(started).toISOString(),
    durationMs: now() - started,
    timeoutMs,
    totals,
    ok: totals.fail === 0,
    cases: results,
  };
}
