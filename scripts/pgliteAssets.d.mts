/** The URL path PGlite's files are served under. */
export declare const PGLITE_ASSETS_PATH: string;
/** PGlite's files for a page (pglite.wasm, initdb.wasm, pglite.data, template.tar.gz): `[content type, bytes]` by name. */
export declare function pgliteAssets(): Promise<Map<string, [string, Buffer]>>;
