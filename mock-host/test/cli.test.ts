// The mock host's command line refuses what it does not understand with its usage, before it opens a
// database or a port.
import { spawnSync } from 'node:child_process';
import { join, resolve } from 'node:path';
import { expect, it } from 'vitest';

const ROOT = resolve(import.meta.dirname, '../..');
const CLI = join(ROOT, 'mock-host/src/cli.ts');

function runCli(args: string[], env: Record<string, string> = {}) {
  const run = spawnSync(process.execPath, ['--import', 'tsx', '--conditions=source', CLI, ...args], {
    cwd: join(ROOT, 'mock-host'),
    encoding: 'utf8',
    env: { ...process.env, ...env },
    timeout: 60_000,
  });
  return { status: run.status, stdout: run.stdout, stderr: run.stderr };
}

it('prints its usage for --help and exits 0', () => {
  const { status, stdout } = runCli(['--help']);
  expect(status).toBe(0);
  expect(stdout).toMatch(/^usage: npm run mock-host/);
  expect(stdout).toMatch(/--data DIR/);
});

it('refuses an unknown option or a bad PORT with the usage, exit 2, and no stack trace', () => {
  const unknown = runCli(['--bogus']);
  expect(unknown.status).toBe(2);
  expect(unknown.stderr).toMatch(/^mock-host: Unknown option '--bogus'\nusage:/);
  const badPort = runCli(['--data', 'memory'], { PORT: 'abc' });
  expect(badPort.status).toBe(2);
  expect(badPort.stderr).toMatch(/^mock-host: PORT=abc is no port number/);
  expect(unknown.stderr + badPort.stderr).not.toMatch(/\n\s+at /);
});
