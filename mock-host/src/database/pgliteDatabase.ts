import { PGlite } from '@electric-sql/pglite';
import type { PGliteOptions, Transaction } from '@electric-sql/pglite';
import type { Sql, SqlDatabase } from './sqlDatabase';

/**
 * Where PGlite's WebAssembly and file-system bundle come from, when they cannot be found next to its
 * module (a bundled page script has no `import.meta.url` to resolve them from).
 */
export interface PgliteAssets {
  pgliteWasmModule?: WebAssembly.Module;
  initdbWasmModule?: WebAssembly.Module;
  fsBundle?: Blob;
}

/** Options of {@link openPglite}. */
export interface OpenPgliteOptions extends PgliteAssets {
  /**
   * Where the data lives: a directory in Node (`./data`), `idb://name` for IndexedDB in a browser,
   * `memory://` (the default) for nothing kept.
   */
  dataDir?: string;
  /** A tarball of a data directory to start from (`PGlite.dumpDataDir`), for a fast in-memory start. */
  loadDataDir?: Blob;
}

/** A PGlite {@link SqlDatabase}, which can also copy its data directory. */
export interface PgliteDatabase extends SqlDatabase {
  /** A tarball of the data directory, to start another database from (`loadDataDir`). */
  dumpDataDir(): Promise<Blob>;
}

/**
 * initdb's options for a new PGlite database: 1 MB WAL segments instead of 16 MB, as a PGlite file
 * system (IndexedDB above all) rewrites a changed file whole on every sync.
 */
export const PGLITE_INITDB_PARAMS: readonly string[] = ['--wal-segsize=1'];

const adapt = (db: PGlite | Transaction): Sql => ({
  async query<Row>(text: string, params: readonly unknown[] = []) {
    return (await db.query<Row>(text, [...params])).rows;
  },
  async exec(text) {
    await db.exec(text);
  },
});

/**
 * Opens PGlite (PostgreSQL compiled to WebAssembly): no native build, the same in Node and in the
 * browser. PGlite is one connection, so its transactions run one at a time.
 */
export async function openPglite(options: OpenPgliteOptions = {}): Promise<PgliteDatabase> {
  const { dataDir = 'memory://', ...assets } = options;
  const db = await PGlite.create({
    dataDir,
    initDbStartParams: [...PGLITE_INITDB_PARAMS],
    ...assets,
  } satisfies PGliteOptions);
  // PGlite writes a transaction to its file system (IndexedDB) only on a later statement outside one,
  // and a sync asked for while another waits returns at once: sync after every commit that wrote, one
  // at a time, so that a committed action is kept when the page reloads right after.
  let synced: Promise<void> = Promise.resolve();
  const sync = (): Promise<void> => {
    synced = synced.then(() => db.syncToFs());
    return synced;
  };
  return {
    ...adapt(db),
    async transaction(work) {
      const [result, wrote] = await db.transaction(async (tx) => {
        const done = await work(adapt(tx));
        // A transaction that wrote nothing has no id: nothing to sync.
        const [row] = (await tx.query<{ xid: unknown }>('SELECT pg_current_xact_id_if_assigned() AS xid'))
          .rows;
        return [done, row !== undefined && row.xid !== null] as const;
      });
      if (wrote) await sync();
      return result;
    },
    close: () => db.close(),
    dumpDataDir: () => db.dumpDataDir('none'),
    description: `PGlite (${dataDir.startsWith('memory://') ? 'memory' : dataDir})`,
  };
}
