import { beforeAll, expect, it } from 'vitest';
import { validateDeclarationSchema } from '@hushi/sdk';
import { openMemoryDatabase } from '../database/memoryDatabase';
import { migrate } from '../database/migrate';
import { findDeclaration } from './declarationStore';
import type { StoredDeclaration } from './declarationStore';
import { seedDeclarations } from './seedDeclarations';

const NOW = Date.UTC(2026, 10, 25, 2);
let seeded: StoredDeclaration[];

beforeAll(async () => {
  const database = await openMemoryDatabase();
  await migrate(database);
  await database.transaction((sql) => seedDeclarations(sql, NOW));
  const numbers = await database.query<{ pre_entry_number: string }>(
    'SELECT pre_entry_number FROM declarations ORDER BY pre_entry_number',
  );
  seeded = [];
  for (const { pre_entry_number } of numbers) {
    const d = await findDeclaration(database, pre_entry_number);
    if (d) seeded.push(d);
  }
  await database.close();
});

it('seeds only declarations that pass the sdk schema, with unique 预录入编号', () => {
  expect(seeded.length).toBeGreaterThan(20);
  expect(new Set(seeded.map((d) => d.preEntryNumber)).size).toBe(seeded.length);
  for (const d of seeded) {
    expect([d.preEntryNumber, validateDeclarationSchema(d.kind, d.input, { now: new Date(NOW) })]).toEqual([
      d.preEntryNumber,
      [],
    ]);
    expect(d.preEntryNumber.startsWith(d.kind === 'entry' ? '202601' : '202603')).toBe(true);
  }
});

it('gives customs numbers only to declarations customs has seen', () => {
  for (const d of seeded) {
    const seen = !['draft', 'pendingAuthentication', 'declared', 'sendToCustomsFailed'].includes(d.status);
    expect([d.status, d.declarationNumber !== null]).toEqual([d.status, seen]);
  }
});

it('links every 进口申报单 to a 进境申报单 its own declarant declared', () => {
  for (const d of seeded.filter((x) => x.input.kind === 'import')) {
    const related = seeded.find(
      (e) => d.input.kind === 'import' && e.preEntryNumber === d.input.header.relatedEntryNumber,
    );
    expect([d.preEntryNumber, related?.ownerId, related?.declaredAt !== null]).toEqual([
      d.preEntryNumber,
      d.ownerId,
      true,
    ]);
    expect(d.relatedBusinessMode).toBe('02');
  }
});
