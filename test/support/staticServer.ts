import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';

/** A loopback HTTP server answering fixed routes; each route is a content type and a body. */
export interface StaticServer {
  port: number;
  close(): Promise<void>;
}

/** Serves `routes` (path → [content type, body]) on 127.0.0.1 and on `localhost`, a second origin. */
export async function serveRoutes(
  routes: Record<string, [string, string | Uint8Array]>,
): Promise<StaticServer> {
  const server = createServer((req, res) => {
    const route = routes[new URL(req.url ?? '/', 'http://x').pathname];
    if (!route) {
      res.statusCode = 404;
      res.end('not found');
      return;
    }
    res.setHeader('content-type', route[0]);
    res.end(route[1]);
  });
  await new Promise<void>((resolve) => server.listen(0, resolve));
  return {
    port: (server.address() as AddressInfo).port,
    close: () =>
      new Promise((resolve) => {
        server.closeAllConnections();
        server.close(() => {
          resolve();
        });
      }),
  };
}
