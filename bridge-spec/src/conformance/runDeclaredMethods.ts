import { compareVersions, parseVersion } from '../compareVersions';
import { BRIDGE_VERSION, METHOD_CONTRACTS, METHOD_SINCE } from '../generated/catalogue';
import type { MethodName } from '../generated/catalogue';
import type { HostGetInfoResult } from '../generated/types';
import { isKnownMethod } from '../isKnownMethod';
import { judgeReply } from './judgeReply';
import { callAndWait, fail, PASS } from './runContext';
import type { RunContext, Verdict } from './runContext';
import type { ConformanceSuite } from './types';

/** The params of the suite's first call of `method` that expects a result (a valid request). */
function validParamsOf(suite: ConformanceSuite, method: string): Record<string, unknown> {
  for (const c of suite.cases) {
    if (c.kind === 'call' && c.call.method === method && 'result' in c.expect) return c.call.params;
  }
  return {};
}

/**
 * The `declaredMethods` case: the versions host.getInfo declares fit its bridgeVersion and the
 * catalogue (each one of the method's contracts, `METHOD_CONTRACTS`), and every method it leaves out
 * answers UNSUPPORTED_METHOD.
 */
export async function runDeclaredMethods(context: RunContext): Promise<Verdict> {
  const outcome = await callAndWait(context, { method: 'host.getInfo', params: {} });
  if (typeof outcome === 'string') return fail(outcome);
  const problem = judgeReply('host.getInfo', outcome.reply, { result: {} }, {}, 0);
  if (problem) return fail(problem);
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
    } else if (
      isKnownMethod(method) &&
      compareVersions(hostVersion, BRIDGE_VERSION) <= 0 &&
      !(METHOD_CONTRACTS[method] as readonly string[]).includes(version)
    ) {
      problems.push(
        `declares ${method} at ${version}, which is none of its contracts (${METHOD_CONTRACTS[method].join(', ')}): a host declares the contract it follows`,
      );
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
  return problems.length === 0 ? PASS : fail(`host.getInfo ${problems.join('; ')}`);
}
