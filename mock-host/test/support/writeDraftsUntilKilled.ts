// Child process of backendPersistence.test.ts: opens the backend on the data directory argv[2] and
// saves 暂存 declarations one after another, printing each 预录入编号 once the backend answered it
// (committed), until it is killed.
import { createCustomsBackend } from '../../src/backend/customsBackend';
import { openDatabase } from '../../src/database/openDatabase';
import { sampleEntryInput } from '../../src/backend/seedDeclarations';
import { SEED_PERSONS } from '../../src/backend/seedPersons';
import { loginCaller } from './backendCalls';

const backend = createCustomsBackend({ database: openDatabase({ dataDir: process.argv[2] }) });
await backend.ready;
const resident = await loginCaller(backend, SEED_PERSONS.resident.id, 'resident');
for (;;) {
  const saved = await resident.call('saveDraft', {
    params: { kind: 'entry' },
    body: { declaration: sampleEntryInput() },
  });
  process.stdout.write(`${(saved.body as { preEntryNumber: string }).preEntryNumber}\n`);
}
