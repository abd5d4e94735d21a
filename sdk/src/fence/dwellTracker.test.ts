import { expect, it } from 'vitest';
import { readFenceFixture } from '../../test/geo';
import { createDwellTracker } from './dwellTracker';
import { createFenceChecker } from './createFenceChecker';
import type { FenceVerdict } from './fenceVerdict';

let clock = 0;
const checker = createFenceChecker(readFenceFixture('synthetic.geojson') as never, {
  connectedHeadCustoms: new Set(['0100']),
  now: () => clock,
});
/** A real verdict at `t` seconds for a point of the synthetic fences. */
const at = (t: number, where: 'donut' | 'twin' | 'outside' | 'edge' | 'vague'): FenceVerdict => {
  clock = t * 1000;
  const points = {
    donut: [100, 30.0011, 5],
    twin: [100.02 - 250 / 96_297, 30, 5],
    outside: [100, 30.003, 5],
    edge: [100, 30.0018, 5],
    vague: [100, 30.0011, 500],
  } as const;
  const [lng, lat, accuracy] = points[where];
  return checker.check({ lat, lng, datum: 'wgs84', accuracy, timestamp: clock });
};

it('passes after N inside fixes over T seconds, not before', () => {
  const dwell = createDwellTracker({ minFixes: 3, minDurationMs: 10_000 });
  expect(dwell.record(at(0, 'donut'))).toEqual({ passed: false, fenceId: 'donut', fixes: 1, spanMs: 0 });
  expect(dwell.record(at(4, 'donut')).passed).toBe(false);
  expect(dwell.record(at(8, 'donut'))).toEqual({ passed: false, fenceId: 'donut', fixes: 3, spanMs: 8_000 });
  expect(dwell.record(at(10, 'donut'))).toEqual({ passed: true, fenceId: 'donut', fixes: 4, spanMs: 10_000 });
  expect(dwell.state.passed).toBe(true);
});

it('needs the fixes as well as the time', () => {
  const dwell = createDwellTracker({ minFixes: 3, minDurationMs: 10_000 });
  dwell.record(at(0, 'donut'));
  expect(dwell.record(at(30, 'donut'))).toMatchObject({ passed: false, fixes: 2, spanMs: 30_000 });
  expect(dwell.record(at(31, 'donut')).passed).toBe(true);
});

it('starts over when the phone is outside or in another fence', () => {
  const dwell = createDwellTracker({ minFixes: 2, minDurationMs: 0 });
  dwell.record(at(0, 'donut'));
  expect(dwell.record(at(1, 'outside'))).toEqual({ passed: false, fenceId: null, fixes: 0, spanMs: 0 });
  dwell.record(at(2, 'donut'));
  expect(dwell.record(at(3, 'twin'))).toEqual({ passed: false, fenceId: 'twin', fixes: 1, spanMs: 0 });
  expect(dwell.record(at(4, 'twin')).passed).toBe(true);
});

it('neither counts nor ends the run on uncertain, inaccurate or stale verdicts', () => {
  const dwell = createDwellTracker({ minFixes: 2, minDurationMs: 5_000 });
  dwell.record(at(0, 'donut'));
  const edge = at(2, 'edge');
  expect(edge.status).toBe('uncertain');
  expect(dwell.record(edge).fixes).toBe(1);
  const vague = at(3, 'vague');
  expect(vague.status).toBe('inaccurate');
  expect(dwell.record(vague).fixes).toBe(1);
  expect(dwell.record({ status: 'stale', timestamp: 4_000, ageMs: 90_000, maxAgeMs: 60_000 }).fixes).toBe(1);
  expect(dwell.record(at(6, 'donut'))).toEqual({ passed: true, fenceId: 'donut', fixes: 2, spanMs: 6_000 });
});

it('ignores a replayed or late fix', () => {
  const dwell = createDwellTracker({ minFixes: 3, minDurationMs: 0 });
  const first = at(0, 'donut');
  const second = at(5, 'donut');
  dwell.record(first);
  dwell.record(second);
  expect(dwell.record(second).fixes).toBe(2);
  expect(dwell.record(first).fixes).toBe(2);
  dwell.record(at(7, 'outside'));
  // A fix taken before the phone left cannot restart the run.
  expect(dwell.record(second).fixes).toBe(0);
});

it('forgets everything on reset', () => {
  const dwell = createDwellTracker({ minFixes: 1, minDurationMs: 0 });
  const verdict = at(0, 'donut');
  expect(dwell.record(verdict).passed).toBe(true);
  dwell.reset();
  expect(dwell.state).toEqual({ passed: false, fenceId: null, fixes: 0, spanMs: 0 });
  expect(dwell.record(verdict).passed).toBe(true);
});

it('refuses nonsensical options', () => {
  expect(() => createDwellTracker({ minFixes: 0, minDurationMs: 0 })).toThrow(
    expect.objectContaining({ code: 'INVALID_OPTIONS' }) as Error,
  );
  expect(() => createDwellTracker({ minFixes: 1.5, minDurationMs: 0 })).toThrow();
  expect(() => createDwellTracker({ minFixes: 1, minDurationMs: -1 })).toThrow();
});
