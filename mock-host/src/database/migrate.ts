import { MIGRATIONS } from '../../migrations/index';
import type { Migration } from '../../migrations/index';
import type { SqlDatabase } from './sqlDatabase';

/** Any fixed number: the advisory lock that keeps two processes from migrating one database at once. */
const MIGRATION_LOCK = 7_468_531;

/**
 * Brings the database's schema up to date: applies, in order, each migration not yet recorded in
 * `schema_migrations`, each in one transaction with its record.
 * @returns the versions applied now
 */
export async function migrate(
  database: SqlDatabase,
  migrations: readonly Migration[] = MIGRATIONS,
): Promise<number[]> {
  return database.transaction(async (sql) => {
    await sql.query('SELECT pg_advisory_xact_lock($1)', [MIGRATION_LOCK]);
    await sql.exec(
      'CREATE TABLE IF NOT EXISTS schema_migrations (version integer PRIMARY KEY, name text NOT NULL, applied_at timestamptz NOT NULL DEFAULT now())',
    );
    const done = new Set(
      (await sql.query<{ version: number }>('SELECT version FROM schema_migrations')).map((r) => r.version),
    );
    const applied: number[] = [];
    for (const migration of migrations) {
      if (done.has(migration.version)) continue;
      await sql.exec(migration.sql);
      await sql.query('INSERT INTO schema_migrations (version, name) VALUES ($1, $2)', [
        migration.version,
        migration.name,
      ]);
      applied.push(migration.version);
    }
    return applied;
  });
}
