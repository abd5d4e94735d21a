// The whole mock host (super-app and customs backend, state in memory) as a real HTTP server on a free
// loopback port, for the tests of what goes over HTTP.
import { afterAll, beforeAll } from 'vitest';
import { createMockHost } from '../../src/createMockHost';
import type { MockHost } from '../../src/createMockHost';
import { createMemoryStorage } from '../../src/host/hostStorage';
import { startMockHostServer } from '../../src/server';
import type { MockHostServer } from '../../src/server';

/** What {@link useMockHostServer} gives a test file. */
export interface RunningMockHost {
  readonly mock: MockHost;
  /** The server, once the file's tests run. */
  readonly server: MockHostServer;
}

/** Makes the mock host and registers the file's hooks: the server starts before all tests, closes after. */
export function useMockHostServer(): RunningMockHost {
  const mock = createMockHost({ storage: createMemoryStorage() });
  let server: MockHostServer | undefined;
  beforeAll(async () => {
    server = await startMockHostServer(mock.handlers, { port: 0 });
  }, 30_000);
  afterAll(async () => {
    await server?.close();
  });
  return {
    mock,
    get server(): MockHostServer {
      if (server === undefined) throw new Error('The mock host server starts before the tests, not before');
      return server;
    },
  };
}
