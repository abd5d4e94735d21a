import { expect, it, vi } from 'vitest';
import { BridgeError } from '@hushi/sdk';
import type { BackendClient, Bridge, PendingAuthentication } from '@hushi/sdk';
import { BRIDGE_ERROR_MESSAGES } from '../messages';
import type { Services } from '../services/createServices';
import { PendingAuthenticationStore } from './PendingAuthenticationStore';

const ROW: PendingAuthentication = {
  kind: 'entry',
  preEntryNumber: '202601000000000021',
  status: 'pendingAuthentication',
  customsCode: '8609',
  declarantName: '岩罕章',
  quota: '60.00',
  authenticated: false,
};

function services(backend: Partial<BackendClient>, verify: () => Promise<{ ticket: string }>): Services {
  const bridge = { call: vi.fn(verify) } as unknown as Bridge;
  return {
    backend: {
      listPendingAuthentications: () => Promise.resolve({ items: [ROW], total: 1, page: 1, pageSize: 50 }),
      createFaceChallenge: (request) =>
        Promise.resolve({ nonce: 'n1', ...request, expiresAt: '2030-01-01T00:00:00Z' }),
      ...backend,
    } as BackendClient,
    bridge: () => Promise.resolve(bridge),
  };
}

it('认证 by face: the row shows 已认证 and the declaration status the backend answers', async () => {
  const authenticate = vi.fn(() =>
    Promise.resolve({
      preEntryNumber: ROW.preEntryNumber,
      status: 'declared' as const,
      authenticatedCount: 2,
      residentCount: 2,
    }),
  );
  const store = new PendingAuthenticationStore(
    services({ authenticate }, () => Promise.resolve({ ticket: 'jws' })),
    'entry',
  );
  await store.search();
  expect(await store.authenticate(ROW.preEntryNumber)).toBe(true);
  expect(authenticate).toHaveBeenCalledWith('entry', ROW.preEntryNumber, 'jws', {});
  expect(store.rows?.[0]).toMatchObject({ authenticated: true, status: 'declared' });
});

it('a face failure keeps the row 未认证 with its message', async () => {
  const authenticate = vi.fn();
  const store = new PendingAuthenticationStore(
    services({ authenticate }, () => Promise.reject(new BridgeError('FACE_LIVENESS_FAILED', 'liveness'))),
    'entry',
  );
  await store.search();
  expect(await store.authenticate(ROW.preEntryNumber)).toBe(false);
  expect(authenticate).not.toHaveBeenCalled();
  expect(store.rows?.[0]?.authenticated).toBe(false);
  expect(store.rowErrors[ROW.preEntryNumber]).toBe(BRIDGE_ERROR_MESSAGES.FACE_LIVENESS_FAILED);
  expect(store.authenticating).toBeUndefined();
});

it('queries with its conditions: 预录入编号 and the 申报时间 of the last month, 重置 back (issue 16 item 2)', async () => {
  const listPendingAuthentications = vi.fn(() =>
    Promise.resolve({ items: [ROW], total: 1, page: 1, pageSize: 50 }),
  );
  const store = new PendingAuthenticationStore(
    services({ listPendingAuthentications }, () => Promise.resolve({ ticket: 'jws' })),
    'entry',
    () => '2022-08-18',
  );
  expect(store.conditions).toEqual({ number: '', from: '2022-07-18', to: '2022-08-18' });
  store.setCondition('number', ` ${ROW.preEntryNumber} `);
  await store.search();
  expect(listPendingAuthentications).toHaveBeenCalledWith('entry', {
    preEntryNumber: ROW.preEntryNumber,
    from: '2022-07-18',
    to: '2022-08-18',
    pageSize: 50,
  });
  store.reset();
  expect(store.conditions.number).toBe('');
  expect(store.rows).toBeUndefined();
});

it('opens a row with its declaration, and 认证 there turns it 已认证 (issue 16 item 2)', async () => {
  const declaration = { kind: 'entry', goods: [{ goodsName: '菠萝', totalPrice: '85.00' }] };
  const getDetail = vi.fn(() => Promise.resolve(declaration));
  const authenticate = vi.fn(() =>
    Promise.resolve({
      preEntryNumber: ROW.preEntryNumber,
      status: 'pendingAuthentication' as const,
      authenticatedCount: 1,
      residentCount: 2,
    }),
  );
  const store = new PendingAuthenticationStore(
    services({ getDetail, authenticate } as unknown as Partial<BackendClient>, () =>
      Promise.resolve({ ticket: 'jws' }),
    ),
    'entry',
  );
  await store.search();
  await store.openDetail(ROW.preEntryNumber);
  expect(getDetail).toHaveBeenCalledWith('entry', ROW.preEntryNumber);
  expect(store.detail).toMatchObject({ row: ROW, declaration, error: undefined });
  expect(await store.authenticate(ROW.preEntryNumber)).toBe(true);
  expect(store.detail?.row.authenticated).toBe(true);
  store.closeDetail();
  expect(store.detail).toBeUndefined();
});

it('enables 认证 only for a status that allows it, and not while another 认证 runs', async () => {
  let verified: (value: { ticket: string }) => void = () => undefined;
  const store = new PendingAuthenticationStore(
    services(
      { authenticate: () => new Promise(() => undefined) },
      () =>
        new Promise((resolve) => {
          verified = resolve;
        }),
    ),
    'entry',
  );
  expect(store.canAuthenticate(ROW)).toBe(true);
  expect(store.canAuthenticate({ status: 'declared' })).toBe(false);
  expect(store.canAuthenticate({ status: 'draft' })).toBe(false);
  await store.search();
  void store.authenticate(ROW.preEntryNumber);
  expect(store.canAuthenticate(ROW)).toBe(false);
  verified({ ticket: 'jws' });
});
