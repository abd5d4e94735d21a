// `npm run mock-host` as a child process of the bench: started on a free loopback port, timed to its
// "listening" line and to its first backend answer, measured through /proc, stopped.
import { spawn } from 'node:child_process';
import type { ChildProcess } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { SEED_PERSONS } from '../src/backend/seedPersons';

/** The header of the developer controls' token (`/__mock/*`); the baseline has no token and ignores it. */
const TOKEN_HEADER = 'x-hushi-mock-token';
/** How long a start may take before the bench gives up on it. */
const START_TIMEOUT_MS = 60_000;

/** A mock host CLI running as a child process. */
export interface MockHostProcess {
  /** `http://127.0.0.1:<port>`. */
  url: string;
  pid: number;
  /** The token of the developer controls. */
  controlToken: string;
  /** From spawn to the "listening" line, ms. */
  listeningMs: number;
  /** From spawn to the first answered backend action (an auth code minted), ms. */
  readyMs: number;
  /** The process's resident set size now, bytes (`VmRSS` of /proc/<pid>/status). */
  rss(): number;
  /** Stops the process (SIGTERM, then SIGKILL after 5 s) and waits for it to exit. */
  stop(): Promise<void>;
}

/** Options of {@link startMockHost}. */
export interface StartMockHostOptions {
  /** The tree whose `mock-host/src/cli.ts` runs (and whose node_modules resolve it). */
  tree: string;
  /** Command-line arguments of the CLI (e.g. `['--data', dir]`). */
  args?: readonly string[];
  /** Text for errors. */
  label: string;
}

/**
 * Starts the mock host CLI of `tree` with `node --import tsx --conditions=source` (so that the pid is
 * the server's own), on 127.0.0.1 and a port the system picks.
 */
export async function startMockHost({
  tree,
  args = [],
  label,
}: StartMockHostOptions): Promise<MockHostProcess> {
  const controlToken = randomBytes(18).toString('base64url');
  const env: NodeJS.ProcessEnv = {
    ...process.env,
    PORT: '0',
    HOST: '127.0.0.1',
    HUSHI_MOCK_TOKEN: controlToken,
  };
  // The data directory the bench names, never a developer's PostgreSQL server.
  delete env.DATABASE_URL;
  const started = performance.now();
  const child = spawn(
    process.execPath,
    ['--import', 'tsx', '--conditions=source', join('mock-host', 'src', 'cli.ts'), ...args],
    {
      cwd: tree,
      env,
      stdio: ['ignore', 'pipe', 'pipe'],
    },
  );
  const exited = new Promise<void>((resolve) => {
    child.once('exit', () => {
      resolve();
    });
  });
  let output = '';
  const log = (chunk: string): void => {
    output += chunk;
  };
  child.stderr.setEncoding('utf8').on('data', log);
  try {
    const url = await listeningUrl(child, log);
    const listeningMs = performance.now() - started;
    await mintAuthCode(url, controlToken, SEED_PERSONS.resident.id);
    const readyMs = performance.now() - started;
    const pid = child.pid ?? 0;
    return {
      url,
      pid,
      controlToken,
      listeningMs,
      readyMs,
      rss: () => residentSetSize(pid),
      async stop() {
        if (child.exitCode !== null || child.signalCode !== null) return;
        const kill = setTimeout(() => child.kill('SIGKILL'), 5_000);
        child.kill('SIGTERM');
        await exited;
        clearTimeout(kill);
      },
    };
  } catch (error) {
    child.kill('SIGKILL');
    await exited;
    throw new Error(`${label}: ${(error as Error).message}\n${output}`, { cause: error });
  }
}

/** Waits for the CLI's "hushi mock host listening on <url>" line. */
function listeningUrl(child: ChildProcess, log: (chunk: string) => void): Promise<string> {
  return new Promise((resolve, reject) => {
    let seen = '';
    const timer = setTimeout(() => {
      reject(new Error('no "listening" line in time'));
    }, START_TIMEOUT_MS);
    child.stdout?.setEncoding('utf8').on('data', (chunk: string) => {
      log(chunk);
      seen += chunk;
      const match = /hushi mock host listening on (http:\/\/127\.0\.0\.1:\d+)/.exec(seen);
      if (match?.[1] !== undefined) {
        clearTimeout(timer);
        resolve(match[1]);
      }
    });
    child.once('exit', (code, signal) => {
      clearTimeout(timer);
      reject(new Error(`exited (${code ?? signal ?? '?'}) before listening`));
    });
  });
}

/** `POST /__mock/backend/auth-codes`: a fresh auth code of a seed person. */
export async function mintAuthCode(url: string, controlToken: string, personId: string): Promise<string> {
  const response = await fetch(`${url}/__mock/backend/auth-codes`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', [TOKEN_HEADER]: controlToken },
    body: JSON.stringify({ personId }),
  });
  if (response.status !== 200) throw new Error(`auth code: ${response.status} ${await response.text()}`);
  return ((await response.json()) as { authCode: string }).authCode;
}

/** `VmRSS` of a process, bytes. */
function residentSetSize(pid: number): number {
  const match = /^VmRSS:\s+(\d+) kB$/m.exec(readFileSync(`/proc/${pid}/status`, 'utf8'));
  if (match?.[1] === undefined) throw new Error(`no VmRSS for pid ${pid}`);
  return Number(match[1]) * 1024;
}
