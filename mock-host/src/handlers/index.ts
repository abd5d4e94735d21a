import { createBridgeHost } from '../bridgeHost';
import type { BridgeHost } from '../bridgeHost';
import { fixtureMethods } from '../fixtureMethods';
import { bridgeHandlers } from './bridge';

/** Everything the mock host serves, around one host instance. */
export interface MockHost {
  host: BridgeHost;
  handlers: ReturnType<typeof bridgeHandlers>;
}

/** Creates the mock host with the happy-path behaviour of every method. */
export function createMockHost(): MockHost {
  const host = createBridgeHost({ methods: fixtureMethods() });
  return { host, handlers: bridgeHandlers(host) };
}
