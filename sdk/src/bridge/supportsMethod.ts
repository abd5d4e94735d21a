import { compareVersions, METHOD_SINCE } from '@hushi/bridge-spec';
import type { HostGetInfoResult, MethodName } from '@hushi/bridge-spec';

/**
 * Whether a host can be called with `method`: the method is in this client's table, the host declared
 * it, and the host's bridge version is not older than the version that added the method.
 * @param sinceTable method → version that added it; the spec's table unless a test passes another.
 */
export function supportsMethod(
  host: Pick<HostGetInfoResult, 'bridgeVersion' | 'methods'>,
  method: string,
  sinceTable: Readonly<Record<string, string>> = METHOD_SINCE,
): method is MethodName {
  if (!Object.prototype.hasOwnProperty.call(sinceTable, method)) return false;
  if (!Object.prototype.hasOwnProperty.call(host.methods, method)) return false;
  return compareVersions(sinceTable[method] ?? '', host.bridgeVersion) <= 0;
}
