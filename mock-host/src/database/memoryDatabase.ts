import { templateStore } from '#templateStore';
import { MIGRATIONS } from '../../migrations/index';
import { migrate } from './migrate';
import { openPglite, PGLITE_INITDB_PARAMS } from './pgliteDatabase';
import type { PgliteAssets, PgliteDatabase } from './pgliteDatabase';

/** The migrated empty database of this realm, as a data directory tarball; made or read once. */
let template: Promise<Blob> | undefined;

/** What a template is made of: initdb's options and the migrations (the key of a kept one). */
const MIGRATIONS_SQL = [
  `-- initdb ${PGLITE_INITDB_PARAMS.join(' ')}`,
  ...MIGRATIONS.map((m) => `-- ${m.version} ${m.name}\n${m.sql}`),
].join('\n');

async function makeTemplate(assets: PgliteAssets): Promise<Blob> {
  const kept = await templateStore.read(MIGRATIONS_SQL);
  if (kept !== undefined) return kept;
  const database = await openPglite(assets);
  try {
    await migrate(database);
    const made = await database.dumpDataDir();
    await templateStore.write(MIGRATIONS_SQL, made);
    return made;
  } finally {
    await database.close();
  }
}

/**
 * The migrated empty database as a data directory tarball, to start a database from without initdb
 * (`loadDataDir`): made once per realm, and in Node kept in a file shared by every process.
 */
export function migratedTemplate(assets: PgliteAssets = {}): Promise<Blob> {
  template ??= makeTemplate(assets);
  template.catch(() => {
    template = undefined;
  });
  return template;
}

/**
 * A fresh, migrated in-memory PGlite database (tests, the default of `createCustomsBackend`). The
 * first one made runs initdb and the migrations and keeps the result as a template (in Node, in a
 * file shared by every process); the others start from it, several times faster.
 */
export async function openMemoryDatabase(assets: PgliteAssets = {}): Promise<PgliteDatabase> {
  return openPglite({ ...assets, loadDataDir: await migratedTemplate(assets) });
}
