// `npm run mock-host` keeps the host's own state in the backend's database too: the switched
// scenarios and the face keys the backend was told to trust survive a restart.
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { exportJWK, generateKeyPair } from 'jose';
import { setupServer } from 'msw/node';
import { afterAll, expect, it } from 'vitest';
import { openDatabaseStorage } from '../src/database/databaseStorage';
import { openDatabase } from '../src/database/openDatabase';
import { createMockHost } from '../src/createMockHost';
import type { MockHost } from '../src/createMockHost';

const dirs: string[] = [];
afterAll(async () => {
  for (const dir of dirs) await rm(dir, { recursive: true, force: true });
});

/** The mock host on the data directory `dir`, as the CLI opens it, and how to stop it. */
async function start(dir: string): Promise<{ mock: MockHost; stop(): Promise<void> }> {
  const database = await openDatabase({ dataDir: dir });
  const storage = await openDatabaseStorage(database);
  const mock = createMockHost({ database, storage });
  await mock.ready;
  return {
    mock,
    async stop() {
      await storage.flushed();
      await database.close();
    },
  };
}

it('keeps switched scenarios and trusted face keys across a restart', async () => {
  const dir = await mkdtemp(join(tmpdir(), 'hushi-host-'));
  dirs.push(dir);
  const first = await start(dir);
  first.mock.scenarios.set({ location: 'outside', face: 'notMatched' });
  const server = setupServer(...first.mock.handlers);
  server.listen({ onUnhandledRequest: 'error' });
  const { publicKey } = await generateKeyPair('ES256', { extractable: true });
  const jwk = await exportJWK(publicKey);
  const post = () =>
    fetch('http://mock.test/__mock/face-keys', {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ jwk }),
    }).then((r) => r.json() as Promise<{ trusted: number; added: boolean }>);
  expect(await post()).toMatchObject({ trusted: 1, added: true });
  expect(await post()).toMatchObject({ trusted: 1, added: false });
  server.close();
  await first.stop();

  const second = await start(dir);
  expect(second.mock.scenarios.get()).toMatchObject({ location: 'outside', face: 'notMatched' });
  expect(second.mock.faceTickets.trustedKeyCount()).toBe(1);
  expect(second.mock.faceTickets.trustedKeys()[0]).toMatchObject({ x: jwk.x, y: jwk.y });
  await second.stop();
}, 60_000);
