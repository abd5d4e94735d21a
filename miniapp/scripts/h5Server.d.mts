/** The H5 build's folder. */
export declare const H5_DIST: string;
/** Serves the H5 build with the mock host in the page; `port` 0 picks a free one. */
export declare function startH5Server(options?: {
  port?: number;
  host?: string;
}): Promise<{ url: string; close(): Promise<void> }>;
