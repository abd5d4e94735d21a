import type { HostStorage } from '../host/hostStorage';
import { migrate } from './migrate';
import type { SqlDatabase } from './sqlDatabase';

/** The prefix of the mock host's keys in `host_settings` (the backend keeps its own there too). */
const PREFIX = 'host:';

/** A {@link HostStorage} kept in the database, and a way to wait for its writes. */
export interface DatabaseStorage extends HostStorage {
  /** Resolves when every `setItem` so far is written. */
  flushed(): Promise<void>;
}

/**
 * The mock host's storage (scenarios, trusted face keys) in the database's `host_settings`, so that
 * `npm run mock-host` keeps them across a restart like the backend's data: read once when opened,
 * served from memory, each change written in order.
 */
export async function openDatabaseStorage(
  database: SqlDatabase,
  onError: (error: unknown) => void = (error) => {
    console.error('hushi mock host: storage write failed', error);
  },
): Promise<DatabaseStorage> {
  await migrate(database);
  const rows = await database.query<{ key: string; value: string }>(
    'SELECT key, value FROM host_settings WHERE starts_with(key, $1)',
    [PREFIX],
  );
  const items = new Map(rows.map((row) => [row.key.slice(PREFIX.length), row.value]));
  let written: Promise<void> = Promise.resolve();
  return {
    getItem: (key) => items.get(key) ?? null,
    setItem(key, value) {
      items.set(key, value);
      written = written
        .then(async () => {
          await database.transaction((sql) =>
            sql.query(
              `INSERT INTO host_settings (key, value) VALUES ($1, $2)
               ON CONFLICT (key) DO UPDATE SET value = EXCLUDED.value`,
              [PREFIX + key, value],
            ),
          );
        })
        .catch(onError);
    },
    flushed: () => written,
  };
}
