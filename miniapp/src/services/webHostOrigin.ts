/**
 * Web host origins the H5 build accepts as its parent frame (the WebView binding over `postMessage`),
 * set at build time with HUSHI_WEB_HOST_ORIGINS (comma-separated). Loopback origins are accepted too
 * unless the build is a release (HUSHI_RELEASE), for the reference web host in examples/web-host.
 */
const ALLOWED = HUSHI_WEB_HOST_ORIGINS.split(',')
  .map((origin) => origin.trim())
  .filter((origin) => origin !== '');

const LOOPBACK = /^https?:\/\/(127\.0\.0\.1|localhost)(:\d+)?$/;

/** Whether `origin` may act as this app's host frame. */
export function isAllowedWebHostOrigin(origin: string): boolean {
  return ALLOWED.includes(origin) || (!HUSHI_RELEASE && LOOPBACK.test(origin));
}

/**
 * The parent page's origin when the H5 build runs in a web host's iframe: the `hostOrigin` query
 * parameter names it, and it is used only when it is on the allowlist (never trusted from the URL alone).
 */
export function webHostOrigin(): string | undefined {
  if (process.env.TARO_ENV !== 'h5' || window.parent === window) return undefined;
  const candidate = new URLSearchParams(window.location.search).get('hostOrigin');
  return candidate !== null && isAllowedWebHostOrigin(candidate) ? candidate : undefined;
}
