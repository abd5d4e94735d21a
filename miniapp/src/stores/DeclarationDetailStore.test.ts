import { expect, it, vi } from 'vitest';
import { validateCancelReason } from '@hushi/sdk';
import type { BackendClient, DeclarationStatus, EntryDeclaration } from '@hushi/sdk';
import type { Services } from '../services/createServices';
import { DeclarationDetailStore } from './DeclarationDetailStore';

const PRE = '202601000000000001';

function declaration(status: DeclarationStatus): EntryDeclaration {
  return { kind: 'entry', header: { preEntryNumber: PRE, status } } as EntryDeclaration;
}

function services(backend: Partial<Record<keyof BackendClient, unknown>>): Services {
  return {
    backend: backend as unknown as BackendClient,
    bridge: () => Promise.reject(new Error('no bridge')),
  };
}

async function detail(
  status: DeclarationStatus,
  origin: 'records' | 'documents',
  backend: Partial<Record<keyof BackendClient, unknown>> = {},
  onChanged = vi.fn(),
): Promise<DeclarationDetailStore> {
  const store = new DeclarationDetailStore(
    services({ getDetail: () => Promise.resolve(declaration(status)), ...backend }),
    'entry',
    PRE,
    origin,
    onChanged,
  );
  await store.load();
  return store;
}

const enabled = (store: DeclarationDetailStore): Record<string, boolean> =>
  Object.fromEntries(store.buttons.map((b) => [b.label, b.enabled]));

it('greys out the buttons the status does not allow, never hides them', async () => {
  expect(enabled(await detail('returned', 'records'))).toEqual({ 修改: true, 复制: true, 删除: true });
  expect(enabled(await detail('approved', 'records'))).toEqual({ 修改: false, 复制: true, 删除: false });
  expect(enabled(await detail('approved', 'documents'))).toEqual({ 变更: false, 撤销: true });
  expect(enabled(await detail('documentsReleased', 'documents'))).toEqual({ 变更: true, 撤销: true });
  expect(enabled(await detail('declared', 'documents'))).toEqual({ 变更: false, 撤销: false });
});

it('删除: 否 changes nothing; 是 deletes and tells the lists', async () => {
  const remove = vi.fn(() => Promise.resolve());
  const onChanged = vi.fn();
  const store = await detail('draft', 'records', { delete: remove }, onChanged);
  store.openDialog('delete');
  expect(store.dialog).toBe('delete');
  store.closeDialog();
  expect(store.dialog).toBeUndefined();
  expect(remove).not.toHaveBeenCalled();
  store.openDialog('delete');
  expect(await store.confirmDelete()).toBe(true);
  expect(remove).toHaveBeenCalledWith('entry', PRE);
  expect(onChanged).toHaveBeenCalledWith('deleted');
});

it('does not open a dialog the status forbids', async () => {
  const store = await detail('approved', 'records');
  store.openDialog('delete');
  expect(store.dialog).toBeUndefined();
});

it('撤销 asks for a reason, then revokes and shows the new status', async () => {
  const revoke = vi.fn(() => Promise.resolve({ preEntryNumber: PRE, status: 'declared' as const }));
  let status: DeclarationStatus = 'approved';
  const store = new DeclarationDetailStore(
    services({ getDetail: () => Promise.resolve(declaration(status)), revoke }),
    'entry',
    PRE,
    'documents',
  );
  await store.load();
  store.openDialog('cancel');
  expect(await store.confirmCancel()).toBe(false);
  const blank = validateCancelReason('');
  expect(store.dialogError).toBe(blank.valid ? undefined : blank.message);
  expect(revoke).not.toHaveBeenCalled();
  store.setCancelReason('  录入有误 ');
  status = 'declared';
  expect(await store.confirmCancel()).toBe(true);
  expect(revoke).toHaveBeenCalledWith('entry', PRE, '录入有误', {});
  expect(store.declaration?.header.status).toBe('declared');
  expect(store.dialog).toBeUndefined();
});
