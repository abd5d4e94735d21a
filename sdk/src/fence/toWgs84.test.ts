import gcoord from 'gcoord';
import { expect, it } from 'vitest';
import { haversineM } from '../../test/geo';
import { toWgs84 } from './toWgs84';
import type { DatumPoint } from './datum';

// Land ports and the GCJ-02 offset there (docs: Erenhot 623 m, Youyiguan 482 m, Ruili 332 m).
const PORTS = [
  { name: 'Erenhot', lng: 111.97, lat: 43.672, offsetM: 623 },
  { name: 'Youyiguan', lng: 106.7115, lat: 21.979, offsetM: 482 },
  { name: 'Ruili', lng: 97.902, lat: 24.0, offsetM: 332 },
];

it('undoes the GCJ-02 offset to well under a metre at the land ports', () => {
  for (const { lng, lat, offsetM } of PORTS) {
    const [gcjLng, gcjLat] = gcoord.transform([lng, lat], gcoord.WGS84, gcoord.GCJ02);
    expect(Math.abs(haversineM([lng, lat], [gcjLng, gcjLat]) - offsetM)).toBeLessThan(25);
    const back = toWgs84({ lat: gcjLat, lng: gcjLng, datum: 'gcj02' });
    expect(haversineM([lng, lat], [back.lng, back.lat])).toBeLessThan(0.5);
  }
});

it('leaves a WGS-84 point as it is, with no uncertainty added', () => {
  expect(toWgs84({ lat: 43.672, lng: 111.97, datum: 'wgs84' })).toEqual({
    lat: 43.672,
    lng: 111.97,
    appliedDatum: 'wgs84',
    uncertaintyM: 0,
  });
});

it('refuses a point whose datum it does not know', () => {
  for (const datum of ['bd09', undefined, 'gcj-02']) {
    const point = { lat: 43.672, lng: 111.97, datum } as unknown as DatumPoint;
    expect(() => toWgs84(point)).toThrow(expect.objectContaining({ code: 'UNKNOWN_DATUM' }) as Error);
  }
});
