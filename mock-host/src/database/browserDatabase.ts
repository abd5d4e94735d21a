import { openPglite } from './pgliteDatabase';
import type { PgliteDatabase } from './pgliteDatabase';

/** Options of {@link openBrowserDatabase}. */
export interface BrowserDatabaseOptions {
  /**
   * Where PGlite's files are served: `pglite.wasm`, `initdb.wasm`, `pglite.data` (from
   * `@electric-sql/pglite/dist`) and, optionally, `template.tar.gz`, a migrated empty database to start
   * a new one from without initdb (`scripts/pgliteAssets.mjs` makes them). Default `/__hushi/pglite/` (the H5 dev server serves them).
   */
  assetsUrl?: string;
  /** The IndexedDB database (its name ends with this). Default `hushi-mock-host`. */
  name?: string;
}

/** Whether this origin's IndexedDB already holds the database `name`. */
async function exists(name: string): Promise<boolean | undefined> {
  const factory = globalThis.indexedDB as (IDBFactory & { databases?: IDBFactory['databases'] }) | undefined;
  if (factory?.databases === undefined) return undefined;
  return (await factory.databases()).some((d) => d.name?.endsWith(name) === true);
}

/**
 * Opens the in-page mock backend's PGlite in IndexedDB (`idb://name`), so that what was declared in
 * the H5 dev build survives a reload. A new database starts from the served template when there is
 * one (else from initdb); without IndexedDB it lives in memory. A bundled page script has no
 * `import.meta.url` for PGlite to find its files by, so they are fetched from `assetsUrl`.
 */
export async function openBrowserDatabase({
  assetsUrl = '/__hushi/pglite/',
  name = 'hushi-mock-host',
}: BrowserDatabaseOptions = {}): Promise<PgliteDatabase> {
  const base = new URL(assetsUrl, globalThis.location.href);
  const asset = (file: string): Promise<Response> =>
    fetch(new URL(file, base)).then((response) => {
      if (!response.ok) throw new Error(`${file}: HTTP ${response.status}`);
      return response;
    });
  const [pgliteWasmModule, initdbWasmModule, fsBundle, known] = await Promise.all([
    WebAssembly.compileStreaming(asset('pglite.wasm')),
    WebAssembly.compileStreaming(asset('initdb.wasm')),
    asset('pglite.data').then((r) => r.blob()),
    exists(name).catch(() => undefined),
  ]);
  const template =
    known === true
      ? undefined
      : await asset('template.tar.gz').then(
          (r) => new Response(r.body?.pipeThrough(new DecompressionStream('gzip'))).blob(),
          () => undefined,
        );
  const files = { pgliteWasmModule, initdbWasmModule, fsBundle };
  const fromTemplate = template === undefined ? {} : { loadDataDir: template };
  try {
    return await openPglite({ dataDir: `idb://${name}`, ...files, ...fromTemplate });
  } catch {
    // It existed after all (a browser without `indexedDB.databases`): open what is there.
  }
  try {
    return await openPglite({ dataDir: `idb://${name}`, ...files });
  } catch (error) {
    // No IndexedDB here (a storage-partitioned frame, a private window): keep the data in memory.
    console.warn('hushi mock host: IndexedDB unavailable, the backend keeps nothing across reloads', error);
    return openPglite({ ...files, ...fromTemplate });
  }
}
