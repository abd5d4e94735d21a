// The 待认证列表's query conditions (issue 16 item 2): 预录入编号 and a 申报时间 range, on the seed's
// declarations that entrust the demo 边民. The sdk's real client against the mock backend, on PGlite.
import { beforeEach, expect, it } from 'vitest';
import type { BackendClient } from '@hushi/sdk';
import { useBackendOverMsw } from './support/backendOverMsw';

const { login } = await useBackendOverMsw();
let resident: BackendClient;

// The backend is reset after each test, sessions included.
beforeEach(async () => {
  resident = await login('resident', 'resident');
});

it('finds one 待认证 declaration by its 预录入编号', async () => {
  const all = await resident.listPendingAuthentications('entry');
  expect(all.items.length).toBeGreaterThan(1);
  const wanted = all.items[1]?.preEntryNumber ?? '';
  const found = await resident.listPendingAuthentications('entry', { preEntryNumber: wanted });
  expect(found.items.map((row) => row.preEntryNumber)).toEqual([wanted]);
});

it('keeps the 申报时间 range: declarations declared in it, none outside', async () => {
  const all = await resident.listPendingAuthentications('entry');
  const days = all.items.map((row) => row.declaredAt?.slice(0, 10) ?? '');
  expect(days.every((day) => /^\d{4}-\d{2}-\d{2}$/.test(day))).toBe(true);
  const sorted = [...days].sort();
  const [first = '', last = ''] = [sorted[0], sorted.at(-1)];
  const inRange = await resident.listPendingAuthentications('entry', { from: first, to: last });
  expect(inRange.total).toBe(all.total);
  const before = await resident.listPendingAuthentications('entry', { from: '2000-01-01', to: '2000-12-31' });
  expect(before.items).toEqual([]);
});
