// A small HTTP server for the dev and test pages (the H5 mini-app, the reference web host).
import { createServer } from 'node:http';

/**
 * Serves what `respond(path)` returns — `[contentType, body]`, or undefined for a 404 — uncached, on
 * `host` (default 127.0.0.1). `port` 0 picks a free one.
 * @param {(path: string) => [string, string | Buffer] | undefined} respond
 * @param {{ port?: number, host?: string }} [options]
 * @returns {Promise<{ url: string, close(): Promise<void> }>} `url` ends with `/`
 */
export async function serveLoopback(respond, { port = 0, host = '127.0.0.1' } = {}) {
  const server = createServer((req, res) => {
    const found = respond(decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname));
    if (!found) {
      res.statusCode = 404;
      res.end('not found');
      return;
    }
    res.setHeader('content-type', found[0]);
    res.setHeader('cache-control', 'no-store');
    res.end(found[1]);
  });
  await new Promise((resolve) => server.listen(port, host, resolve));
  return {
    url: `http://${host}:${server.address().port}/`,
    close: () =>
      new Promise((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
