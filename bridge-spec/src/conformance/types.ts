import type { ErrorCode } from '../generated/catalogue';
import type { HostGetInfoResult } from '../generated/types';

/**
 * The wire end the conformance runner talks through: raw messages out, raw messages in. The sdk's
 * transports (`createInMemoryBinding().transport`, `createWebViewTransport()`, `createDevHttpTransport()`,
 * `createMiniProgramTransport()`) fit it as they are.
 */
export interface ConformanceTransport {
  /** Binding name, for the report. */
  readonly name?: string;
  /**
   * Sends one message as the mini-app would (JSON-encoded by the binding). The runner also sends
   * deliberately malformed envelopes through it.
   */
  send(message: unknown): void | Promise<void>;
  /** Subscribes to what the host sends (replies and events, JSON text or decoded); returns an unsubscribe. */
  listen(receive: (raw: unknown) => void): () => void;
}

/**
 * Puts the host in a condition of the suite (`location.permissionDenied`, `event.sessionExpired`, ...,
 * and `default` for its normal state) and resolves once it is. Resolve `false` when this host or
 * harness cannot do it: the cases that need it are skipped, with the reason. May return a promise.
 */
export type ConformanceArrange = (condition: string) => unknown;

/** Options of `runConformance`. */
export interface ConformanceOptions {
  /** How messages reach the host under test. */
  transport: ConformanceTransport;
  /** Puts the host in the conditions cases need. Without it those cases are skipped, never passed. */
  arrange?: ConformanceArrange;
  /** Case ids, or id prefixes ending in `.` (`face.`), to run; default all. */
  only?: readonly string[];
  /** Deadline of each step waiting for the host, ms. Default 3 000. */
  timeoutMs?: number;
  /** The suite to run. Default the suite shipped with this package. */
  suite?: ConformanceSuite;
  /** Called after each case, e.g. to print progress. */
  onCase?: (result: ConformanceCaseResult) => void;
  /** Clock, epoch ms. Default `Date.now`. */
  now?: () => number;
  /**
   * The host's public signing keys (ES256, EC P-256 JWKs), for the cases that verify the signature of
   * its tickets (`jwsSignature`). Without them those cases are skipped, never passed. Verified with
   * WebCrypto (`crypto.subtle`): where a runtime lacks it, those cases are skipped too.
   */
  hostKeys?: readonly JsonWebKey[];
}

/**
 * An extra check on a result, at a JSON Pointer below it: one kind per check (see
 * `schemas/conformance-case.schema.json`). The `jws*` kinds decode a compact JWS there.
 */
export interface ConformanceCheck {
  path: string;
  present?: true;
  /** Nothing there (a ticket a host must not give). */
  absent?: true;
  equals?: unknown;
  sameMajor?: true;
  future?: true;
  /** Claim name → JSON Pointer into the request params. */
  jwsClaims?: Record<string, string>;
  /** Protected header member → the value it must have, or `true`: a non-empty string. */
  jwsHeader?: Record<string, string | true>;
  /** The ticket payload schema the payload must match. */
  jwsPayload?: 'LocationTicketPayload';
  /** JSON Pointer into the payload → JSON Pointer into the result: the signed value equals the returned one. */
  jwsBindsResult?: Record<string, string>;
  /** Most seconds from `iat` to `exp`; `exp` must also be after `iat` and after the reply came. */
  jwsLifetime?: number;
  /** The signature verifies with the run's `hostKeys`, the key its `kid` names; skipped without keys. */
  jwsSignature?: true;
}

/** What a reply must be. */
export type ConformanceExpectation = { result: { checks?: ConformanceCheck[] } } | { error: ErrorCode };

/** One request of a case; the runner fills in `id`, and `v` unless given. */
export interface ConformanceCall {
  method: string;
  params: Record<string, unknown>;
  v?: string;
}

interface CaseBase {
  /** Stable id, `area.name`. */
  id: string;
  title: string;
  /**
   * The bridge version the case applies from. A host skips it when its `bridgeVersion` is older, or
   * when it declares a method the case calls at a contract older than the method's as of `since`.
   */
  since: string;
  /** The host condition the case needs; absent means `default`. */
  given?: string;
}

/** One case of the suite, by kind (see `schemas/conformance-case.schema.json`). */
export type ConformanceCase = CaseBase &
  (
    | { kind: 'call'; call: ConformanceCall; expect: ConformanceExpectation }
    | { kind: 'raw'; message: unknown; expect: ConformanceExpectation | { noReply: true } }
    | { kind: 'event'; event: string; given: string }
    | { kind: 'abandon'; call: ConformanceCall; pingFirst?: boolean }
    | { kind: 'concurrent'; calls: ConformanceCall[] }
    | { kind: 'declaredMethods' }
    | { kind: 'exactlyOnce' }
  );

/** A host condition a case may need. */
export interface ConformanceCondition {
  /** `state`: lasts until another is arranged; `trigger`: the host does something once. */
  kind: 'state' | 'trigger';
  description: string;
}

/** The suite as data (`conformance/conditions.json` and `conformance/cases/*.json`). */
export interface ConformanceSuite {
  conditions: Record<string, ConformanceCondition>;
  cases: ConformanceCase[];
}

/** Outcome of one case. */
export type ConformanceStatus = 'pass' | 'fail' | 'skip';

/** One row of the report. */
export interface ConformanceCaseResult {
  id: string;
  title: string;
  status: ConformanceStatus;
  /** Why it failed or was skipped, in one English sentence or two. */
  reason?: string;
  /** The condition the case needed, when not `default`. */
  given?: string;
  durationMs: number;
}

/** The JSON report of a run (see `schemas/conformance-report.schema.json`). */
export interface ConformanceReport {
  suite: 'hushi-bridge-conformance';
  /** The bridge-spec version whose cases ran. */
  specVersion: string;
  /** The transport's name, when it has one. */
  transport: string | null;
  /** What the host answered to the handshake, when it answered a valid one. */
  host: HostGetInfoResult | null;
  startedAt: string;
  durationMs: number;
  timeoutMs: number;
  totals: { total: number; pass: number; fail: number; skip: number };
  /** True when no case failed. Skipped cases are not passes: read `totals.skip`. */
  ok: boolean;
  cases: ConformanceCaseResult[];
}
