import { expect, it } from 'vitest';
import { isFenceCheckError } from './errors';
import { parseCliArgs } from './parseArgs';

/** The USAGE error's message for these arguments. */
function usageError(argv: string[]): string {
  try {
    parseCliArgs(argv);
  } catch (error) {
    if (isFenceCheckError(error, 'USAGE')) return error.message;
    throw error;
  }
  throw new Error(`parseCliArgs accepted ${argv.join(' ')}`);
}

it('parses validate with its file', () => {
  expect(parseCliArgs(['validate', 'f.geojson'])).toEqual({ command: 'validate', fencesFile: 'f.geojson' });
});

it('parses check with positions, datum, points file, connected codes and --json', () => {
  expect(
    parseCliArgs([
      'check',
      'f.geojson',
      '21.979,106.7115',
      '22,106.8,5',
      '--datum',
      'gcj02',
      '--points',
      'p.csv',
      '--connected',
      '7200, 0700',
      '--json',
    ]),
  ).toEqual({
    command: 'check',
    fencesFile: 'f.geojson',
    positions: ['21.979,106.7115', '22,106.8,5'],
    datum: 'gcj02',
    pointsFile: 'p.csv',
    connected: ['7200', '0700'],
    json: true,
  });
});

it('asks for help with --help, -h or help', () => {
  for (const argv of [['--help'], ['-h'], ['help'], ['check', '--help']]) {
    expect(parseCliArgs(argv)).toEqual({ command: 'help' });
  }
});

it('requires --datum for check: a datum is never guessed', () => {
  expect(usageError(['check', 'f.geojson', '21.979,106.7115'])).toMatch(/--datum wgs84 or --datum gcj02/);
});

it('refuses a datum it does not know', () => {
  expect(usageError(['check', 'f.geojson', '1,2', '--datum', 'bd09'])).toMatch(/Unknown datum "bd09"/);
});

it('refuses a missing command, an unknown command, a missing file and no positions', () => {
  expect(usageError([])).toMatch(/Missing command/);
  expect(usageError(['lint', 'f.geojson'])).toMatch(/Unknown command "lint"/);
  expect(usageError(['validate'])).toMatch(/Missing the fence file/);
  expect(usageError(['check', 'f.geojson', '--datum', 'wgs84'])).toMatch(/at least one position/);
});

it('refuses unknown options and options that do not belong to validate', () => {
  expect(usageError(['validate', 'f.geojson', '--strict'])).toMatch(/Unknown option '--strict'/);
  expect(usageError(['validate', 'f.geojson', '--datum', 'wgs84'])).toMatch(/validate takes no --datum/);
  expect(usageError(['validate', 'a.geojson', 'b.geojson'])).toMatch(/takes one file/);
});

it('refuses --connected codes that are not head customs codes', () => {
  expect(usageError(['check', 'f.geojson', '1,2', '--datum', 'wgs84', '--connected', '7208'])).toMatch(
    /head customs codes \(xx00\), not "7208"/,
  );
});

it('takes a position that starts with "-" after --', () => {
  const command = parseCliArgs(['check', 'f.geojson', '--datum', 'wgs84', '--', '-33.9,18.4']);
  expect(command).toMatchObject({ positions: ['-33.9,18.4'] });
});
