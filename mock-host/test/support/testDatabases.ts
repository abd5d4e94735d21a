// The databases the backend tests run on: PGlite in memory always, and a PostgreSQL server when
// HUSHI_TEST_POSTGRES_URL names one whose role may create databases (`.ci/run` starts Debian's).
import { randomBytes } from 'node:crypto';
import pg from 'pg';
import { openMemoryDatabase } from '../../src/database/memoryDatabase';
import { openPostgres } from '../../src/database/postgresDatabase';
import type { SqlDatabase } from '../../src/database/sqlDatabase';

/** An admin URL of a PostgreSQL server for the tests, if any. */
export const TEST_POSTGRES_URL = process.env.HUSHI_TEST_POSTGRES_URL;

/** A database for one test file, and how to drop it afterwards. */
export interface TestDatabase {
  database: SqlDatabase;
  dispose(): Promise<void>;
}

/** A new, empty database on the test PostgreSQL server, dropped by `dispose`. */
async function scratchPostgres(adminUrl: string): Promise<TestDatabase> {
  const name = `hushi_test_${randomBytes(6).toString('hex')}`;
  const admin = new pg.Client({ connectionString: adminUrl });
  await admin.connect();
  await admin.query(`CREATE DATABASE ${name}`);
  await admin.end();
  const url = new URL(adminUrl);
  url.pathname = `/${name}`;
  const database = await openPostgres(url.toString());
  return {
    database,
    async dispose() {
      await database.close();
      const drop = new pg.Client({ connectionString: adminUrl });
      await drop.connect();
      await drop.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
      await drop.end();
    },
  };
}

/** The kinds of database every backend test runs on, by name. */
export const TEST_DATABASES: readonly { name: string; open: () => Promise<TestDatabase> }[] = [
  {
    name: 'PGlite',
    open: async () => {
      const database = await openMemoryDatabase();
      return { database, dispose: () => database.close() };
    },
  },
  ...(TEST_POSTGRES_URL === undefined || TEST_POSTGRES_URL === ''
    ? []
    : [{ name: 'PostgreSQL', open: () => scratchPostgres(TEST_POSTGRES_URL) }]),
];

/** Where the database kind a shared test suite runs on is chosen, per test file (its own realm). */
const CHOSEN = Symbol.for('hushi.mock-host.testDatabase');

/**
 * Makes the suites imported after this call run on `name` (a file that re-runs a suite on PostgreSQL
 * calls it, then imports the suite).
 */
export function useTestDatabase(name: string): void {
  (globalThis as Record<symbol, unknown>)[CHOSEN] = name;
}

/** Opens a database of the kind chosen by {@link useTestDatabase} (PGlite unless told). */
export function openTestDatabase(): Promise<TestDatabase> {
  const chosen = (globalThis as Record<symbol, unknown>)[CHOSEN];
  const name = typeof chosen === 'string' ? chosen : 'PGlite';
  const kind = TEST_DATABASES.find((d) => d.name === name);
  if (kind === undefined) throw new Error(`no test database ${name}`);
  return kind.open();
}
