// The 附件 tests of backendAttachments.test.ts again, on a PostgreSQL server (HUSHI_TEST_POSTGRES_URL).
import { it } from 'vitest';
import { TEST_POSTGRES_URL, useTestDatabase } from './support/testDatabases';

if (TEST_POSTGRES_URL !== undefined && TEST_POSTGRES_URL !== '') {
  useTestDatabase('PostgreSQL');
  await import('./backendAttachments.test');
} else {
  it.skip('runs on PostgreSQL when HUSHI_TEST_POSTGRES_URL names a server', () => undefined);
}
