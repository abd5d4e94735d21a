// The bridge conformance suite against the mock host (over the dev HTTP binding, the scenarios
// arranged through the scenario store) and against a deliberately broken host.
import { readFileSync } from 'node:fs';
import Ajv from 'ajv';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { conformanceSuite, formatReportTable, runConformance } from '@hushi/bridge-spec/conformance';
import type { ConformanceReport } from '@hushi/bridge-spec/conformance';
import { createDevHttpTransport, createInMemoryBinding } from '@hushi/sdk';
import { conformanceArrange } from '../src/conformanceArrange';
import { bridgeHandlers } from '../src/handlers/bridge';
import { createMockHost } from '../src/handlers/index';
import { createMemoryStorage } from '../src/hostStorage';
import { startMockHostServer } from '../src/server';
import type { MockHostServer } from '../src/server';
import { createBrokenHost } from './brokenHost';

const readSchema = (name: string): Record<string, unknown> =>
  JSON.parse(readFileSync(new URL(`../../bridge-spec/schemas/${name}`, import.meta.url), 'utf8')) as Record<
    string,
    unknown
  >;
const ajv = new Ajv({ strict: true });
ajv.addSchema(readSchema('methods/host.getInfo.result.schema.json'));
const validateReport = ajv.compile(readSchema('conformance-report.schema.json'));

// Each run goes through every case, some held on purpose (slow host, timeouts): 20 s on 2 busy cores.
const statuses = (report: ConformanceReport): Record<string, string> =>
  Object.fromEntries(report.cases.map((c) => [c.id, c.status]));

const mock = createMockHost({ storage: createMemoryStorage() });
let server: MockHostServer;

beforeAll(async () => {
  // auth.getSession mints a code in the mock backend: its database open first.
  await mock.ready;
  server = await startMockHostServer(bridgeHandlers(mock.host, { holdMs: 1_000 }), { port: 0 });
});
afterAll(async () => {
  await server.close();
});

it('the mock host passes every case over the dev HTTP binding, its scenarios arranged', async () => {
  const transport = createDevHttpTransport({ baseUrl: server.url, retryDelayMs: 100 });
  let report: ConformanceReport;
  try {
    report = await runConformance({ transport, arrange: conformanceArrange(mock) });
  } finally {
    transport.close?.();
  }
  expect(validateReport(report), JSON.stringify(validateReport.errors)).toBe(true);
  expect(report.totals, formatReportTable(report)).toEqual({
    total: conformanceSuite.cases.length,
    pass: conformanceSuite.cases.length,
    fail: 0,
    skip: 0,
  });
  expect(report).toMatchObject({ ok: true, transport: 'http', host: { hostName: 'hushi-mock-host' } });
  // The run leaves the host as it found it.
  expect(mock.scenarios.get().location).toBe('inside');
}, 20_000);

it('without arrange, cases needing a host condition are skipped with the reason, never passed', async () => {
  const local = createMockHost({ storage: createMemoryStorage() });
  await local.ready;
  const binding = createInMemoryBinding();
  binding.host.onRequest((raw) => {
    void local.host.handle(raw).then((reply) => {
      if (reply) binding.host.deliver(reply);
    });
  });
  const report = await runConformance({ transport: binding.transport });
  const needing = conformanceSuite.cases.filter((c) => c.given).map((c) => c.id);
  expect(needing.length).toBeGreaterThan(10);
  for (const row of report.cases) {
    expect(row.status, `${row.id}: ${row.reason ?? ''}`).toBe(needing.includes(row.id) ? 'skip' : 'pass');
  }
  expect(report.cases.find((c) => c.id === 'location.get.permissionDenied')?.reason).toBe(
    'needs the host in condition location.permissionDenied (The user (or the OS) has refused the host app location permission.); run with an arrange callback to provide it',
  );
  expect(report.ok).toBe(true);
  expect(formatReportTable(report)).toContain('skipped — no failures, but skipped cases were not checked');
}, 20_000);

it('runs only the cases asked for, by id or by prefix', async () => {
  const transport = createDevHttpTransport({ baseUrl: server.url, retryDelayMs: 100 });
  try {
    const report = await runConformance({
      transport,
      arrange: conformanceArrange(mock),
      only: ['face.', 'wire.unknownMethod'],
    });
    expect(report.cases.map((c) => c.id)).toEqual([
      'face.verify.ticket',
      'wire.unknownMethod',
      'face.verify.livenessFailed',
      'face.verify.notMatched',
      'face.verify.cancelled',
      'face.verify.notLoggedIn',
    ]);
    expect(report.ok).toBe(true);
  } finally {
    transport.close?.();
  }
});

/** Every case the broken host must fail, with words its reason must contain. */
const BROKEN_FAILURES: Record<string, string[]> = {
  'handshake.bridgeMajor': ['result/bridgeVersion is "2.0.0"', 'major versions must be equal (1)'],
  'handshake.declaredMethods': [
    'host.getInfo declares host.getInfo at 1.0.0, auth.getSession at 1.0.0',
    'app.close at 1.0.0: another major than its bridgeVersion 2.0.0',
  ],
  'auth.getSession.ok': [
    'no reply to auth.getSession within 300 ms',
    'a reply without an id: {"ok":true,"result":{"authCode":',
  ],
  'face.verify.ticket': [
    'the result of face.verify does not match its schema: /result/ticket must be "string" (got true)',
  ],
  'wire.unknownMethod': ['expected error UNSUPPORTED_METHOD, got INVALID_PARAMS ("Bad params")'],
  'wire.concurrentCalls': ['no reply to auth.getSession (id conf-', 'sent with 3 other calls'],
  'event.sessionExpired': [
    'the data of the session.expired event does not match its schema: /data/reason must be "string" (got 42)',
  ],
  'app.close.ok': ['no reply to app.close within 300 ms'],
  'params.location.get.missingDatum': [
    'INVALID_PARAMS must list what is wrong in data.errors',
    'got data undefined',
  ],
  'params.location.get.unknownDatum': ['INVALID_PARAMS must list what is wrong in data.errors'],
  'params.location.get.timeoutTooShort': ['INVALID_PARAMS must list what is wrong in data.errors'],
  'wire.exactlyOnce': ['requests were never answered: auth.getSession (id conf-', 'app.close (id conf-'],
};

it('a deliberately broken host fails exactly the cases it should, each with a specific reason', async () => {
  const broken = createBrokenHost();
  await broken.ready;
  const report = await runConformance({
    transport: broken.transport,
    arrange: broken.arrange,
    timeoutMs: 300,
  });
  const table = formatReportTable(report);
  const failed = report.cases.filter((c) => c.status === 'fail').map((c) => c.id);
  expect(failed.sort(), table).toEqual(Object.keys(BROKEN_FAILURES).sort());
  expect(Object.values(statuses(report)).filter((s) => s === 'skip')).toEqual([]);
  for (const [id, words] of Object.entries(BROKEN_FAILURES)) {
    const reason = report.cases.find((c) => c.id === id)?.reason ?? '';
    for (const word of words) expect(reason, id).toContain(word);
  }
  expect(report.ok).toBe(false);
  expect(validateReport(report), JSON.stringify(validateReport.errors)).toBe(true);
  expect(table).toMatch(/^FAIL +face\.verify\.ticket +\d+ {2}the result of face\.verify/m);
  expect(table).toContain(
    `${conformanceSuite.cases.length} cases: ${conformanceSuite.cases.length - 12} passed, 12 failed, 0 skipped — does NOT conform`,
  );
}, 20_000);
