import type { HostMethod } from '@hushi/bridge-spec/host';
import { HostFailure } from '@hushi/bridge-spec/host';

/** How long a fix may take when the caller gives no `timeoutMs`, ms. */
export const DEFAULT_LOCATION_TIMEOUT_MS = 10_000;

/** GeolocationPositionError's codes (PERMISSION_DENIED 1, POSITION_UNAVAILABLE 2, TIMEOUT 3) as bridge errors. */
function failureOf(error: GeolocationPositionError): HostFailure {
  switch (error.code) {
    case 1:
      return new HostFailure('PERMISSION_DENIED', 'The browser refused location permission');
    case 3:
      return new HostFailure('TIMEOUT', 'The browser found no position within timeoutMs');
    default:
      return new HostFailure('LOCATION_UNAVAILABLE', `The browser has no position: ${error.message}`);
  }
}

/**
 * `location.get` with the browser's Geolocation API. Browsers report WGS-84 and do not say what
 * produced a fix, so the result always says `datum: "wgs84"` (even when GCJ-02 was asked for: the
 * host never relabels a fix) and `source: "unknown"`; `accuracy` and `timestamp` are the browser's.
 * `highAccuracy` and `timeoutMs` become the API's `enableHighAccuracy` and `timeout`; the host also
 * keeps its own deadline, since the API's timeout does not run while a permission prompt is open.
 */
export function createLocationMethod(
  geolocation: Geolocation = navigator.geolocation,
): HostMethod<'location.get'> {
  return (params) =>
    new Promise((resolve, reject) => {
      const timeoutMs = params.timeoutMs ?? DEFAULT_LOCATION_TIMEOUT_MS;
      let settled = false;
      const settle = (done: () => void): void => {
        if (settled) return;
        settled = true;
        clearTimeout(deadline);
        done();
      };
      const deadline = setTimeout(() => {
        settle(() => {
          reject(new HostFailure('TIMEOUT', `No position within ${timeoutMs} ms`));
        });
      }, timeoutMs);
      geolocation.getCurrentPosition(
        (position) => {
          settle(() => {
            resolve({
              lat: position.coords.latitude,
              lng: position.coords.longitude,
              datum: 'wgs84',
              accuracy: position.coords.accuracy,
              timestamp: Math.round(position.timestamp),
              source: 'unknown',
            });
          });
        },
        (error) => {
          settle(() => {
            reject(failureOf(error));
          });
        },
        { enableHighAccuracy: params.highAccuracy ?? false, timeout: timeoutMs, maximumAge: 0 },
      );
    });
}
