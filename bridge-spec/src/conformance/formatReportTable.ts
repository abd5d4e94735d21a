import type { ConformanceReport } from './types';

const STATUS = { pass: 'PASS', fail: 'FAIL', skip: 'SKIP' } as const;

const pad = (text: string, width: number): string => text + ' '.repeat(Math.max(0, width - text.length));

/**
 * A conformance report as a plain-text table: a header naming the host, one row per case (status, id,
 * time, reason) and the totals. Reasons stay on one line each, so the table greps well.
 * @example console.log(formatReportTable(await runConformance({ transport })))
 */
export function formatReportTable(report: ConformanceReport): string {
  const host = report.host
    ? `${report.host.hostName} ${report.host.hostVersion} (bridge ${report.host.bridgeVersion}, ${report.host.platform})`
    : 'a host that gave no valid host.getInfo';
  const idWidth = Math.max(4, ...report.cases.map((c) => c.id.length));
  const msWidth = Math.max(2, ...report.cases.map((c) => String(c.durationMs).length));
  const lines = [
    `Bridge conformance ${report.specVersion} against ${host}${report.transport ? ` over ${report.transport}` : ''}`,
    `${pad('STATUS', 6)}  ${pad('CASE', idWidth)}  ${' '.repeat(Math.max(0, msWidth - 2))}MS  REASON`,
    ...report.cases.map((c) => {
      const ms = String(c.durationMs);
      const reason = (c.reason ?? '').replace(/\s+/g, ' ');
      return `${pad(STATUS[c.status], 6)}  ${pad(c.id, idWidth)}  ${' '.repeat(msWidth - ms.length)}${ms}  ${reason}`.trimEnd();
    }),
    `${report.totals.total} cases: ${report.totals.pass} passed, ${report.totals.fail} failed, ${report.totals.skip} skipped — ${report.ok ? (report.totals.skip > 0 ? 'no failures, but skipped cases were not checked' : 'conforms') : 'does NOT conform'}`,
  ];
  return `${lines.join('\n')}\n`;
}
