/**
 * The bridge conformance suite for host-app teams: JSON cases run at the wire level against any
 * transport, a JSON report and a plain-text table. Runs inside mini-programs too (no `eval`).
 * @example
 * import { formatReportTable, runConformance } from '@hushi/bridge-spec/conformance';
 * const report = await runConformance({ transport, arrange });
 * console.log(formatReportTable(report));
 */
export { runConformance } from './runConformance';
export { formatReportTable } from './formatReportTable';
export { conformanceSuite } from './conformanceCases';
export { decodeJwsPayload } from './decodeJwsPayload';
export type {
  ConformanceArrange,
  ConformanceCall,
  ConformanceCase,
  ConformanceCaseResult,
  ConformanceCheck,
  ConformanceCondition,
  ConformanceExpectation,
  ConformanceOptions,
  ConformanceReport,
  ConformanceStatus,
  ConformanceSuite,
  ConformanceTransport,
} from './types';
