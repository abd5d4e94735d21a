// The conformance suite's cases are valid data and cover the whole spec, so that it cannot silently
// lose coverage when the spec grows.
import { readdirSync, readFileSync } from 'node:fs';
import Ajv from 'ajv';
import { expect, it } from 'vitest';
import {
  ERROR_CATALOGUE,
  EVENT_SINCE,
  METHOD_SINCE,
  METHOD_TABLE,
  paramsValidators,
} from '@hushi/bridge-spec';
import type { ErrorCode, MethodName } from '@hushi/bridge-spec';
import { conformanceSuite } from '@hushi/bridge-spec/conformance';
import type { ConformanceCall, ConformanceCase } from '@hushi/bridge-spec/conformance';

const readJson = (path: string): unknown => JSON.parse(readFileSync(new URL(path, import.meta.url), 'utf8'));
const { cases, conditions } = conformanceSuite;

/** Codes a host answers for any method, besides each method's own list in spec/methods.json. */
const WIRE_CODES: ErrorCode[] = [
  'UNSUPPORTED_METHOD',
  'INVALID_MESSAGE',
  'VERSION_MISMATCH',
  'INVALID_PARAMS',
];
/** Codes only a client raises. */
const CLIENT_ONLY: ErrorCode[] = ['HOST_NOT_FOUND'];

const isMethod = (method: string): method is MethodName => method in METHOD_SINCE;

/** Every call a case makes, with the error it expects (`null`: a result). */
function callsOf(c: ConformanceCase): { call: ConformanceCall; error: ErrorCode | null | undefined }[] {
  if (c.kind === 'call') return [{ call: c.call, error: 'error' in c.expect ? c.expect.error : null }];
  if (c.kind === 'abandon') return [{ call: c.call, error: undefined }];
  if (c.kind === 'concurrent') return c.calls.map((call) => ({ call, error: null }));
  return [];
}

/** The error codes a case expects, including raw (malformed envelope) cases. */
function expectedCodes(c: ConformanceCase): string[] {
  if (c.kind === 'call' || c.kind === 'raw') return 'error' in c.expect ? [c.expect.error] : [];
  return [];
}

it('each case file, the conditions and the assembled suite validate against schemas/conformance-case.schema.json', () => {
  const ajv = new Ajv({ strict: true, strictTypes: false, allErrors: true });
  const validate = ajv.compile(readJson('../schemas/conformance-case.schema.json') as object);
  const caseFiles = readdirSync(new URL('../conformance/cases/', import.meta.url)).filter((name) =>
    name.endsWith('.json'),
  );
  for (const document of [
    ...caseFiles.map((name) => readJson(`../conformance/cases/${name}`)),
    readJson('../conformance/conditions.json'),
    conformanceSuite,
  ]) {
    const valid = validate(document);
    expect(validate.errors ?? []).toEqual([]);
    expect(valid).toBe(true);
  }
  // Every file is part of the suite, and nothing else.
  const filed = caseFiles.flatMap((name) =>
    (readJson(`../conformance/cases/${name}`) as { cases: { id: string }[] }).cases.map((c) => c.id),
  );
  expect([...filed].sort()).toEqual(cases.map((c) => c.id).sort());
});

it('runs the default state first, each condition together, and the exactly-once check last', () => {
  // The exactly-once check closes the run, in the default state.
  const givens = cases.slice(0, -1).map((c) => c.given ?? 'default');
  expect(givens[0]).toBe('default');
  const seen = new Set<string>();
  givens.forEach((given, i) => {
    if (given !== givens[i - 1]) {
      expect(seen.has(given), given).toBe(false);
      seen.add(given);
    }
  });
  expect(cases.at(-1)?.kind).toBe('exactlyOnce');
});

it('case ids are unique and every condition used is defined, and every one defined is used', () => {
  const ids = cases.map((c) => c.id);
  expect(new Set(ids).size).toBe(ids.length);
  const used = new Set(cases.map((c) => c.given ?? 'default'));
  for (const condition of used) expect(Object.keys(conditions), condition).toContain(condition);
  expect([...used].sort()).toEqual(Object.keys(conditions).sort());
});

it('every method of the spec has a case that expects a valid result', () => {
  const covered = new Set(
    cases.flatMap((c) =>
      callsOf(c)
        .filter((entry) => entry.error === null)
        .map((entry) => entry.call.method),
    ),
  );
  for (const method of Object.keys(METHOD_SINCE)) expect([...covered], method).toContain(method);
});

it('every error code a host may return is expected by at least one case', () => {
  const hostCodes = new Set<string>([...WIRE_CODES, ...Object.values(METHOD_TABLE).flatMap((m) => m.errors)]);
  // A new code must be either host-returnable (listed by a method) or declared client-only here.
  expect(Object.keys(ERROR_CATALOGUE).filter((code) => !hostCodes.has(code))).toEqual(CLIENT_ONLY);
  const expected = new Set(cases.flatMap(expectedCodes));
  for (const code of hostCodes) expect([...expected], code).toContain(code);
});

it('every event of the spec has a delivery case', () => {
  const covered = cases.flatMap((c) => (c.kind === 'event' ? [c.event] : []));
  expect([...new Set(covered)].sort()).toEqual(Object.keys(EVENT_SINCE).sort());
});

it('the handshake, unknown method, malformed params and envelopes, cancel and exactly-once are all checked', () => {
  const kinds = new Set(cases.map((c) => c.kind));
  for (const kind of ['declaredMethods', 'abandon', 'concurrent', 'exactlyOnce', 'raw', 'event'] as const) {
    expect([...kinds]).toContain(kind);
  }
  expect(cases.at(-1)?.kind).toBe('exactlyOnce');
});

it('each case expects only codes its method may return, with params that match what it expects', () => {
  for (const c of cases) {
    for (const { call, error } of callsOf(c)) {
      if (!isMethod(call.method)) {
        expect(error, c.id).toBe('UNSUPPORTED_METHOD');
        continue;
      }
      const paramsValid = paramsValidators[call.method](call.params);
      expect(paramsValid, c.id).toBe(error !== 'INVALID_PARAMS');
      if (error) {
        const allowed: readonly string[] = [...WIRE_CODES, ...METHOD_TABLE[call.method].errors];
        expect(allowed, c.id).toContain(error);
      }
    }
  }
});
