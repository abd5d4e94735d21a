import { expect, it, vi } from 'vitest';
import { BackendError, BridgeError } from '@hushi/sdk';
import type { BackendClient, Bridge, IdentitiesResponse } from '@hushi/sdk';
import { MESSAGES } from '../messages';
import type { Services } from '../services/createServices';
import { SessionStore } from './SessionStore';

const ACCOUNT: IdentitiesResponse = {
  realNameVerified: true,
  name: '玉香南',
  maskedIdNumber: '532*****422',
  identities: [
    { role: 'resident', available: true },
    { role: 'mutualAidGroup', available: false, reason: '未备案该申报代表身份' },
    { role: 'cooperative', available: false, reason: '未备案该申报代表身份' },
  ],
};

/** A host whose methods answer as `answers` say, and that can fire `session.expired`. */
function fakeServices(answers: Record<string, () => unknown>, backend: Partial<BackendClient> = {}) {
  const listeners: (() => void)[] = [];
  const call = vi.fn((method: string) => {
    const answer = answers[method];
    if (!answer) return Promise.reject(new BridgeError('UNSUPPORTED_METHOD', method));
    return new Promise((resolve) => {
      resolve(answer());
    });
  });
  const bridge = {
    call,
    on: (_event: string, handler: () => void) => {
      listeners.push(handler);
      return () => undefined;
    },
  } as unknown as Bridge;
  const spies = {
    exchangeSession: vi.fn(() => Promise.resolve({ token: 't', expiresAt: '2099-01-01T00:00:00Z' })),
    getIdentities: vi.fn(() => Promise.resolve(ACCOUNT)),
    selectIdentity: vi.fn((role: string) => Promise.resolve({ role, available: true })),
  };
  const services: Services = {
    bridge: () => Promise.resolve(bridge),
    backend: { ...spies, ...backend } as unknown as BackendClient,
  };
  const fireSessionExpired = (): void => {
    for (const listener of listeners) listener();
  };
  return { services, spies, call, fireSessionExpired };
}

const code = { authCode: 'ac_1', expiresAt: Date.now() + 60_000 };

it('signs in with the host session and the backend exchange', async () => {
  const { services, spies } = fakeServices({ 'auth.getSession': () => code });
  const session = new SessionStore(services);
  await session.signIn();
  expect(session.phase).toBe('signedIn');
  expect(session.account).toEqual(ACCOUNT);
  expect(spies.exchangeSession).toHaveBeenCalledWith('ac_1');
});

it('opens the host login when nobody is logged in to the host', async () => {
  const { services, spies, call } = fakeServices({
    'auth.getSession': () => {
      throw new BridgeError('NOT_LOGGED_IN', 'nobody');
    },
    'auth.login': () => ({ ...code, authCode: 'ac_2' }),
  });
  const session = new SessionStore(services);
  await session.signIn();
  expect(call).toHaveBeenCalledWith('auth.login', {});
  expect(spies.exchangeSession).toHaveBeenCalledWith('ac_2');
  expect(session.phase).toBe('signedIn');
});

it('fails with 您已取消登录 when the user closes the host login', async () => {
  const { services } = fakeServices({
    'auth.getSession': () => {
      throw new BridgeError('NOT_LOGGED_IN', 'nobody');
    },
    'auth.login': () => {
      throw new BridgeError('CANCELLED', 'closed');
    },
  });
  const session = new SessionStore(services);
  await session.signIn();
  expect(session.phase).toBe('failed');
  expect(session.error).toBe(MESSAGES.loginCancelled);
});

it('keeps an account without real-name verification out', async () => {
  const { services } = fakeServices(
    { 'auth.getSession': () => code },
    { getIdentities: vi.fn(() => Promise.resolve({ ...ACCOUNT, realNameVerified: false })) },
  );
  const session = new SessionStore(services);
  await session.signIn();
  expect(session.blockedReason).toBe(MESSAGES.notRealNameVerified);
});

it('refuses an identity the account may not take, with the backend reason, without asking it', async () => {
  const { services, spies } = fakeServices({ 'auth.getSession': () => code });
  const session = new SessionStore(services);
  await session.signIn();
  expect(await session.selectIdentity('mutualAidGroup')).toBe(false);
  expect(session.error).toBe('未备案该申报代表身份');
  expect(spies.selectIdentity).not.toHaveBeenCalled();
  expect(await session.selectIdentity('resident')).toBe(true);
  expect(session.role).toBe('resident');
});

it('expires on the host event and, logged in again, picks the same identity', async () => {
  const { services, spies, fireSessionExpired } = fakeServices({ 'auth.getSession': () => code });
  const session = new SessionStore(services);
  await session.signIn();
  await session.selectIdentity('resident');
  fireSessionExpired();
  expect(session.phase).toBe('expired');
  await session.signIn();
  expect(session.phase).toBe('signedIn');
  expect(session.role).toBe('resident');
  expect(spies.selectIdentity).toHaveBeenCalledTimes(2);
});

it('shows a backend failure of the sign-in in Chinese', async () => {
  const { services } = fakeServices(
    { 'auth.getSession': () => code },
    {
      exchangeSession: vi.fn(() =>
        Promise.reject(new BackendError('NETWORK', '网络连接失败，请检查网络后重试')),
      ),
    },
  );
  const session = new SessionStore(services);
  await session.signIn();
  expect(session.phase).toBe('failed');
  expect(session.error).toBe('网络连接失败，请检查网络后重试');
});

it('退出 asks the host to close the mini-app, and says why when it cannot', async () => {
  const { services, call } = fakeServices({ 'auth.getSession': () => code, 'app.close': () => ({}) });
  const session = new SessionStore(services);
  await session.exit();
  expect(call).toHaveBeenCalledWith('app.close', {});
  expect(session.error).toBeUndefined();
  const old = fakeServices({});
  const oldSession = new SessionStore(old.services);
  await oldSession.exit();
  expect(oldSession.error).toBe('当前版本的掌上单一窗口不支持该功能，请升级后重试');
});
