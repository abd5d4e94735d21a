import { expect, it } from 'vitest';
import payloadSchema from '../schemas/tickets/location-ticket.payload.schema.json';
import { SIGNED_FIX_FIELDS, signedFixOf } from './locationTicket';

it('keeps exactly the fix fields of a result, the ones the payload schema requires of `fix`', () => {
  const result = {
    lat: 21.9736,
    lng: 106.7048,
    datum: 'wgs84',
    accuracy: 12,
    timestamp: 1764057600000,
    source: 'gps',
    mocked: false,
    ticket: 'a.b.c',
  } as const;
  expect(signedFixOf(result)).toEqual({
    lat: 21.9736,
    lng: 106.7048,
    datum: 'wgs84',
    accuracy: 12,
    timestamp: 1764057600000,
    source: 'gps',
  });
  expect(Object.keys(signedFixOf(result)).sort()).toEqual([...SIGNED_FIX_FIELDS].sort());
  expect([...SIGNED_FIX_FIELDS].sort()).toEqual([...payloadSchema.properties.fix.required].sort());
});
