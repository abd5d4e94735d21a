#!/usr/bin/env -S npx tsx --conditions=source
/**
 * `fence-check`: validates a fence GeoJSON and checks positions against it, with the sdk's fence module.
 * See `fence-check --help` and the README; the work is done in {@link runCli}.
 */
import { runCli } from './runCli';

process.exitCode = runCli(process.argv.slice(2), {
  stdout: (text) => process.stdout.write(text),
  stderr: (text) => process.stderr.write(text),
});
