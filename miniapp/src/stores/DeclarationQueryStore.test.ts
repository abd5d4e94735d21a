import { expect, it, vi } from 'vitest';
import { BackendError } from '@hushi/sdk';
import type { BackendClient, Page, DeclarationSummary } from '@hushi/sdk';
import type { Services } from '../services/createServices';
import { DeclarationQueryStore } from './DeclarationQueryStore';

const ROW: DeclarationSummary = {
  kind: 'entry',
  preEntryNumber: '202601000000000001',
  status: 'returned',
  customsCode: '8609',
};

function services(backend: Partial<BackendClient>): Services {
  return { backend: backend as BackendClient, bridge: () => Promise.reject(new Error('no bridge')) };
}

const page = (items: DeclarationSummary[], total = items.length): Page<DeclarationSummary> => ({
  items,
  total,
  page: 1,
  pageSize: 20,
});

it('starts 申请记录查询 with 全部 and no dates (its 暂存 have no 申报时间), and sends only the conditions given', async () => {
  const queryRecords = vi.fn(() => Promise.resolve(page([ROW])));
  const store = new DeclarationQueryStore(services({ queryRecords }), 'records', 'entry', () => '2022-08-18');
  expect(store.conditions).toEqual({ number: '', businessMode: '', status: '', from: '', to: '' });
  store.setCondition('number', ' 202601000000000001 ');
  store.setCondition('status', 'returned');
  await store.search();
  expect(queryRecords).toHaveBeenCalledWith('entry', {
    preEntryNumber: '202601000000000001',
    status: 'returned',
    page: 1,
    pageSize: 20,
  });
  store.setCondition('from', '2022-07-18');
  await store.search();
  expect(queryRecords).toHaveBeenLastCalledWith('entry', {
    preEntryNumber: '202601000000000001',
    status: 'returned',
    from: '2022-07-18',
    page: 1,
    pageSize: 20,
  });
  expect(store.results).toEqual([ROW]);
});

it('starts 单据查询 on the last month and looks it up by 申报单号', async () => {
  const queryDocuments = vi.fn(() => Promise.resolve(page([])));
  const store = new DeclarationQueryStore(
    services({ queryDocuments }),
    'documents',
    'import',
    () => '2024-03-31',
  );
  store.setCondition('number', '860992208101100002');
  store.setCondition('businessMode', '02');
  await store.search();
  expect(queryDocuments).toHaveBeenCalledWith('import', {
    declarationNumber: '860992208101100002',
    businessMode: '02',
    from: '2024-02-29',
    to: '2024-03-31',
    page: 1,
    pageSize: 20,
  });
  expect(store.results).toEqual([]);
});

it('重置 brings the conditions back and clears the results', async () => {
  const store = new DeclarationQueryStore(
    services({ queryRecords: () => Promise.resolve(page([ROW])) }),
    'records',
    'entry',
    () => '2022-08-18',
  );
  store.setCondition('status', 'draft');
  store.setCondition('from', '2022-01-01');
  await store.search();
  store.reset();
  expect(store.conditions.status).toBe('');
  expect(store.conditions.from).toBe('');
  expect(store.results).toBeUndefined();
});

it('appends the next page and says when more rows were found', async () => {
  const second = { ...ROW, preEntryNumber: '202601000000000002' };
  const queryRecords = vi
    .fn()
    .mockResolvedValueOnce(page([ROW], 2))
    .mockResolvedValueOnce({ ...page([second], 2), page: 2 });
  const store = new DeclarationQueryStore(services({ queryRecords }), 'records', 'entry', () => '2022-08-18');
  await store.search();
  expect(store.hasMore).toBe(true);
  await store.loadMore();
  expect(store.results?.map((r) => r.preEntryNumber)).toEqual([ROW.preEntryNumber, second.preEntryNumber]);
  expect(store.hasMore).toBe(false);
});

it('shows why a 查询 failed', async () => {
  const store = new DeclarationQueryStore(
    services({
      queryRecords: () => Promise.reject(new BackendError('NETWORK', '网络异常，请检查网络后重试')),
    }),
    'records',
    'entry',
  );
  await store.search();
  expect(store.error).toBe('网络异常，请检查网络后重试');
  expect(store.loading).toBe(false);
});
