import gcoord from 'gcoord';
import { expect, it } from 'vitest';
import { haversineM } from '../../test/geo';
import { mulberry32 } from '../../test/randomFences';
import { GCJ02_INVERSE_ERROR_M, GCJ02_MAX_SHIFT_M, gcj02ToWgs84, wgs84ToGcj02 } from './gcj02';

/** Random points over China's region (inside gcoord's rectangle, which gcoord needs to shift at all). */
function randomPoints(count: number, seed: number): { lat: number; lng: number }[] {
  const random = mulberry32(seed);
  return Array.from({ length: count }, () => ({ lat: 17 + random() * 38, lng: 73 + random() * 62 }));
}

it('shifts as gcoord does, to a micrometre', () => {
  for (const point of randomPoints(20_000, 1)) {
    const [lng, lat] = gcoord.transform([point.lng, point.lat], gcoord.WGS84, gcoord.GCJ02);
    const ours = wgs84ToGcj02(point);
    expect(haversineM([lng, lat], [ours.lng, ours.lat])).toBeLessThan(1e-6);
  }
});

it('inverts the shift to within its stated bound, and agrees with gcoord to within both bounds', () => {
  let worst = 0;
  for (const gcj of randomPoints(20_000, 2)) {
    const wgs = gcj02ToWgs84(gcj);
    const back = wgs84ToGcj02(wgs);
    worst = Math.max(worst, haversineM([gcj.lng, gcj.lat], [back.lng, back.lat]));
    const [lng, lat] = gcoord.transform([gcj.lng, gcj.lat], gcoord.GCJ02, gcoord.WGS84);
    // gcoord iterates to 1e-6°: up to 0.15 m.
    expect(haversineM([lng, lat], [wgs.lng, wgs.lat])).toBeLessThan(GCJ02_INVERSE_ERROR_M + 0.15);
  }
  expect(worst).toBeLessThan(GCJ02_INVERSE_ERROR_M);
});

// Land ports and the GCJ-02 offset there (Erenhot 623 m, Youyiguan 482 m, Ruili 332 m).
const PORTS = [
  { name: 'Erenhot', lng: 111.97, lat: 43.672, offsetM: 623 },
  { name: 'Youyiguan', lng: 106.7115, lat: 21.979, offsetM: 482 },
  { name: 'Ruili', lng: 97.902, lat: 24.0, offsetM: 332 },
];

it('undoes the GCJ-02 offset of hundreds of metres to a few centimetres at the land ports', () => {
  for (const { lng, lat, offsetM } of PORTS) {
    const gcj = wgs84ToGcj02({ lat, lng });
    expect(Math.abs(haversineM([lng, lat], [gcj.lng, gcj.lat]) - offsetM)).toBeLessThan(25);
    const back = gcj02ToWgs84(gcj);
    expect(haversineM([lng, lat], [back.lng, back.lat])).toBeLessThan(GCJ02_INVERSE_ERROR_M);
  }
});

it('never shifts a point further than GCJ02_MAX_SHIFT_M, and comes within 10 m of it', () => {
  const random = mulberry32(31);
  let largest = 0;
  for (let i = 0; i < 100_000; i += 1) {
    const point = { lat: 17 + 38 * random(), lng: 73 + 63 * random() };
    const shifted = wgs84ToGcj02(point);
    largest = Math.max(largest, haversineM([point.lng, point.lat], [shifted.lng, shifted.lat]));
  }
  expect(largest).toBeLessThanOrEqual(GCJ02_MAX_SHIFT_M);
  expect(largest).toBeGreaterThan(GCJ02_MAX_SHIFT_M - 10);
});
