import { runDeclaredMethods } from './runDeclaredMethods';
import { runAbandon, runConcurrent, runExactlyOnce } from './runDeliveryCases';
import { runCall, runEvent, runRaw } from './runMessageCases';
import type { RunContext, Verdict } from './runContext';
import type { ConformanceCase } from './types';

/** Runs one case by its kind, its condition already arranged. */
export async function runCase(context: RunContext, c: ConformanceCase): Promise<Verdict> {
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
