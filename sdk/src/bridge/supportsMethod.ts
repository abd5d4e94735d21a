import { compareVersions, METHOD_SINCE } from '@hushi/bridge-spec';
import type { HostGetInfoResult, MethodName } from '@hushi/bridge-spec';

/**
 * Whether a host can be called with `method`: the method is in this client's table, the host declared
 * it, and the host's bridge version is not older than the version that added the method. With
 * `contract`, also whether the host follows that contract of the method or a newer one (its declared
 * version of the method and its bridge version are not older): `location.get` at `1.1.0` signs fixes.
 * @param contract a version of the method's contract (`METHOD_CONTRACTS`), e.g. `'1.1.0'`.
 * @param sinceTable method → version that added it; the spec's table unless a test passes another.
 * @example supportsMethod(bridge.host, 'location.get', '1.1.0') // the host signs a challenged fix
 */
export function supportsMethod(
  host: Pick<HostGetInfoResult, 'bridgeVersion' | 'methods'>,
  method: string,
  contract?: string,
  sinceTable: Readonly<Record<string, string>> = METHOD_SINCE,
): method is MethodName {
  if (!Object.prototype.hasOwnProperty.call(sinceTable, method)) return false;
  if (!Object.prototype.hasOwnProperty.call(host.methods, method)) return false;
  const notOlderThan = (version: string): boolean => compareVersions(version, host.bridgeVersion) <= 0;
  if (!notOlderThan(sinceTable[method] ?? '')) return false;
  return (
    contract === undefined ||
    (notOlderThan(contract) && compareVersions(contract, host.methods[method] ?? '') <= 0)
  );
}
