import pg from 'pg';
import type { PoolClient } from 'pg';
import type { Sql, SqlDatabase } from './sqlDatabase';

const adapt = (client: pg.Pool | PoolClient): Sql => ({
  async query<Row>(text: string, params: readonly unknown[] = []) {
    return (await client.query(text, [...params])).rows as Row[];
  },
  async exec(text) {
    await client.query(text);
  },
});

/** The URL without its password, for logs. */
function redacted(url: string): string {
  try {
    const parsed = new URL(url);
    if (parsed.password !== '') parsed.password = '***';
    return parsed.toString();
  } catch {
    return 'postgres://…';
  }
}

/**
 * Opens a PostgreSQL server (`DATABASE_URL`) through a node-postgres pool, so that several testers'
 * phones can share one mock backend. Node only.
 * @param url e.g. `postgres://hushi:hushi@127.0.0.1:5432/hushi`
 */
export async function openPostgres(url: string, { max = 10 } = {}): Promise<SqlDatabase> {
  const pool = new pg.Pool({ connectionString: url, max });
  // An idle client's error (the server went away) must not kill the process; the next query fails instead.
  pool.on('error', () => undefined);
  await pool.query('SELECT 1');
  return {
    ...adapt(pool),
    async transaction(work) {
      const client = await pool.connect();
      try {
        await client.query('BEGIN');
        const result = await work(adapt(client));
        await client.query('COMMIT');
        return result;
      } catch (error) {
        await client.query('ROLLBACK').catch(() => undefined);
        throw error;
      } finally {
        client.release();
      }
    },
    close: () => pool.end(),
    description: `PostgreSQL ${redacted(url)}`,
  };
}
