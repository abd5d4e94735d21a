// The mock customs backend: the current one (PGlite, each action one transaction) next to the in-memory
// Maps of commit 1458957 (the "old" column, from a git worktree in .tmp/bench-baseline), in one run.
// 1. Races, in-process with a stand-in face verifier (targets: exactly 1 / 1 + 9 / 1);
// 2. throughput and latency of queries and 暂存 over HTTP, a few concurrent clients (reported);
// 3. 暂存 after 3,000 drafts of one person against its first 100 (target: median latency ≤ 1.5×);
// 4. RSS of the server process over 60 s of 暂存 and face challenges (target: growth ≤ 50 MB);
// 5. start-up of the CLI and the latency of one action (reported).
// Servers are `npm run mock-host` child processes on 127.0.0.1, the current one on a PGlite data
// directory (`--data`). Exits 1 when a target is missed. See docs/bench.md.
import { existsSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { sampleEntryInput } from '../src/backend/seedDeclarations';
import { SEED_PERSONS } from '../src/backend/seedPersons';
import { runRaces } from './backendRaces';
import type { RaceOutcome } from './backendRaces';
import { BASELINE_COMMIT, ensureBaselineWorktree } from './baselineWorktree';
import { loginOverHttp } from './httpCaller';
import type { HttpCaller } from './httpCaller';
import { quantile, runFor, runLoad } from './httpLoad';
import type { LoadResult } from './httpLoad';
import { startMockHost } from './mockHostProcess';
import type { MockHostProcess } from './mockHostProcess';
import { baselineRaceSubjects, currentRaceSubjects } from './raceSubjects';

const CLIENTS = 4;
const LOAD_REQUESTS = 1_000;
const WARMUP_REQUESTS = 200;
const SEQUENTIAL_REQUESTS = 200;
const FIRST_DRAFTS = 100;
const STORED_DRAFTS = 3_000;
const STORED_QUERIES = 5;
const RSS_WARMUP_MS = 5_000;
const RSS_LOAD_MS = 60_000;
const TARGET_DRAFT_SLOWDOWN = 1.5;
const TARGET_RSS_GROWTH_MB = 50;
const MB = 1024 * 1024;

const root = resolve(import.meta.dirname, '..', '..');
const began = performance.now();
const progress = (text: string): void => {
  console.log(`[${((performance.now() - began) / 1000).toFixed(0)} s] ${text}`);
};
const scratch = await mkdtemp(join(tmpdir(), 'hushi-backend-bench-'));
const running = new Set<MockHostProcess>();

/** One row of the results table. */
interface Row {
  measure: string;
  current: string;
  old: string;
  target: string;
  /** Whether the current store met the target; undefined for a row that is reported only. */
  met?: boolean;
}
const rows: Row[] = [];

/** Starts a mock host CLI, remembered so that it is stopped whatever happens. */
async function start(tree: string, label: string, args: readonly string[] = []): Promise<MockHostProcess> {
  const host = await startMockHost({ tree, args, label });
  running.add(host);
  return host;
}

async function stop(host: MockHostProcess): Promise<void> {
  running.delete(host);
  await host.stop();
}

/** The current CLI on the PGlite data directory `dir` (created when missing). */
async function startCurrent(dir: string, label: string): Promise<MockHostProcess> {
  const host = await start(root, label, ['--data', dir]);
  // A CLI without --data (or one that ignored it) would measure an in-memory database instead.
  if (!existsSync(join(dir, 'PG_VERSION'))) throw new Error(`${label}: the CLI did not open ${dir}`);
  return host;
}

let drafts = 0;
/** A 进境申报单 to 暂存, each a little different. */
const nextDraft = () => sampleEntryInput({ billNumber: `BENCH-${++drafts}` });

const fmtLoad = (r: LoadResult): string =>
  `${r.reqPerSec.toFixed(0)} req/s, p50 ${r.p50Ms.toFixed(1)} ms, p99 ${r.p99Ms.toFixed(1)} ms`;
const fmtMs = (ms: number): string => `${ms.toFixed(ms < 10 ? 1 : 0)} ms`;

/** Median latency of `count` calls made one after another. */
async function sequentialMedianMs(count: number, call: () => Promise<{ status: number }>, expected: number) {
  const latencies: number[] = [];
  for (let i = 0; i < count; i += 1) {
    const begin = performance.now();
    const { status } = await call();
    latencies.push(performance.now() - begin);
    if (status !== expected) throw new Error(`status ${status}, expected ${expected}`);
  }
  return quantile(
    latencies.sort((a, b) => a - b),
    0.5,
  );
}

/** Throughput of queries and 暂存, then the latency of one of each, on a freshly started host. */
interface LoadFigures {
  queries: LoadResult;
  drafts: LoadResult;
  queryMs: number;
  draftMs: number;
}

async function loadFigures(host: MockHostProcess): Promise<LoadFigures> {
  const resident = await loginOverHttp(host, SEED_PERSONS.resident.id, 'resident');
  const query = () => resident.queryRecords();
  const save = () => resident.saveDraft(nextDraft());
  // Queries first, on the seed data (a query reads the person's drafts); each after a warm-up.
  await runLoad(WARMUP_REQUESTS, CLIENTS, 200, query);
  const queries = await runLoad(LOAD_REQUESTS, CLIENTS, 200, query);
  const queryMs = await sequentialMedianMs(SEQUENTIAL_REQUESTS, query, 200);
  await runLoad(WARMUP_REQUESTS, CLIENTS, 201, save);
  const draftsLoad = await runLoad(LOAD_REQUESTS, CLIENTS, 201, save);
  const draftMs = await sequentialMedianMs(SEQUENTIAL_REQUESTS, save, 201);
  return { queries, drafts: draftsLoad, queryMs, draftMs };
}

/** 暂存 of one person's first 100 drafts, and of 100 more once 3,000 are stored. */
interface GrowthFigures {
  first: LoadResult;
  later: LoadResult;
  /** Median latency of a query (first page) with the 3,000 drafts stored. */
  queryMs: number;
}

/** The 3,000-drafts measure in stages, so that the untimed fill of two hosts can overlap. */
interface Growth {
  /** Stores drafts until the person has 3,000; not timed. */
  fill(): Promise<void>;
  /** Times 100 more, then a query. */
  finish(): Promise<GrowthFigures>;
}

/** Warms `host` up with another person's 暂存, then times the first 100 drafts of one person. */
async function beginGrowth(host: MockHostProcess): Promise<Growth> {
  // Another person's traffic warms the server up, so that "first" is not a cold start.
  const other = await loginOverHttp(host, SEED_PERSONS.secondResident.id, 'resident');
  await runLoad(WARMUP_REQUESTS, CLIENTS, 201, () => other.saveDraft(nextDraft()));
  const resident: HttpCaller = await loginOverHttp(host, SEED_PERSONS.resident.id, 'resident');
  const save = () => resident.saveDraft(nextDraft());
  const first = await runLoad(FIRST_DRAFTS, CLIENTS, 201, save);
  return {
    async fill() {
      await runLoad(STORED_DRAFTS - FIRST_DRAFTS, CLIENTS, 201, save);
    },
    async finish() {
      const later = await runLoad(FIRST_DRAFTS, CLIENTS, 201, save);
      const queryMs = await sequentialMedianMs(STORED_QUERIES, () => resident.queryRecords(), 200);
      return { first, later, queryMs };
    },
  };
}

/**
 * RSS of the host at the start of 60 s of 暂存 + face challenges (after a warm-up) and at the end. The
 * clients log in as three 边民 in turn: a person keeps at most 10,000 declarations.
 */
async function rssFigures(host: MockHostProcess) {
  const persons = [SEED_PERSONS.resident, SEED_PERSONS.secondResident, SEED_PERSONS.groupRepresentative];
  const callers = await Promise.all(persons.map((p) => loginOverHttp(host, p.id, 'resident')));
  const step = async (client: number): Promise<void> => {
    const caller = callers[client % callers.length];
    if (caller === undefined) throw new Error('no caller');
    const saved = await caller.saveDraft(nextDraft());
    if (saved.status !== 201) throw new Error(`暂存: ${saved.status} ${JSON.stringify(saved.body)}`);
    const { preEntryNumber } = saved.body as { preEntryNumber: string };
    const challenge = await caller.faceChallenge(preEntryNumber);
    if (challenge.status !== 201) throw new Error(`face challenge: ${challenge.status}`);
  };
  await runFor(RSS_WARMUP_MS, CLIENTS, step);
  const startRss = host.rss();
  let peakRss = startRss;
  const sampler = setInterval(() => {
    peakRss = Math.max(peakRss, host.rss());
  }, 1_000);
  const steps = await runFor(RSS_LOAD_MS, CLIENTS, step).finally(() => {
    clearInterval(sampler);
  });
  const endRss = host.rss();
  return { startRss, endRss, peakRss: Math.max(peakRss, endRss), requests: steps * 2 };
}

// ---- the run ---------------------------------------------------------------------------------------

let baseline: string | undefined;
try {
  baseline = ensureBaselineWorktree(root);
} catch (error) {
  const reason = (error as Error).message.split('\n')[0] ?? 'unknown';
  console.log(`old column skipped: no worktree at ${BASELINE_COMMIT} (${reason})`);
}
const onBaseline = async <T>(work: (tree: string) => Promise<T>): Promise<T | undefined> =>
  baseline === undefined ? undefined : work(baseline);
const na = baseline === undefined ? 'n/a' : '';

try {
  progress('1. races (in-process, stand-in face verifier)');
  const races = await runRaces(currentRaceSubjects());
  const oldRaces: RaceOutcome | undefined = await onBaseline(async (tree) =>
    runRaces(await baselineRaceSubjects(tree)),
  );
  rows.push(
    {
      measure: '10 concurrent 5,000 元 申报 of one 边民: accepted',
      current: String(races.allowanceAccepted),
      old: oldRaces ? String(oldRaces.allowanceAccepted) : na,
      target: 'exactly 1',
      met: races.allowanceAccepted === 1,
    },
    {
      measure: 'one draft, 10 Idempotency-Keys at once: ok / 409',
      current: `${races.draftSuccesses} / ${races.draftConflicts}`,
      old: oldRaces ? `${oldRaces.draftSuccesses} / ${oldRaces.draftConflicts}` : na,
      target: '1 / 9',
      met: races.draftSuccesses === 1 && races.draftConflicts === 9,
    },
    {
      measure: '10 concurrent 认证 of one 边民: counted',
      current: String(races.authenticationsCounted),
      old: oldRaces ? String(oldRaces.authenticationsCounted) : na,
      target: 'exactly 1',
      met: races.authenticationsCounted === 1,
    },
  );

  progress('2. throughput over HTTP, current then old');
  const dataDir = join(scratch, 'data');
  const fresh = await startCurrent(dataDir, 'current CLI, fresh data directory');
  const current = await loadFigures(fresh);
  await stop(fresh);
  const oldHost = await onBaseline((tree) => start(tree, 'baseline CLI'));
  const old = oldHost === undefined ? undefined : await loadFigures(oldHost);
  if (oldHost !== undefined) await stop(oldHost);
  rows.push(
    {
      measure: `query (GET records p.1), ${LOAD_REQUESTS} req × ${CLIENTS} clients`,
      current: fmtLoad(current.queries),
      old: old ? fmtLoad(old.queries) : na,
      target: 'reported',
    },
    {
      measure: `暂存 (POST drafts), ${LOAD_REQUESTS} req × ${CLIENTS} clients`,
      current: fmtLoad(current.drafts),
      old: old ? fmtLoad(old.drafts) : na,
      target: 'reported',
    },
  );

  progress(`3. 暂存 with ${STORED_DRAFTS.toLocaleString('en')} drafts stored, current then old`);
  // Every timed part runs alone; only the two fills (untimed) run at the same time.
  const growthHost = await startCurrent(join(scratch, 'growth'), 'current CLI, second fresh data directory');
  const oldGrowthHost = await onBaseline((tree) => start(tree, 'baseline CLI'));
  const currentGrowth = await beginGrowth(growthHost);
  const oldGrowthStages = oldGrowthHost === undefined ? undefined : await beginGrowth(oldGrowthHost);
  await Promise.all([currentGrowth.fill(), oldGrowthStages?.fill()]);
  const growth = await currentGrowth.finish();
  const oldGrowth = await oldGrowthStages?.finish();
  await stop(growthHost);
  if (oldGrowthHost !== undefined) await stop(oldGrowthHost);
  const slowdown = (g: GrowthFigures): number => g.later.p50Ms / g.first.p50Ms;
  const fmtGrowth = (g: GrowthFigures): string =>
    `p50 ${g.first.p50Ms.toFixed(1)} → ${g.later.p50Ms.toFixed(1)} ms (${slowdown(g).toFixed(2)}×); ` +
    `${g.first.reqPerSec.toFixed(0)} → ${g.later.reqPerSec.toFixed(0)} req/s`;
  rows.push({
    measure: `暂存, first ${FIRST_DRAFTS} drafts of one person → after ${STORED_DRAFTS.toLocaleString('en')}`,
    current: fmtGrowth(growth),
    old: oldGrowth ? fmtGrowth(oldGrowth) : na,
    target: `p50 ≤ ${TARGET_DRAFT_SLOWDOWN}×`,
    met: slowdown(growth) <= TARGET_DRAFT_SLOWDOWN,
  });
  rows.push({
    measure: `one query (p.1) with ${STORED_DRAFTS.toLocaleString('en')} drafts stored, median of ${STORED_QUERIES}`,
    current: fmtMs(growth.queryMs),
    old: oldGrowth ? fmtMs(oldGrowth.queryMs) : na,
    target: 'reported',
  });

  progress(
    `4. RSS over ${RSS_LOAD_MS / 1000} s (current), after its start-up on the existing data directory`,
  );
  const existing = await startCurrent(dataDir, 'current CLI, existing data directory');
  const rss = await rssFigures(existing);
  await stop(existing);
  const growthMb = (rss.endRss - rss.startRss) / MB;
  rows.push({
    measure: `RSS, ${RSS_LOAD_MS / 1000} s of 暂存 + face challenges (${rss.requests} req)`,
    current:
      `${(rss.startRss / MB).toFixed(0)} → ${(rss.endRss / MB).toFixed(0)} MB ` +
      `(${growthMb >= 0 ? '+' : ''}${growthMb.toFixed(1)} MB, peak ${(rss.peakRss / MB).toFixed(0)} MB)`,
    old: '',
    target: `≤ +${TARGET_RSS_GROWTH_MB} MB`,
    met: growthMb <= TARGET_RSS_GROWTH_MB,
  });

  const startup = (host: MockHostProcess): string =>
    `listening ${fmtMs(host.listeningMs)}, first answer ${fmtMs(host.readyMs)}`;
  rows.push(
    {
      measure: 'start-up (spawn → listening), existing data directory',
      current: startup(existing),
      old: '',
      target: 'reported',
    },
    {
      measure: 'start-up (spawn → listening), fresh data directory',
      current: startup(fresh),
      old: oldHost ? `${startup(oldHost)} (memory)` : na,
      target: 'reported',
    },
    {
      measure: 'one 暂存, median of 200 one after another',
      current: fmtMs(current.draftMs),
      old: old ? fmtMs(old.draftMs) : na,
      target: 'reported',
    },
    {
      measure: 'one query, median of 200 one after another',
      current: fmtMs(current.queryMs),
      old: old ? fmtMs(old.queryMs) : na,
      target: 'reported',
    },
  );
} finally {
  await Promise.all([...running].map((host) => host.stop()));
  await rm(scratch, { recursive: true, force: true });
}

progress('done');
printTable(rows);
const missed = rows.filter((row) => row.met === false);
console.log(
  missed.length === 0
    ? 'mock backend: every target met'
    : `mock backend: MISSED ${missed.map((row) => row.measure).join('; ')}`,
);
process.exit(missed.length === 0 ? 0 : 1);

// ---- the table -------------------------------------------------------------------------------------

/** Columns of a terminal a string takes (CJK characters take two). */
function width(text: string): number {
  let columns = 0;
  for (const char of text)
    columns += /[\u1100-\u115f\u2e80-\ua4cf\uac00-\ud7a3\uf900-\ufaff\uff00-\uff60]/u.test(char) ? 2 : 1;
  return columns;
}

/** Prints the rows as a Markdown table (readable in a terminal, pastable in an issue). */
function printTable(table: readonly Row[]): void {
  const header = ['measure', 'current (PGlite)', `old (${BASELINE_COMMIT}, Maps)`, 'target', 'result'];
  const cells = table.map((row) => [
    row.measure,
    row.current,
    row.old,
    row.target,
    row.met === undefined ? '' : row.met ? 'met' : 'MISSED',
  ]);
  const widths = header.map((title, i) =>
    Math.max(width(title), ...cells.map((line) => width(line[i] ?? ''))),
  );
  const line = (values: readonly string[]): string =>
    `| ${values.map((value, i) => value + ' '.repeat((widths[i] ?? 0) - width(value))).join(' | ')} |`;
  console.log(`\n${line(header)}`);
  console.log(`|${widths.map((w) => '-'.repeat(w + 2)).join('|')}|`);
  for (const values of cells) console.log(line(values));
}
