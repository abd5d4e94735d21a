// Property test: the indexed checker (box-index search around the accuracy circle, then a nearest-fence
// search with a lower-bound stop) gives exactly the verdict of a brute-force scan over every fence.
import fc from 'fast-check';
import { expect, it } from 'vitest';
import { createFenceChecker } from '../src/fence/createFenceChecker';
import { CONFIDENCE_SCALE_95, RADIUS_FLOOR_M } from '../src/fence/createFenceChecker';
import { loadFences } from '../src/fence/fenceSet';
import { signedDistance } from '../src/fence/signedDistance';
import type { FenceVerdict } from '../src/fence/fenceVerdict';
import { randomBorderFences } from './randomFences';

const { collection, fences: generated } = randomBorderFences(400, { seed: 3, vertices: 12 });
const fences = loadFences(collection);
const CONNECTED = new Set(['0700', '7200', '8600', '0600', '1900']);
const checker = createFenceChecker(fences, { connectedHeadCustoms: CONNECTED, now: () => 0 });

/** What the verdict must be, by scanning every fence. */
function bruteForce(
  lat: number,
  lng: number,
  accuracy: number,
): { status: string; fenceId: string | null; s: number } {
  const radius = Math.max(RADIUS_FLOOR_M, accuracy * CONFIDENCE_SCALE_95);
  let inside: [string, number] | null = null;
  let straddled: [string, number] | null = null;
  let blocked: [string, number] | null = null;
  let nearest: [string, number] | null = null;
  for (const [i, fence] of fences.fences.entries()) {
    const s = signedDistance(fences, i, { lat, lng }).signedDistanceM;
    const connected = CONNECTED.has(fence.headCustomsCode);
    if (connected && (nearest === null || s < nearest[1])) nearest = [fence.id, s];
    if (s > radius) continue;
    if (!connected) {
      if (blocked === null || s < blocked[1]) blocked = [fence.id, s];
    } else if (-s > radius) {
      if (inside === null || s < inside[1]) inside = [fence.id, s];
    } else if (straddled === null || Math.abs(s) < Math.abs(straddled[1])) {
      straddled = [fence.id, s];
    }
  }
  const [status, pick] = inside
    ? ['inside', inside]
    : straddled
      ? ['uncertain', straddled]
      : blocked
        ? ['not-connected', blocked]
        : ['outside', nearest];
  const [fenceId, s] = pick ?? [null, Number.NaN];
  return { status, fenceId, s };
}

function summary(verdict: FenceVerdict): { status: string; fenceId: string | null; s: number } {
  if (verdict.status === 'outside') {
    return {
      status: 'outside',
      fenceId: verdict.nearest?.fence.id ?? null,
      s: verdict.nearest?.signedDistanceM ?? Number.NaN,
    };
  }
  if (verdict.status === 'stale' || verdict.status === 'inaccurate')
    return { status: verdict.status, fenceId: null, s: 0 };
  return { status: verdict.status, fenceId: verdict.fence.id, s: verdict.signedDistanceM };
}

const nearFence = fc
  .record({
    fence: fc.integer({ min: 0, max: generated.length - 1 }),
    bearing: fc.double({ min: 0, max: 2 * Math.PI, noNaN: true }),
    // Mostly around the edge, sometimes well away from it.
    distance: fc.oneof(
      fc.double({ min: 100, max: 600, noNaN: true }),
      fc.double({ min: 0, max: 3_000, noNaN: true }),
    ),
  })
  .map(({ fence, bearing, distance }) => {
    const [lng, lat] = generated[fence]?.centre ?? [0, 0];
    const kx = 111_195 * Math.cos((lat * Math.PI) / 180);
    return {
      lat: lat + (distance * Math.cos(bearing)) / 111_195,
      lng: lng + (distance * Math.sin(bearing)) / kx,
    };
  });
const anywhere = fc.record({
  lat: fc.double({ min: 18, max: 54, noNaN: true }),
  lng: fc.double({ min: 73, max: 135, noNaN: true }),
});

it('matches a brute-force scan over every fence, near fences and far away', () => {
  const seen = new Set<string>();
  fc.assert(
    fc.property(
      fc.oneof({ weight: 4, arbitrary: nearFence }, { weight: 1, arbitrary: anywhere }),
      fc.double({ min: 0, max: 100, noNaN: true }),
      ({ lat, lng }, accuracy) => {
        const actual = summary(checker.check({ lat, lng, datum: 'wgs84', accuracy, timestamp: 0 }));
        const expected = bruteForce(lat, lng, accuracy);
        seen.add(actual.status);
        expect(actual.status).toBe(expected.status);
        expect(actual.fenceId).toBe(expected.fenceId);
        expect(actual.s).toBeCloseTo(expected.s, 6);
      },
    ),
    { numRuns: 3_000, seed: 11 },
  );
  // The runs really covered every geometric outcome.
  expect([...seen].sort()).toEqual(['inside', 'not-connected', 'outside', 'uncertain']);
});
