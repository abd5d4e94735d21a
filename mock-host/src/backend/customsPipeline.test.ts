import { beforeAll, expect, it } from 'vitest';
import { openMemoryDatabase } from '../database/memoryDatabase';
import { migrate } from '../database/migrate';
import type { SqlDatabase } from '../database/sqlDatabase';
import { BackendFailure } from './backendFailure';
import { stepCustoms } from './customsPipeline';
import { insertDeclaration } from './declarationStore';
import { sampleEntryInput } from './seedDeclarations';

const NOW = Date.UTC(2026, 10, 25, 2);
let database: SqlDatabase;

beforeAll(async () => {
  database = await openMemoryDatabase();
  await migrate(database);
  await insertDeclaration(database, {
    kind: 'entry',
    preEntryNumber: 'P1',
    declarationNumber: null,
    status: 'declared',
    declaredAt: '2026-11-25 10:00:00',
    updatedAt: NOW,
    ownerId: 'P0001',
    role: 'resident',
    draftId: null,
    input: sampleEntryInput(),
    authenticated: [],
  });
});

it('gives customs’ 申报单编号 on 发往海关成功 and follows the status machine', async () => {
  const step = (event: string) => database.transaction((sql) => stepCustoms(sql, 'P1', event, NOW));
  expect(await step('sentToCustoms')).toMatchObject({
    status: 'sentToCustoms',
    declarationNumber: expect.stringMatching(/^86090261125\d{7}$/) as unknown,
  });
  expect((await step('customsApproved')).status).toBe('approved');
});

it('refuses an event the status does not allow (409), an unknown event (422) and number (404)', async () => {
  const statusOf = async (preEntryNumber: string, event: string): Promise<number> => {
    try {
      await database.transaction((sql) => stepCustoms(sql, preEntryNumber, event, NOW));
    } catch (error) {
      if (error instanceof BackendFailure) return error.status;
    }
    return 0;
  };
  expect(await statusOf('P1', 'sentToCustoms')).toBe(409);
  expect(await statusOf('P1', 'explode')).toBe(422);
  expect(await statusOf('P2', 'sentToCustoms')).toBe(404);
});
