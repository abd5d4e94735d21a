/** The request header carrying the mock host's control token to `/__mock` over HTTP. */
export const MOCK_TOKEN_HEADER = 'x-hushi-mock-token';

/** The query parameter carrying the control token in the control page's URL (`/__mock?token=…`). */
export const MOCK_TOKEN_PARAM = 'token';

/**
 * Whether msw could route a request with this path to a developer control. The control handlers'
 * paths start with a `*` wildcard and msw matches paths case-insensitively, so `/x/__MOCK/backend/reset`
 * reaches `/__mock/backend/reset`: any path containing `/__mock` in any case, as sent or
 * percent-decoded once, is a control path.
 * @param pathname the URL's path, as sent (percent-encoded)
 */
export function isControlPath(pathname: string): boolean {
  let decoded = pathname;
  try {
    decoded = decodeURIComponent(pathname);
  } catch {
    // A path that does not decode is refused before this check; the raw path still counts.
  }
  return pathname.toLowerCase().includes('/__mock') || decoded.toLowerCase().includes('/__mock');
}

/** Whether `given` is the control token, compared in time independent of where they differ. */
export function controlTokenMatches(given: string | null | undefined, expected: string): boolean {
  if (typeof given !== 'string' || given.length !== expected.length) return false;
  let difference = 0;
  for (let i = 0; i < expected.length; i++) difference |= given.charCodeAt(i) ^ expected.charCodeAt(i);
  return difference === 0;
}
