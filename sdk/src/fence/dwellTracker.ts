import { invalidOption } from './refuse';
import type { FenceVerdict } from './fenceVerdict';

/** Options of {@link createDwellTracker}. */
export interface DwellOptions {
  /** Inside verdicts needed, at least 1. */
  minFixes: number;
  /** Time between the first and the last of them, ms, at least 0. */
  minDurationMs: number;
}

/** Where a dwell stands after the last verdict. */
export interface DwellState {
  /** Whether the current run has reached both `minFixes` and `minDurationMs`. */
  readonly passed: boolean;
  /** The fence of the current run, or null when there is no run. */
  readonly fenceId: string | null;
  /** Inside verdicts in the current run. */
  readonly fixes: number;
  /** Time from the first to the last fix of the current run, ms. */
  readonly spanMs: number;
}

/** Counts consecutive inside verdicts, see {@link createDwellTracker}. */
export interface DwellTracker {
  /** Takes the next verdict (in fix order) and returns the new state. */
  record(verdict: FenceVerdict): DwellState;
  /** The state after the last verdict. */
  readonly state: DwellState;
  /** Forgets the current run. */
  reset(): void;
}

const EMPTY: DwellState = { passed: false, fenceId: null, fixes: 0, spanMs: 0 };

/**
 * The optional dwell rule: the check counts as passed only after `minFixes` inside verdicts for the same
 * fence spanning at least `minDurationMs` of fix time. An outside or not-connected verdict, or an inside
 * one for another fence, ends the run; uncertain, stale and inaccurate verdicts say nothing about where
 * the phone is, so they neither count nor end it. A fix not newer than the last one that counted or ended
 * a run is ignored, so a replayed or late fix cannot count twice or restart a run.
 * @throws {FenceError} INVALID_OPTIONS for a `minFixes` below 1 or a negative `minDurationMs`.
 * @example
 * const dwell = createDwellTracker({ minFixes: 3, minDurationMs: 10_000 })
 * if (dwell.record(checker.check(fix)).passed) enableSubmit()
 */
export function createDwellTracker(options: DwellOptions): DwellTracker {
  const { minFixes, minDurationMs } = options;
  if (!Number.isInteger(minFixes) || minFixes < 1) invalidOption('minFixes', minFixes);
  if (!(minDurationMs >= 0)) invalidOption('minDurationMs', minDurationMs);
  let state = EMPTY;
  let firstTimestamp = 0;
  let lastTimestamp = -Infinity;

  const record = (verdict: FenceVerdict): DwellState => {
    const { status, timestamp } = verdict;
    if (status === 'uncertain' || status === 'stale' || status === 'inaccurate') return state;
    // Out of order or replayed: a fix not newer than the last one that moved the state is ignored.
    if (timestamp <= lastTimestamp) return state;
    lastTimestamp = timestamp;
    if (status !== 'inside') {
      state = EMPTY;
      return state;
    }
    if (verdict.fence.id !== state.fenceId) {
      state = EMPTY;
      firstTimestamp = timestamp;
    }
    const fixes = state.fixes + 1;
    const spanMs = timestamp - firstTimestamp;
    state = {
      passed: fixes >= minFixes && spanMs >= minDurationMs,
      fenceId: verdict.fence.id,
      fixes,
      spanMs,
    };
    return state;
  };

  const reset = (): void => {
    state = EMPTY;
    lastTimestamp = -Infinity;
  };

  return {
    record,
    reset,
    get state() {
      return state;
    },
  };
}
