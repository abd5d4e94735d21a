import { PAGE_PATHS } from './routes';
import type { SessionStore } from './stores/SessionStore';

/** A launch path as Taro gives it (`pages/index/index`, `/pages/index/index?x=1`) in PAGE_PATHS' form. */
function pagePath(launchPath: string): string {
  return `/${launchPath.replace(/^\//, '').replace(/\?.*$/, '')}`;
}

/**
 * Starts the login when the app launches at its login page (登录), instead of once that page's code has
 * loaded and rendered: the H5 build fetches each page's code when the page opens, and on a slow network
 * the host login and the backend session can run meanwhile. On H5 the code of 身份选择, the page the
 * login leads to, is fetched meanwhile too. Launched at another page (a deep link, a developer page)
 * nothing starts: that page decides.
 * @param launchPath the path of the page the app was launched at (Taro's `onLaunch` options)
 */
export function signInAtLaunch(session: SessionStore, launchPath: string): void {
  if (pagePath(launchPath) !== PAGE_PATHS.index) return;
  if (session.phase === 'idle') void session.signIn();
  // The router fetches this chunk again when the page opens, then from the cache; a failure here is
  // left to that fetch.
  if (process.env.TARO_ENV === 'h5') import('./pages/identity/index').catch(() => undefined);
}
