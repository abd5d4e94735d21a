// The backend in a PGlite data directory keeps what it holds across a restart, and across a SIGKILL in
// the middle of writes: it opens again, keeps every answered write, and never reissues a 预录入编号.
import { spawn } from 'node:child_process';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createInterface } from 'node:readline';
import { fileURLToPath } from 'node:url';
import { afterAll, expect, it } from 'vitest';
import { createCustomsBackend } from '../src/backend/customsBackend';
import type { CustomsBackend } from '../src/backend/customsBackend';
import { sampleEntryInput } from '../src/backend/seedDeclarations';
import { SEED_PERSONS } from '../src/backend/seedPersons';
import { openDatabase } from '../src/database/openDatabase';
import { backendRequest, loginCaller } from './support/backendCalls';
import type { BackendCaller } from './support/backendCalls';

const dirs: string[] = [];
afterAll(async () => {
  for (const dir of dirs) await rm(dir, { recursive: true, force: true });
});

async function dataDir(): Promise<string> {
  const dir = await mkdtemp(join(tmpdir(), 'hushi-backend-'));
  dirs.push(dir);
  return dir;
}

async function open(dir: string): Promise<CustomsBackend> {
  const backend = createCustomsBackend({ database: openDatabase({ dataDir: dir }) });
  await backend.ready;
  return backend;
}

async function saveDraft(caller: BackendCaller): Promise<string> {
  const saved = await caller.call('saveDraft', {
    params: { kind: 'entry' },
    body: { declaration: sampleEntryInput() },
  });
  expect(saved.status).toBe(201);
  return (saved.body as { preEntryNumber: string }).preEntryNumber;
}

it('keeps declarations, numbering and sessions across a restart; reset seeds again, numbering goes on', async () => {
  const dir = await dataDir();
  const first = await open(dir);
  const seeded = await first.declarationCount();
  const resident = await loginCaller(first, SEED_PERSONS.resident.id, 'resident');
  const draft = await saveDraft(resident);
  await first.close();

  const second = await open(dir);
  expect(await second.declarationCount()).toBe(seeded + 1);
  expect(await second.declaration(draft)).toMatchObject({ status: 'draft', kind: 'entry' });
  // The session of before the restart is still good, and the numbering continues.
  const sameToken = await second.handle(
    'getIdentities',
    backendRequest({ authorization: (await tokenOf(second, resident)) ?? '' }),
  );
  expect(sameToken.status).toBe(200);
  const next = await saveDraft(await loginCaller(second, SEED_PERSONS.resident.id, 'resident'));
  expect(next > draft).toBe(true);

  await second.reset();
  expect(await second.declarationCount()).toBe(seeded);
  expect(await second.declaration(draft)).toBeUndefined();
  const afterReset = await saveDraft(await loginCaller(second, SEED_PERSONS.resident.id, 'resident'));
  expect(afterReset > next).toBe(true);
  await second.close();
}, 60_000);

/** The bearer header of `caller`'s session, read from the database of `backend`. */
async function tokenOf(backend: CustomsBackend, caller: BackendCaller): Promise<string | undefined> {
  const rows = await (
    await backend.database()
  ).query<{ token: string }>(
    'SELECT token FROM sessions WHERE person_id = $1 AND role IS NOT NULL ORDER BY expires_at DESC LIMIT 1',
    [caller.personId],
  );
  return rows[0] === undefined ? undefined : `Bearer ${rows[0].token}`;
}

it('opens after a SIGKILL in the middle of writes, keeps every answered write, reissues no number', async () => {
  const dir = await dataDir();
  // Seeded once, so that the child only writes.
  await (await open(dir)).close();
  const child = spawn(
    process.execPath,
    [
      '--import',
      'tsx',
      '--conditions=source',
      fileURLToPath(new URL('./support/writeDraftsUntilKilled.ts', import.meta.url)),
      dir,
    ],
    { stdio: ['ignore', 'pipe', 'inherit'] },
  );
  const answered: string[] = [];
  const exited = new Promise((resolve) => child.once('exit', resolve));
  for await (const line of createInterface({ input: child.stdout })) {
    answered.push(line);
    if (answered.length === 40) child.kill('SIGKILL');
  }
  await exited;
  expect(answered.length).toBeGreaterThanOrEqual(40);

  const reopened = await open(dir);
  for (const pre of answered)
    expect([pre, (await reopened.declaration(pre))?.status]).toEqual([pre, 'draft']);
  const resident = await loginCaller(reopened, SEED_PERSONS.resident.id, 'resident');
  const next = await saveDraft(resident);
  expect(answered.every((pre) => next > pre)).toBe(true);
  await reopened.close();
}, 120_000);
