import { FenceError, isFenceError, loadFences } from '@hushi/sdk/fence';
import type { FenceSet } from '@hushi/sdk/fence';
import { checkPositions } from './checkPositions';
import { FenceCheckError, isFenceCheckError } from './errors';
import { formatCheckJson, formatCheckReport, formatValidateReport } from './formatReport';
import { inspectFences } from './inspectFences';
import { parseCliArgs, USAGE } from './parseArgs';
import { parsePosition, readPositions } from './readPositions';
import { readJsonFile } from './readJsonFile';
import type { CliCommand } from './parseArgs';

/** Where the CLI writes: `process.stdout`/`stderr`, or buffers in tests. */
export interface CliIo {
  readonly stdout: (text: string) => void;
  readonly stderr: (text: string) => void;
  /** Clock for the fixes' timestamps. Default `Date.now`. */
  readonly now?: () => number;
}

/** Exit codes: 0 all good, 1 problems in the fences or a position not inside, 2 bad input. */
export const EXIT = { ok: 0, failed: 1, badInput: 2 } as const;

function loadFenceFile(file: string): FenceSet {
  try {
    return loadFences(readJsonFile(file));
  } catch (error) {
    if (!isFenceError(error, 'INVALID_FENCE')) throw error;
    throw new FenceCheckError(
      'BAD_FENCES',
      `${file}: ${error.message}\n(run "fence-check validate ${file}" to list every problem)`,
      { cause: error },
    );
  }
}

function run(command: Exclude<CliCommand, { command: 'help' }>, io: CliIo): number {
  if (command.command === 'validate') {
    const inspection = inspectFences(readJsonFile(command.fencesFile));
    io.stdout(formatValidateReport(command.fencesFile, inspection));
    return inspection.problems.length === 0 ? EXIT.ok : EXIT.failed;
  }
  const fences = loadFenceFile(command.fencesFile);
  const positions = command.positions.map((text) => parsePosition(text, command.datum));
  if (command.pointsFile !== undefined) positions.push(...readPositions(command.pointsFile, command.datum));
  const known = new Set(fences.fences.map((fence) => fence.headCustomsCode));
  const unknown = command.connected?.filter((code) => !known.has(code)) ?? [];
  if (unknown.length > 0) {
    io.stderr(`warning: --connected ${unknown.join(',')}: no fence of this file has that head customs\n`);
  }
  const results = checkPositions(fences, positions, { connected: command.connected, now: io.now });
  io.stdout(command.json ? formatCheckJson(results) : formatCheckReport(results));
  return results.every((result) => result.verdict.status === 'inside') ? EXIT.ok : EXIT.failed;
}

/**
 * Runs `fence-check` with the given arguments and returns its exit code; never calls `process.exit`.
 * @param argv The arguments after the script, e.g. `['validate', 'fences.geojson']`.
 * @example process.exitCode = runCli(process.argv.slice(2), { stdout: (t) => process.stdout.write(t), stderr: … })
 */
export function runCli(argv: readonly string[], io: CliIo): number {
  try {
    const command = parseCliArgs(argv);
    if (command.command === 'help') {
      io.stdout(`${USAGE}\n`);
      return EXIT.ok;
    }
    return run(command, io);
  } catch (error) {
    if (isFenceCheckError(error)) {
      io.stderr(`fence-check: ${error.message}\n`);
      if (error.code === 'USAGE') io.stderr('Run "fence-check --help" for usage.\n');
      return EXIT.badInput;
    }
    // The sdk refuses a position it cannot judge (a datum it does not know, a malformed fix).
    if (error instanceof FenceError) {
      io.stderr(`fence-check: ${error.code}: ${error.message}\n`);
      return EXIT.badInput;
    }
    throw error;
  }
}
