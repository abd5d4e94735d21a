import { readPointer } from './readPointer';
import { PASS } from './runContext';
import type { RunContext, Verdict } from './runContext';
import type { ConformanceExpectation } from './types';
import { verifyJwsSignature } from './verifyJwsSignature';

/**
 * The `jwsSignature` checks of `expect` on a reply that `judgeReply` already passed: each JWS must
 * verify with the run's `hostKeys`. A failure wins over a skip.
 */
export async function verifySignatureChecks(
  context: RunContext,
  expect: ConformanceExpectation,
  reply: unknown,
): Promise<Verdict> {
  if (!('result' in expect)) return PASS;
  const result = (reply as { result?: unknown }).result;
  let skipped: Verdict = PASS;
  for (const check of expect.result.checks ?? []) {
    if (!check.jwsSignature) continue;
    const verdict = await verifyJwsSignature(
      readPointer(result, check.path),
      `result${check.path}`,
      context.hostKeys,
    );
    if (verdict.outcome === 'fail') return verdict;
    if (skipped.outcome === 'pass') skipped = verdict;
  }
  return skipped;
}
