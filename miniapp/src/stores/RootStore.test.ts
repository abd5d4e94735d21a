import { runInAction } from 'mobx';
import { expect, it, vi } from 'vitest';
import { BackendError } from '@hushi/sdk';
import type { BackendClient, BridgeTransport } from '@hushi/sdk';
import { createMemoryDeviceStorage } from '../services/deviceStorage';
import { RootStore } from './RootStore';
import { createDeclarationEditing } from './useDeclarationForm';

// A WeChat of standard font size with nothing stored (what 长辈模式 reads at start).
vi.mock('@tarojs/taro', () => ({
  default: { getSystemInfoSync: () => ({ fontSizeSetting: 16 }), getStorageSync: () => '' },
}));
// The WeChat build's defines, read when the services' modules load.
vi.hoisted(() => {
  vi.stubGlobal('HUSHI_RELEASE', false);
  vi.stubGlobal('HUSHI_HOST_URL', 'http://127.0.0.1:8787');
  vi.stubGlobal('HUSHI_WEB_HOST_ORIGINS', '');
});

function root(): RootStore {
  return new RootStore({
    transport: () => ({}) as BridgeTransport,
    backend: {} as BackendClient,
  });
}

it('makes an attached store on first use, then gives the same one for the root’s lifetime', () => {
  const store = root();
  const create = vi.fn((owner: RootStore) => ({ owner }));
  const first = store.attach(create);
  expect(first.owner).toBe(store);
  expect(store.attach(create)).toBe(first);
  expect(create).toHaveBeenCalledTimes(1);
});

it('keeps one store per kind and per root', () => {
  const store = root();
  const lists = (): object => ({});
  const form = (): object => ({});
  expect(store.attach(lists)).not.toBe(store.attach(form));
  expect(root().attach(lists)).not.toBe(store.attach(lists));
});

/** A root on a memory phone storage, its network status reported by the test, signed in as a 边民. */
function setUp(saveDraft: BackendClient['saveDraft']) {
  const storage = createMemoryDeviceStorage();
  let report: (online: boolean) => void = () => undefined;
  const root = new RootStore({
    transport: () => ({}) as BridgeTransport,
    backend: { saveDraft, newIdempotencyKey: () => 'key-1' } as unknown as BackendClient,
    deviceStorage: storage,
    watchNetwork: (listener) => {
      report = listener;
      return () => undefined;
    },
  });
  root.connectivity.start();
  runInAction(() => {
    root.session.role = 'resident';
    root.session.account = {
      realNameVerified: true,
      name: '岩罕章',
      maskedIdNumber: '532*****317',
      identities: [{ role: 'resident', available: true }],
    };
  });
  return {
    root,
    storage,
    report: (online: boolean) => {
      report(online);
    },
  };
}

it('keeps each change of the form on the phone, and sends a 暂存 kept offline when the network returns', async () => {
  const saveDraft = vi
    .fn<BackendClient['saveDraft']>()
    .mockRejectedValueOnce(new BackendError('NETWORK', '网络连接失败，请检查网络后重试'))
    .mockResolvedValue({ preEntryNumber: '202601000000000555', status: 'draft' });
  const { root, storage, report } = setUp(saveDraft);
  const { form } = createDeclarationEditing(root);
  await form.start('entry', 'new');
  expect(storage.entries.size).toBe(0);
  form.setHeader('billNumber', 'TY-PHONE');
  const key = 'hushi.keptForm.v1:532*****317/岩罕章/resident:entry';
  expect(JSON.parse(storage.entries.get(key) ?? '{}')).toMatchObject({ header: { billNumber: 'TY-PHONE' } });
  report(false);
  expect(await form.saveDraft()).toBe('queued');
  expect(JSON.parse(storage.entries.get(key) ?? '{}')).toMatchObject({
    queuedSave: { idempotencyKey: 'key-1' },
  });
  expect(saveDraft).toHaveBeenCalledTimes(1);
  report(true);
  await vi.waitFor(() => {
    expect(form.draft.preEntryNumber).toBe('202601000000000555');
  });
  expect(saveDraft).toHaveBeenLastCalledWith('entry', expect.anything(), { idempotencyKey: 'key-1' });
});
