/** Serves the reference web host page on `host` (default 127.0.0.1); `port` 0 picks a free one. */
export declare function startWebHost(options: {
  /** The H5 mini-app's URL; its origin is the one origin the host talks to. */
  miniappUrl: string;
  port?: number;
  host?: string;
}): Promise<{ url: string; close(): Promise<void> }>;
