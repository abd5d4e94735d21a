/** A connection (or the current transaction) that runs SQL with `$1…$n` parameters. */
export interface Sql {
  /** Runs one statement; resolves to its rows. */
  query<Row = Record<string, unknown>>(text: string, params?: readonly unknown[]): Promise<Row[]>;
  /** Runs several statements without parameters (a migration). */
  exec(text: string): Promise<void>;
}

/**
 * The customs backend's database: PGlite (in memory, a data directory or IndexedDB) or a PostgreSQL
 * server, behind one interface so that one data-access layer serves every mode.
 */
export interface SqlDatabase extends Sql {
  /**
   * Runs `work` in one transaction: committed when it resolves, rolled back when it throws (the error
   * is rethrown). Inside, use only the `Sql` it is given.
   */
  transaction<T>(work: (sql: Sql) => Promise<T>): Promise<T>;
  /** Closes the database (flushes a PGlite data directory). */
  close(): Promise<void>;
  /** What it is, for logs: e.g. `PGlite (memory)`, `PostgreSQL postgres://host/db`. */
  readonly description: string;
}

/** The SQLSTATE of a PostgreSQL error, if `error` carries one (both PGlite and node-postgres set `code`). */
export function sqlState(error: unknown): string | undefined {
  const code = (error as { code?: unknown } | null)?.code;
  return typeof code === 'string' && /^[0-9A-Z]{5}$/.test(code) ? code : undefined;
}

/** SQLSTATE of a unique constraint violation. */
export const UNIQUE_VIOLATION = '23505';
