import { extname } from 'node:path';
import { isDatum } from '@hushi/sdk/fence';
import type { Datum } from '@hushi/sdk/fence';
import { FenceCheckError } from './errors';
import { readJsonFile, readTextFile } from './readJsonFile';

/** A position to check: what a phone's `location.get` would report, and where it came from. */
export interface Position {
  /** How to name it in the report: as typed, the file's label column, or `file:line`. */
  readonly label: string;
  /** Latitude, degrees. */
  readonly lat: number;
  /** Longitude, degrees. */
  readonly lng: number;
  /** Accuracy radius (the ~68% circle a phone reports), metres; 0 for the exact point. */
  readonly accuracy: number;
  /** Datum of `lat`/`lng`: always known, never guessed. */
  readonly datum: Datum;
}

/** The raw fields of one position, before they are checked. */
interface RawPosition {
  lat: unknown;
  lng: unknown;
  accuracy?: unknown;
  datum?: unknown;
  label?: unknown;
}

function badPosition(where: string, problem: string): never {
  throw new FenceCheckError('BAD_POSITION', `${where}: ${problem}`);
}

/** A number from a JSON number or a decimal string; NaN for anything else (empty included). */
function toNumber(value: unknown): number {
  if (typeof value === 'number') return value;
  if (typeof value !== 'string' || value.trim() === '') return Number.NaN;
  return Number(value);
}

/** Checks the fields of a position and types them. `where` names it in errors. */
function toPosition(raw: RawPosition, defaultDatum: Datum, where: string, label: string): Position {
  const lat = toNumber(raw.lat);
  const lng = toNumber(raw.lng);
  const accuracy = raw.accuracy === undefined || raw.accuracy === '' ? 0 : toNumber(raw.accuracy);
  if (!Number.isFinite(lat)) badPosition(where, `latitude ${JSON.stringify(raw.lat)} is not a number`);
  if (!Number.isFinite(lng)) badPosition(where, `longitude ${JSON.stringify(raw.lng)} is not a number`);
  if (Math.abs(lat) > 90) {
    // Positions are lat,lng; GeoJSON and many exports are lng,lat.
    const hint = Math.abs(lng) <= 90 ? ` (is it lng,lat? give latitude first: ${lng},${lat})` : '';
    badPosition(where, `latitude ${lat} is outside -90..90${hint}`);
  }
  if (Math.abs(lng) > 180) badPosition(where, `longitude ${lng} is outside -180..180`);
  if (!Number.isFinite(accuracy) || accuracy < 0) {
    badPosition(where, `accuracy ${JSON.stringify(raw.accuracy)} is not a radius in metres (≥ 0)`);
  }
  let datum = defaultDatum;
  if (raw.datum !== undefined && raw.datum !== '') {
    // A position that says its datum keeps it; one that names an unknown datum is refused, not guessed.
    if (!isDatum(raw.datum))
      badPosition(where, `unknown datum ${JSON.stringify(raw.datum)}: use wgs84 or gcj02`);
    datum = raw.datum;
  }
  return { label, lat, lng, accuracy, datum };
}

/**
 * Parses a position typed on the command line: `lat,lng` or `lat,lng,accuracy` (degrees, metres).
 * @param text What was typed, e.g. `21.979,106.7115,5`.
 * @param datum The `--datum` the user gave.
 * @throws {FenceCheckError} BAD_POSITION naming the argument and the problem.
 * @example parsePosition('21.979,106.7115,5', 'wgs84') // { lat: 21.979, lng: 106.7115, accuracy: 5, … }
 */
export function parsePosition(text: string, datum: Datum): Position {
  const parts = text.split(',').map((part) => part.trim());
  if (parts.length < 2 || parts.length > 3) {
    badPosition(`position "${text}"`, 'expected lat,lng or lat,lng,accuracy (degrees, metres)');
  }
  const [lat, lng, accuracy] = parts;
  return toPosition({ lat, lng, accuracy }, datum, `position "${text}"`, text);
}

/**
 * Splits one CSV line into cells: commas, optional double quotes ("" inside quotes is a quote).
 * Enough for the lat/lng/label tables people export from spreadsheets; no line breaks in cells.
 */
export function splitCsvLine(line: string): string[] {
  const cells: string[] = [];
  let cell = '';
  let quoted = false;
  for (let i = 0; i < line.length; i += 1) {
    const char = line.charAt(i);
    if (quoted) {
      if (char === '"' && line[i + 1] === '"') {
        cell += '"';
        i += 1;
      } else if (char === '"') quoted = false;
      else cell += char;
    } else if (char === '"') quoted = true;
    else if (char === ',') {
      cells.push(cell.trim());
      cell = '';
    } else cell += char;
  }
  cells.push(cell.trim());
  return cells;
}

