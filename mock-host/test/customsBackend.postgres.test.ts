// The customs backend's tests of customsBackend.test.ts again, on a PostgreSQL server
// (HUSHI_TEST_POSTGRES_URL; `.ci/run` starts Debian's and sets it).
import { it } from 'vitest';
import { TEST_POSTGRES_URL, useTestDatabase } from './support/testDatabases';

if (TEST_POSTGRES_URL !== undefined && TEST_POSTGRES_URL !== '') {
  useTestDatabase('PostgreSQL');
  await import('./customsBackend.test');
} else {
  it.skip('runs on PostgreSQL when HUSHI_TEST_POSTGRES_URL names a server', () => undefined);
}
