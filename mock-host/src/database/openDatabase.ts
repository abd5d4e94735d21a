import { mkdir, rm } from 'node:fs/promises';
import { homedir } from 'node:os';
import { join, resolve } from 'node:path';
import { openMemoryDatabase } from './memoryDatabase';
import { openPglite } from './pgliteDatabase';
import { openPostgres } from './postgresDatabase';
import type { SqlDatabase } from './sqlDatabase';

/** Options of {@link openDatabase}. */
export interface OpenDatabaseOptions {
  /** A PostgreSQL server (`DATABASE_URL`); wins over `dataDir`. */
  databaseUrl?: string;
  /** A PGlite data directory, created when missing; `memory` for nothing kept. */
  dataDir?: string;
  /** Start the data directory again (it is removed first). For a server, reset the backend instead. */
  fresh?: boolean;
}

/**
 * The default data directory of `npm run mock-host`: outside the source tree, per user
 * (`$XDG_DATA_HOME/hushi-mock-host`, else `~/.local/share/hushi-mock-host`).
 */
export function defaultDataDir(env: Record<string, string | undefined> = process.env): string {
  const base = env.XDG_DATA_HOME ?? join(homedir(), '.local', 'share');
  return join(base, 'hushi-mock-host');
}

/**
 * Opens the customs backend's database in Node: a PostgreSQL server, a PGlite data directory, or (for
 * `memory`) an in-memory PGlite. Node only; the browser opens IndexedDB through `@hushi/mock-host/browser`.
 */
export async function openDatabase({
  databaseUrl,
  dataDir,
  fresh = false,
}: OpenDatabaseOptions): Promise<SqlDatabase> {
  if (databaseUrl !== undefined && databaseUrl !== '') return openPostgres(databaseUrl);
  if (dataDir === undefined || dataDir === 'memory') return openMemoryDatabase();
  const dir = resolve(dataDir);
  if (fresh) await rm(dir, { recursive: true, force: true });
  await mkdir(dir, { recursive: true });
  return openPglite({ dataDir: dir });
}
