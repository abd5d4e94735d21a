import { fileURLToPath } from 'node:url';
import { expect, it } from 'vitest';
import { FenceCheckError } from './errors';
import {
  jsonPositions,
  parseCsvPositions,
  parsePosition,
  readPositions,
  splitCsvLine,
} from './readPositions';

const fixture = (name: string): string => fileURLToPath(new URL(`../fixtures/${name}`, import.meta.url));

it('parses lat,lng and lat,lng,accuracy with the given datum', () => {
  expect(parsePosition('21.979,106.7115', 'wgs84')).toEqual({
    label: '21.979,106.7115',
    lat: 21.979,
    lng: 106.7115,
    accuracy: 0,
    datum: 'wgs84',
  });
  expect(parsePosition(' 21.979 , 106.7115 , 12.5 ', 'gcj02')).toMatchObject({
    accuracy: 12.5,
    datum: 'gcj02',
  });
});

it('refuses malformed and out-of-range positions, naming them', () => {
  expect(() => parsePosition('21.979', 'wgs84')).toThrow(/position "21.979": expected lat,lng/);
  expect(() => parsePosition('21.979,abc', 'wgs84')).toThrow(/longitude "abc" is not a number/);
  expect(() => parsePosition('21.979,,5', 'wgs84')).toThrow(/longitude "" is not a number/);
  expect(() => parsePosition('21.979,106.7115,-3', 'wgs84')).toThrow(/accuracy "-3" is not a radius/);
  expect(() => parsePosition('21.979,190', 'wgs84')).toThrow(/longitude 190 is outside/);
  expect(() => parsePosition('1,2,3,4', 'wgs84')).toThrow(FenceCheckError);
});

it('suggests lat,lng order for a GeoJSON-ordered position', () => {
  expect(() => parsePosition('106.7115,21.979', 'wgs84')).toThrow(
    /latitude 106.7115 is outside -90..90 \(is it lng,lat\? give latitude first: 21.979,106.7115\)/,
  );
});

it('splits CSV lines with quotes', () => {
  expect(splitCsvLine('a, "b, c" ,"say ""hi"""')).toEqual(['a', 'b, c', 'say "hi"']);
});

it('reads a CSV points file: header in any order, aliases, comments, labels and per-row datum', () => {
  const text =
    '# exported\nlongitude,latitude,label,datum\n106.7115,21.979,middle,\n\n106.7150379,21.9762026,,gcj02\n';
  expect(parseCsvPositions(text, 'p.csv', 'wgs84')).toEqual([
    { label: 'middle', lat: 21.979, lng: 106.7115, accuracy: 0, datum: 'wgs84' },
    { label: 'p.csv:5', lat: 21.9762026, lng: 106.7150379, accuracy: 0, datum: 'gcj02' },
  ]);
});

it('refuses a CSV row whose datum is unknown, and a header without lat and lng', () => {
  expect(() => parseCsvPositions('lat,lng,datum\n21.9,106.7,bd09\n', 'p.csv', 'wgs84')).toThrow(
    /p.csv:2: unknown datum "bd09"/,
  );
  expect(() => parseCsvPositions('21.9,106.7\n', 'p.csv', 'wgs84')).toThrow(/header row needs lat and lng/);
});

it('reads JSON arrays and GeoJSON points', () => {
  expect(jsonPositions([{ lat: 21.979, lng: 106.7115, accuracy: 5 }], 'p.json', 'wgs84')).toEqual([
    { label: 'p.json[0]', lat: 21.979, lng: 106.7115, accuracy: 5, datum: 'wgs84' },
  ]);
  const geojson = {
    type: 'FeatureCollection',
    features: [
      {
        type: 'Feature',
        properties: { accuracy: 8, label: 'gate', datum: 'gcj02' },
        geometry: { type: 'Point', coordinates: [106.7115, 21.979] },
      },
    ],
  };
  expect(jsonPositions(geojson, 'p.geojson', 'wgs84')).toEqual([
    { label: 'gate', lat: 21.979, lng: 106.7115, accuracy: 8, datum: 'gcj02' },
  ]);
  expect(() => jsonPositions({ lat: 1 }, 'p.json', 'wgs84')).toThrow(/expected an array of positions/);
  expect(() => jsonPositions([{ lat: 1, lng: 2, datum: 'bd09' }], 'p.json', 'wgs84')).toThrow(
    /unknown datum/,
  );
});

it('reads the saved CSV fixture and names a missing file', () => {
  expect(readPositions(fixture('positions.csv'), 'wgs84')).toHaveLength(4);
  expect(() => readPositions(fixture('missing.csv'), 'wgs84')).toThrow(
    /Cannot read .*missing.csv: no such file/,
  );
});
