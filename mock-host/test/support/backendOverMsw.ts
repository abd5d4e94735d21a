// The mock customs backend on a test database, served by msw/node to the sdk's real backend client: the
// set-up of the backend's client-level tests.
import { afterAll, afterEach, beforeAll } from 'vitest';
import { setupServer } from 'msw/node';
import { createBackendClient } from '@hushi/sdk';
import type { BackendClient, SubmitterRole } from '@hushi/sdk';
import type { RequestHandler } from 'msw';
import { createCustomsBackend } from '../../src/backend/customsBackend';
import type { CustomsBackend, CustomsBackendOptions } from '../../src/backend/customsBackend';
import { SEED_PERSONS } from '../../src/backend/seedPersons';
import { backendHandlers } from '../../src/handlers/backend';
import { standInFaceVerifier } from './backendCalls';
import { openTestDatabase } from './testDatabases';

/** Where the sdk client sends its requests; msw answers them. */
export const BACKEND_BASE_URL = 'http://backend.test';

/** A seed person, by their key in `SEED_PERSONS`. */
export type SeedPersonKey = keyof typeof SEED_PERSONS;

/** Options of {@link useBackendOverMsw}. */
export interface BackendOverMswOptions extends CustomsBackendOptions {
  /** Handlers served beside the backend's, e.g. its developer controls. */
  extraHandlers?: (backend: CustomsBackend) => RequestHandler[];
}

/** What {@link useBackendOverMsw} gives a test file. */
export interface BackendOverMsw {
  backend: CustomsBackend;
  /** A client logged in as a seed person, under `role` when given (else before 身份选择). */
  login: (who: SeedPersonKey, role?: SubmitterRole) => Promise<BackendClient>;
}

/**
 * Opens the test database (PGlite, or PostgreSQL under `useTestDatabase`), makes the backend over it
 * with the stand-in face verifier and unsigned fixes accepted (tests about signed fixes pass their own
 * `locationPolicy`), and registers the hooks of the file: listen before all, reset the backend after
 * each test, close after all.
 */
export async function useBackendOverMsw(options: BackendOverMswOptions = {}): Promise<BackendOverMsw> {
  const { extraHandlers, ...backendOptions } = options;
  const testDatabase = await openTestDatabase();
  const backend = createCustomsBackend({
    verifyFaceTicket: standInFaceVerifier,
    locationPolicy: () => 'development',
    database: testDatabase.database,
    ...backendOptions,
  });
  const server = setupServer(...backendHandlers(backend), ...(extraHandlers?.(backend) ?? []));
  beforeAll(async () => {
    server.listen({ onUnhandledRequest: 'error' });
    await backend.ready;
  });
  afterEach(async () => {
    await backend.reset();
  });
  afterAll(async () => {
    server.close();
    await testDatabase.dispose();
  });
  return {
    backend,
    login: async (who, role) => {
      const client = createBackendClient({ baseUrl: BACKEND_BASE_URL });
      await client.exchangeSession(await backend.mintAuthCode(SEED_PERSONS[who].id));
      if (role !== undefined) await client.selectIdentity(role);
      return client;
    },
  };
}
