import { compareVersions } from './compareVersions';
import { METHOD_CONTRACTS } from './generated/catalogue';
import type { MethodName } from './generated/catalogue';

/**
 * The contract of `method` that a host speaking `bridgeVersion` follows: the newest version among the
 * method's contracts (`METHOD_CONTRACTS`) that is not newer than `bridgeVersion`; `undefined` when the
 * method did not exist yet. This is what `host.getInfo` declares for the method.
 * @example
 * methodContract('location.get', '1.0.0') // '1.0.0': no challenge, no ticket
 * methodContract('location.get', '1.1.0') // '1.1.0': signs the fix when given a challenge
 */
export function methodContract(method: MethodName, bridgeVersion: string): string | undefined {
  let contract: string | undefined;
  for (const version of METHOD_CONTRACTS[method]) {
    if (compareVersions(version, bridgeVersion) <= 0) contract = version;
  }
  return contract;
}
