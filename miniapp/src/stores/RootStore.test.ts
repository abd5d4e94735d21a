import { expect, it, vi } from 'vitest';
import type { BackendClient, BridgeTransport } from '@hushi/sdk';
import { RootStore } from './RootStore';

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
