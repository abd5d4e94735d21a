/**
 * Where the host's dev HTTP binding and the customs backend answer. In the H5 build that is the page's
 * own origin (the mock host runs in the page through MSW's service worker, or a real backend sits behind
 * the same origin); in the WeChat build it is `HUSHI_HOST_URL`, set at build time (default the mock
 * host of `npm run mock-host`, http://127.0.0.1:8787).
 */
export function hostUrl(): string {
  if (process.env.TARO_ENV === 'h5') return window.location.origin;
  return HUSHI_HOST_URL;
}
