import { compareVersions, parseVersion } from '../compareVersions';
import { BRIDGE_VERSION } from '../generated/catalogue';
import type { HostGetInfoResult } from '../generated/types';
import { conformanceSuite } from './conformanceCases';
import { createWireMonitor } from './createWireMonitor';
import { isKnownMethod } from '../isKnownMethod';
import { judgeReply } from './judgeReply';
import { methodContract } from '../methodContract';
import { runCase } from './runCase';
import { fail, skip } from './runContext';
import type { Verdict } from './runContext';
import type { ConformanceCase, ConformanceCaseResult, ConformanceOptions, ConformanceReport } from './types';

const DEFAULT_TIMEOUT_MS = 3_000;

/**
 * Why a case does not apply to this host (not a failure), or `null`. A case applies from its `since`:
 * the host's `bridgeVersion` must be at least that (of the same major), and each method the case calls
 * must be declared, at a contract at least the method's as of `since` (`methodContract`): a 1.1 host
 * still following the 1.0.0 contract of `location.get` skips the cases of its 1.1.0 contract.
 */
function unsupportedBy(host: HostGetInfoResult | null, c: ConformanceCase): string | null {
  if (!host) return null;
  const hostVersion = parseVersion(host.bridgeVersion);
  if (
    hostVersion?.major === parseVersion(c.since)?.major &&
    compareVersions(c.since, host.bridgeVersion) > 0
  ) {
    return `the host speaks bridge ${host.bridgeVersion}; this case applies from ${c.since}`;
  }
  const calls = c.kind === 'call' || c.kind === 'abandon' ? [c.call] : c.kind === 'concurrent' ? c.calls : [];
  for (const { method } of calls) {
    if (!isKnownMethod(method)) continue;
    const declared = host.methods[method];
    if (method !== 'host.getInfo' && declared === undefined) {
      return `the host does not declare ${method} in host.getInfo (an optional method; handshake.declaredMethods checks that it answers UNSUPPORTED_METHOD)`;
    }
    // The handshake passed its schema: every declared contract is a version.
    const needed = methodContract(method, c.since);
    if (
      declared !== undefined &&
      needed !== undefined &&
      parseVersion(declared)?.major === parseVersion(needed)?.major &&
      compareVersions(needed, declared) > 0
    ) {
      return `the host follows the ${declared} contract of ${method}; this case applies from its ${needed} contract`;
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
  const { transport, arrange, only, onCase, hostKeys, now = Date.now } = options;
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
          status: verdict.outcome,
          ...(verdict.outcome === 'pass' ? {} : { reason: verdict.reason }),
          ...(c.given ? { given: c.given } : {}),
          durationMs: now() - caseStart,
        };
        results.push(result);
        onCase?.(result);
      };
      const unsupported = unsupportedBy(host, c);
      if (unsupported) {
        finish(skip(unsupported));
        continue;
      }
      const condition = c.given ?? 'default';
      const described = suite.conditions[condition];
      if (!described) {
        finish(fail(`the case needs condition ${condition}, which the suite does not define`));
        continue;
      }
      if (!arrange && c.given) {
        finish(
          skip(
            `needs the host in condition ${condition} (${described.description}); run with an arrange callback to provide it`,
          ),
        );
        continue;
      }
      if (arrange && (condition !== current || described.kind === 'trigger')) {
        let arranged: unknown;
        try {
          arranged = await arrange(condition);
        } catch (error) {
          current = undefined;
          finish(
            skip(`arrange("${condition}") failed: ${error instanceof Error ? error.message : String(error)}`),
          );
          continue;
        }
        current = described.kind === 'trigger' ? undefined : condition;
        if (arranged === false && condition !== 'default') {
          current = undefined;
          finish(skip(`this host or harness cannot arrange ${condition} (${described.description})`));
          continue;
        }
      }
      let verdict: Verdict;
      try {
        verdict = await runCase({ wire, suite, timeoutMs, host, startSeq, hostKeys }, c);
      } catch (error) {
        verdict = fail(error instanceof Error ? error.message : String(error));
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
