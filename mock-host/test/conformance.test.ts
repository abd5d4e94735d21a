// The bridge conformance suite against the mock host (over the dev HTTP binding, the scenarios
// arranged through the scenario store) and against a deliberately broken host.
import { readFileSync } from 'node:fs';
import Ajv from 'ajv';
import { exportJWK } from 'jose';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { conformanceSuite, formatReportTable, runConformance } from '@hushi/bridge-spec/conformance';
import type { ConformanceReport } from '@hushi/bridge-spec/conformance';
import { createDevHttpTransport, createInMemoryBinding } from '@hushi/sdk';
import { conformanceArrange } from '../src/host/conformanceArrange';
import { bridgeHandlers } from '../src/handlers/bridge';
import { createMockHost } from '../src/createMockHost';
import type { MockHost } from '../src/createMockHost';
import { createMemoryStorage } from '../src/host/hostStorage';
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

/** The cases of bridge 1.1 (location tickets), which a 1.0 host skips. */
const CASES_1_1 = conformanceSuite.cases.filter((c) => c.since === '1.1.0').map((c) => c.id);
/** The case that verifies the ticket's signature, with the run's hostKeys. */
const SIGNATURE_CASE = 'location.get.ticketSignature';

/** The mock host's public signing key, as the run's `hostKeys` take it. */
const hostKeysOf = async (host: MockHost): Promise<JsonWebKey[]> => [
  await exportJWK(await host.faceTickets.publicKey()),
];

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
    report = await runConformance({
      transport,
      arrange: conformanceArrange(mock),
      hostKeys: await hostKeysOf(mock),
    });
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
  expect(report).toMatchObject({
    ok: true,
    transport: 'http',
    host: { hostName: 'hushi-mock-host', bridgeVersion: '1.1.0', methods: { 'location.get': '1.1.0' } },
  });
  expect(CASES_1_1.length).toBe(5);
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
    const skipped = needing.includes(row.id) || row.id === SIGNATURE_CASE;
    expect(row.status, `${row.id}: ${row.reason ?? ''}`).toBe(skipped ? 'skip' : 'pass');
  }
  expect(report.cases.find((c) => c.id === SIGNATURE_CASE)?.reason).toContain(
    "pass the host's public key as hostKeys",
  );
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
      // Then by condition, each in the order it is first needed (auth.loggedOut by auth.getSession).
      'face.verify.notLoggedIn',
      'face.verify.livenessFailed',
      'face.verify.notMatched',
      'face.verify.cancelled',
    ]);
    expect(report.ok).toBe(true);
  } finally {
    transport.close?.();
  }
});

it('a bridge 1.0 host (scenario bridge10) skips the 1.1 cases, recognised from its handshake', async () => {
  const local = createMockHost({ storage: createMemoryStorage() });
  await local.ready;
  local.scenarios.set({ host: 'bridge10' });
  const binding = createInMemoryBinding();
  binding.host.onRequest((raw) => {
    void local.host.handle(raw).then((reply) => {
      if (reply) binding.host.deliver(reply);
    });
  });
  // No arrange: runConformance would arrange `default` first, and that is the 1.1 host.
  const report = await runConformance({ transport: binding.transport, hostKeys: await hostKeysOf(local) });
  expect(report.host).toMatchObject({ bridgeVersion: '1.0.0', methods: { 'location.get': '1.0.0' } });
  for (const id of CASES_1_1) {
    expect(report.cases.find((c) => c.id === id)).toMatchObject({
      status: 'skip',
      reason: 'the host speaks bridge 1.0.0; this case applies from 1.1.0',
    });
  }
  const needing = conformanceSuite.cases.filter((c) => c.given).map((c) => c.id);
  for (const row of report.cases.filter((c) => !CASES_1_1.includes(c.id) && !needing.includes(c.id))) {
    expect(row.status, `${row.id}: ${row.reason ?? ''}`).toBe('pass');
  }
  expect(report.ok).toBe(true);
}, 20_000);

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
  'location.get.ticket': [
    "the signed fix/lat of result/ticket is 43.672, but the result's lat is 43.682",
    'the ticket must sign what the result returns',
  ],
  'location.get.ticketSignature': [
    'the signature of result/ticket (kid "',
    "does not verify with the host's key (hostKeys, thumbprints ",
  ],
  'location.get.noChallengeNoTicket': ['result/ticket must be absent (got "eyJhbGciOiJFUzI1NiIs'],
  'params.location.get.badChallengeNonce': ['INVALID_PARAMS must list what is wrong in data.errors'],
  'location.get.attestationUnavailable': [
    'expected error ATTESTATION_UNAVAILABLE, got a result: {"lat":43.672,"lng":111.97',
  ],
};

it('a deliberately broken host fails exactly the cases it should, each with a specific reason', async () => {
  const broken = createBrokenHost();
  await broken.ready;
  const report = await runConformance({
    transport: broken.transport,
    arrange: broken.arrange,
    timeoutMs: 300,
    hostKeys: [await broken.publicJwk()],
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
    `${conformanceSuite.cases.length} cases: ${conformanceSuite.cases.length - 17} passed, 17 failed, 0 skipped — does NOT conform`,
  );
}, 20_000);
