/** @hushi/mock-host: the super-app (bridge) and, later, the customs backend, simulated with MSW. */
export { createBridgeHost, HostFailure } from './bridgeHost';
export type {
  BridgeHost,
  BridgeHostOptions,
  HostMethods,
  LoggedEvent,
  MethodImplementation,
} from './bridgeHost';
export { fixtureMethods } from './fixtureMethods';
export { bridgeHandlers, EVENT_POLL_HOLD_MS } from './handlers/bridge';
export { createMockHost } from './handlers/index';
export type { MockHost } from './handlers/index';
export { startMockHostServer } from './server';
export type { MockHostServer, MockHostServerOptions } from './server';
