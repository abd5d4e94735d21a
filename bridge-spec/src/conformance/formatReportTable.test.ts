import { expect, it } from 'vitest';
import { formatReportTable } from './formatReportTable';
import type { ConformanceReport } from './types';

const report: ConformanceReport = {
  suite: 'hushi-bridge-conformance',
  specVersion: '1.0.0',
  transport: 'memory',
  host: {
    hostName: 'demo-host',
    hostVersion: '3.1.0',
    bridgeVersion: '1.0.0',
    platform: 'android',
    methods: { 'host.getInfo': '1.0.0' },
  },
  startedAt: '2026-01-01T00:00:00.000Z',
  durationMs: 320,
  timeoutMs: 3000,
  totals: { total: 3, pass: 1, fail: 1, skip: 1 },
  ok: false,
  cases: [
    { id: 'handshake.getInfo', title: 't', status: 'pass', durationMs: 4 },
    {
      id: 'app.close.ok',
      title: 't',
      status: 'fail',
      reason: 'no reply to app.close\nwithin 3000 ms',
      durationMs: 3001,
    },
    { id: 'event.appVisibility', title: 't', status: 'skip', reason: 'needs a condition', durationMs: 0 },
  ],
};

it('prints one line per case with status, id, time and reason, then the totals', () => {
  expect(formatReportTable(report)).toBe(
    [
      'Bridge conformance 1.0.0 against demo-host 3.1.0 (bridge 1.0.0, android) over memory',
      'STATUS  CASE                   MS  REASON',
      'PASS    handshake.getInfo       4',
      'FAIL    app.close.ok         3001  no reply to app.close within 3000 ms',
      'SKIP    event.appVisibility     0  needs a condition',
      '3 cases: 1 passed, 1 failed, 1 skipped — does NOT conform',
      '',
    ].join('\n'),
  );
});
