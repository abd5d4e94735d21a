import { createServer as createHttpServer } from 'node:http';
import type { RequestListener } from 'node:http';
import type { AddressInfo } from 'node:net';
import { createServer } from '@mswjs/http-middleware';
import type { RequestHandler } from 'msw';

/** A running mock host HTTP server. */
export interface MockHostServer {
  /** Base URL, e.g. `http://127.0.0.1:8787`. */
  url: string;
  close(): Promise<void>;
}

/** Options of {@link startMockHostServer}. */
export interface MockHostServerOptions {
  /** Port to listen on; 0 picks a free one. Default 8787. */
  port?: number;
  /** Interface to bind. Default 127.0.0.1 (never exposed beyond this machine). */
  hostname?: string;
}

/**
 * Serves MSW handlers as a real HTTP server on loopback, for WeChat devtools and anything that cannot
 * run a service worker. Answers CORS preflights so an H5 page on another port can call it.
 */
export async function startMockHostServer(
  handlers: RequestHandler[],
  { port = 8787, hostname = '127.0.0.1' }: MockHostServerOptions = {},
): Promise<MockHostServer> {
  // An Express app is a plain Node request listener; Express's own types are not a dependency of ours.
  const app = createServer(...handlers) as unknown as RequestListener;
  const server = createHttpServer((req, res) => {
    res.setHeader('access-control-allow-origin', '*');
    res.setHeader('access-control-allow-headers', 'content-type, authorization, idempotency-key');
    res.setHeader('access-control-allow-methods', 'GET, POST, PUT, PATCH, DELETE, OPTIONS');
    if (req.method === 'OPTIONS') {
      res.statusCode = 204;
      res.end();
      return;
    }
    app(req, res);
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, hostname, resolve);
  });
  const address = server.address() as AddressInfo;
  return {
    url: `http://${hostname}:${address.port}`,
    close: () =>
      new Promise((resolve, reject) => {
        server.closeAllConnections();
        server.close((error) => {
          if (error) reject(error);
          else resolve();
        });
      }),
  };
}
