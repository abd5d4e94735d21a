// The backend's declarations survive a restart on the same storage (a page reload in the browser).
import { expect, it } from 'vitest';
import { createCustomsBackend } from '../src/backend/customsBackend';
import type { BackendRequest, CustomsBackend } from '../src/backend/customsBackend';
import { BACKEND_STATE_STORAGE_KEY, loadBackendState } from '../src/backend/persistedState';
import { sampleEntryInput } from '../src/backend/seedDeclarations';
import { DEMO_AUTH_CODE } from '../src/backend/seedPersons';
import { createMemoryStorage } from '../src/hostStorage';

const request = (patch: Partial<BackendRequest> = {}): BackendRequest => ({
  params: {},
  query: new URLSearchParams(),
  body: null,
  authorization: null,
  idempotencyKey: null,
  ...patch,
});

/** Logs the demo 边民 in and saves a 暂存 进境申报单; its 预录入编号. */
async function saveDraft(backend: CustomsBackend): Promise<string> {
  const session = await backend.handle('exchangeSession', request({ body: { authCode: DEMO_AUTH_CODE } }));
  const authorization = `Bearer ${(session.body as { token: string }).token}`;
  await backend.handle('selectIdentity', request({ authorization, body: { role: 'resident' } }));
  const saved = await backend.handle(
    'saveDraft',
    request({ authorization, params: { kind: 'entry' }, body: { declaration: sampleEntryInput() } }),
  );
  expect(saved.status).toBe(201);
  return (saved.body as { preEntryNumber: string }).preEntryNumber;
}

it('starts a backend on the same storage with the declarations and numbers the last one left', async () => {
  const storage = createMemoryStorage();
  const first = createCustomsBackend({ storage });
  const seeded = first.state.declarations.size;
  const draft = await saveDraft(first);

  const second = createCustomsBackend({ storage });
  expect(second.state.declarations.size).toBe(seeded + 1);
  expect(second.state.declarations.get(draft)).toMatchObject({ status: 'draft', kind: 'entry' });
  const next = await saveDraft(second);
  expect(next > draft).toBe(true);
  expect(loadBackendState(storage)?.declarations.has(next)).toBe(true);
});

it('keeps the customs pipeline steps, and reset goes back to the seed for the next start too', async () => {
  const storage = createMemoryStorage();
  const first = createCustomsBackend({ storage });
  const seeded = first.state.declarations.size;
  const declared = [...first.state.declarations.values()].find((d) => d.status === 'declared');
  if (!declared) throw new Error('the seed has a 已申报 declaration');
  first.stepCustoms(declared.preEntryNumber, 'sentToCustoms');
  expect(createCustomsBackend({ storage }).state.declarations.get(declared.preEntryNumber)?.status).toBe(
    'sentToCustoms',
  );
  await saveDraft(first);
  first.reset();
  expect(createCustomsBackend({ storage }).state.declarations.size).toBe(seeded);
});

it('starts from the seed, and saves it, when the storage holds nothing readable', () => {
  const storage = createMemoryStorage();
  for (const junk of [
    '{',
    '[]',
    '{"declarations":[{"kind":"entry"}],"numbering":{"preEntry":1,"customs":1}}',
  ]) {
    storage.setItem(BACKEND_STATE_STORAGE_KEY, junk);
    expect(loadBackendState(storage)).toBeNull();
    expect(createCustomsBackend({ storage }).state.declarations.size).toBeGreaterThan(0);
    expect(loadBackendState(storage)?.declarations.size).toBeGreaterThan(0);
  }
});
