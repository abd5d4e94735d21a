import { expect, it, vi } from 'vitest';
import { signInAtLaunch } from './signInAtLaunch';
import type { SessionStore } from './stores/SessionStore';

vi.mock('@tarojs/taro', () => ({ default: {} }));

function session(phase: SessionStore['phase'] = 'idle') {
  return { phase, signIn: vi.fn(() => Promise.resolve()) };
}

it('starts the login when the app launches at its login page, in either form of the path', () => {
  for (const path of ['pages/index/index', '/pages/index/index', 'pages/index/index?from=host']) {
    const idle = session();
    signInAtLaunch(idle as unknown as SessionStore, path);
    expect(idle.signIn).toHaveBeenCalledTimes(1);
  }
});

it('leaves a launch at another page, and a login already under way, alone', () => {
  const elsewhere = session();
  signInAtLaunch(elsewhere as unknown as SessionStore, 'pages/conformance/index');
  expect(elsewhere.signIn).not.toHaveBeenCalled();
  const connecting = session('connecting');
  signInAtLaunch(connecting as unknown as SessionStore, 'pages/index/index');
  expect(connecting.signIn).not.toHaveBeenCalled();
});
