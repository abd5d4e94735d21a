import type { BuildOptions } from 'esbuild';
import type { Configuration } from 'webpack-dev-server';

/** webpack-dev-server's options for Taro's H5 watch: loopback only, the mock host in the page. */
export declare function h5DevServer(options: {
  port: number;
  host?: string;
  mockHostEntry?: BuildOptions;
  databaseFiles?: () => Promise<Map<string, [string, Buffer]>>;
}): Configuration;
