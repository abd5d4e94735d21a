/** A running {@link serveH5Build} server. */
export interface H5BuildServer {
  /** Its URL, ending with `/`. */
  url: string;
  close(): Promise<void>;
}
/**
 * Serves an H5 build as a production web server would: gzip, ETags, hashed names cached for good,
 * `/api/…` proxied to `backendUrl` on the same origin.
 */
export declare function serveH5Build(options: {
  distDir: string;
  backendUrl: string;
  port?: number;
}): Promise<H5BuildServer>;
