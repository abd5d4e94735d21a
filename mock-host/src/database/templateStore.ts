/**
 * Where a migrated empty database (a PGlite data directory tarball) is kept between processes, keyed by
 * the migrations' SQL. `#templateStore` resolves to a file store in Node and to none in a browser.
 */
export interface TemplateStore {
  read(migrationsSql: string): Promise<Blob | undefined>;
  write(migrationsSql: string, template: Blob): Promise<void>;
}
