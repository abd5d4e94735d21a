import { parseArgs } from 'node:util';
import { isDatum } from '@hushi/sdk/fence';
import type { Datum } from '@hushi/sdk/fence';
import { FenceCheckError } from './errors';

/** `fence-check --help`, also printed after a usage error. */
export const USAGE = `Usage:
  fence-check validate <fences.geojson>
  fence-check check <fences.geojson> --datum wgs84|gcj02 [<lat,lng[,accuracy]> ...]
                    [--points <file.csv|file.json>] [--connected <head customs,...>] [--json]
  fence-check --help

validate  Lists each fence (id, name, customs code, head customs, vertices, area, bounding box) and
          every problem, naming the fence and the path in the file. Exit 1 if there is a problem.
check     Judges each position against the fences as the mini-app does: inside, outside, uncertain
          (the accuracy circle crosses an edge), not-connected or inaccurate, with the distance and
          direction to the fence and the message the user sees. Exit 0 when every position is
          inside, 1 otherwise.

Options of check:
  --datum wgs84|gcj02  Datum of the positions (required: a position of unknown datum is never
                       guessed; a GCJ-02 position read as WGS-84 is off by 240-690 m).
                       A points file row with its own datum keeps it.
  --points <file>      More positions: CSV with a header row (lat,lng[,accuracy][,datum][,label])
                       or JSON (an array of {lat, lng, accuracy?, datum?, label?}, or a GeoJSON
                       FeatureCollection of Points with accuracy/datum/label in properties).
  --connected <codes>  Head customs (直属关, xx00) whose platform is connected, comma-separated.
                       Default: every head customs of the fence file.
  --json               One JSON array of results instead of text.

Positions are latitude first, in degrees; accuracy is the fix's radius in metres (default 0: the
exact point). Put "--" before a position that starts with "-". Exit 2 on bad input.`;

/** What the command line asks for. */
export type CliCommand =
  | { readonly command: 'help' }
  | { readonly command: 'validate'; readonly fencesFile: string }
  | {
      readonly command: 'check';
      readonly fencesFile: string;
      /** Positions given on the command line, as typed. */
      readonly positions: readonly string[];
      /** Datum of every position that does not carry its own. */
      readonly datum: Datum;
      /** A CSV or JSON file of more positions. */
      readonly pointsFile: string | undefined;
      /** Connected head customs codes; undefined: every head customs of the fence file. */
      readonly connected: readonly string[] | undefined;
      readonly json: boolean;
    };

const HEAD_CUSTOMS_CODE = /^\d\d00$/;

function usage(message: string): never {
  throw new FenceCheckError('USAGE', message);
}

/**
 * Parses the CLI's arguments (without `node` and the script) with `node:util`'s `parseArgs`.
 * @throws {FenceCheckError} USAGE for an unknown command or option, a missing file, datum or position.
 * @example parseCliArgs(['check', 'fences.geojson', '21.979,106.7115,5', '--datum', 'wgs84'])
 */
export function parseCliArgs(argv: readonly string[]): CliCommand {
  let parsed;
  try {
    parsed = parseArgs({
      args: [...argv],
      allowPositionals: true,
      strict: true,
      options: {
        help: { type: 'boolean', short: 'h' },
        datum: { type: 'string' },
        points: { type: 'string' },
        connected: { type: 'string' },
        json: { type: 'boolean' },
      },
    });
  } catch (error) {
    // parseArgs's own messages are clear ("Unknown option '--foo'"); keep them, typed.
    usage(error instanceof Error ? error.message : String(error));
  }
  const { values, positionals } = parsed;
  const [command, fencesFile, ...rest] = positionals;
  if (values.help === true || command === 'help') return { command: 'help' };
  if (command === undefined) usage('Missing command: validate or check');
  if (command !== 'validate' && command !== 'check')
    usage(`Unknown command "${command}": use validate or check`);
  if (fencesFile === undefined) usage(`Missing the fence file: fence-check ${command} <fences.geojson>`);

  if (command === 'validate') {
    const extra = Object.keys(values).filter((name) => name !== 'help');
    if (extra.length > 0) usage(`validate takes no --${extra.join(', --')}`);
    if (rest.length > 0) usage(`validate takes one file, not also ${rest.join(' ')}`);
    return { command, fencesFile };
  }

  const { datum } = values;
  if (datum === undefined) {
    usage('check needs --datum wgs84 or --datum gcj02: the datum of a position is never guessed');
  }
  if (!isDatum(datum)) usage(`Unknown datum "${datum}": use wgs84 or gcj02`);
  if (rest.length === 0 && values.points === undefined) {
    usage('check needs at least one position lat,lng[,accuracy] or --points <file>');
  }
  let connected: string[] | undefined;
  if (values.connected !== undefined) {
    connected = values.connected
      .split(',')
      .map((code) => code.trim())
      .filter((code) => code !== '');
    const bad = connected.find((code) => !HEAD_CUSTOMS_CODE.test(code));
    if (bad !== undefined) usage(`--connected takes head customs codes (xx00), not "${bad}"`);
  }
  return {
    command,
    fencesFile,
    positions: rest,
    datum,
    pointsFile: values.points,
    connected,
    json: values.json === true,
  };
}