/**
 * Parses the text of a CSV points file: a header row naming the columns (`lat`, `lng`, and optionally
 * `accuracy`, `datum`, `label`, in any order; `lon`/`longitude`/`latitude` accepted), then one
 * position a line. Blank lines and lines starting with `#` are skipped.
 * @param name The file's name, for `file:line` labels and errors.
 * @throws {FenceCheckError} BAD_POSITION naming the file, the line and the problem.
 */
export function parseCsvPositions(text: string, name: string, datum: Datum): Position[] {
  const lines = text.split(/\r?\n/);
  const headerLine = lines.findIndex((line) => line.trim() !== '' && !line.startsWith('#'));
  if (headerLine < 0) badPosition(name, 'no header row and no positions');
  const aliases: Record<string, string> = {
    latitude: 'lat',
    lon: 'lng',
    longitude: 'lng',
  };
  const header = splitCsvLine(lines[headerLine] ?? '').map((cell) => {
    const key = cell.toLowerCase();
    return aliases[key] ?? key;
  });
  if (!header.includes('lat') || !header.includes('lng')) {
    badPosition(
      `${name}:${headerLine + 1}`,
      `the header row needs lat and lng columns, got "${lines[headerLine]}"`,
    );
  }
  const positions: Position[] = [];
  for (let i = headerLine + 1; i < lines.length; i += 1) {
    const line = lines[i] ?? '';
    if (line.trim() === '' || line.startsWith('#')) continue;
    const cells = splitCsvLine(line);
    const raw: Record<string, string> = {};
    header.forEach((column, c) => {
      raw[column] = cells[c] ?? '';
    });
    const where = `${name}:${i + 1}`;
    positions.push(toPosition({ ...raw, lat: raw.lat, lng: raw.lng }, datum, where, raw.label || where));
  }
  return positions;
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/**
 * Reads the positions of a parsed JSON points file: an array of `{ lat, lng, accuracy?, datum?, label? }`,
 * or a GeoJSON FeatureCollection of Points (`[lng, lat]`, with accuracy/datum/label in `properties`).
 * @param name The file's name, for labels and errors.
 * @throws {FenceCheckError} BAD_JSON for another shape, BAD_POSITION naming the entry and the problem.
 */
export function jsonPositions(json: unknown, name: string, datum: Datum): Position[] {
  if (Array.isArray(json)) {
    return json.map((entry: unknown, i) => {
      const where = `${name}[${i}]`;
      if (!isRecord(entry)) badPosition(where, 'expected an object { lat, lng, accuracy?, datum?, label? }');
      const label = typeof entry.label === 'string' && entry.label !== '' ? entry.label : where;
      return toPosition({ ...entry, lat: entry.lat, lng: entry.lng }, datum, where, label);
    });
  }
  if (isRecord(json) && json.type === 'FeatureCollection' && Array.isArray(json.features)) {
    return json.features.map((feature: unknown, i) => {
      const where = `${name} features[${i}]`;
      const geometry = isRecord(feature) ? feature.geometry : undefined;
      const coordinates = isRecord(geometry) && geometry.type === 'Point' ? geometry.coordinates : undefined;
      if (!Array.isArray(coordinates)) badPosition(where, 'expected a GeoJSON Point feature');
      const properties = isRecord(feature) && isRecord(feature.properties) ? feature.properties : {};
      const [lng, lat] = coordinates as unknown[];
      const label =
        typeof properties.label === 'string' && properties.label !== '' ? properties.label : where;
      return toPosition({ ...properties, lat, lng }, datum, where, label);
    });
  }
  throw new FenceCheckError(
    'BAD_JSON',
    `${name}: expected an array of positions or a GeoJSON FeatureCollection of Points`,
  );
}

/**
 * Reads a points file: `.json`/`.geojson` as JSON ({@link jsonPositions}), anything else as CSV
 * ({@link parseCsvPositions}).
 * @param datum Datum of the rows that do not carry their own.
 * @throws {FenceCheckError} UNREADABLE_FILE, BAD_JSON or BAD_POSITION, naming the file and the row.
 */
export function readPositions(path: string, datum: Datum): Position[] {
  const extension = extname(path).toLowerCase();
  const positions =
    extension === '.json' || extension === '.geojson'
      ? jsonPositions(readJsonFile(path), path, datum)
      : parseCsvPositions(readTextFile(path), path, datum);
  if (positions.length === 0) throw new FenceCheckError('BAD_POSITION', `${path}: no positions`);
  return positions;
}
