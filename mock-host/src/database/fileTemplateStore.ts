import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { readFile, rename, writeFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import type { TemplateStore } from './templateStore';

/** The file of the template made by this PGlite version from these migrations. */
function templateFile(migrationsSql: string): string {
  // The package exports no package.json: read it next to its entry (dist/…).
  const entry = createRequire(import.meta.url).resolve('@electric-sql/pglite');
  const { version } = JSON.parse(readFileSync(join(dirname(entry), '..', 'package.json'), 'utf8')) as {
    version: string;
  };
  const key = createHash('sha256').update(`${version}\n${migrationsSql}`).digest('hex').slice(0, 16);
  return join(tmpdir(), `hushi-pglite-template-${key}.tar`);
}

/**
 * In Node, the migrated empty database is kept as a tarball in the temporary directory, keyed by the
 * PGlite version and the migrations, so that every test process starts its in-memory databases from
 * it instead of running initdb (seconds on a busy machine).
 */
export const templateStore: TemplateStore = {
  async read(migrationsSql) {
    try {
      return new Blob([await readFile(templateFile(migrationsSql))]);
    } catch {
      return undefined;
    }
  },
  async write(migrationsSql, template) {
    const file = templateFile(migrationsSql);
    const partial = `${file}.${process.pid}.partial`;
    try {
      await writeFile(partial, new Uint8Array(await template.arrayBuffer()));
      await rename(partial, file);
    } catch {
      // A cache that cannot be written is only slower.
    }
  },
};
