// Serves the reference web host: the host page (index.html) and its script (src/main.ts, bundled with
// esbuild), on 127.0.0.1. The page embeds the H5 mini-app served elsewhere (by default by
// `npm run dev`, http://127.0.0.1:10086/); that URL's origin is the only one the host talks to.
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { bundleForBrowser } from '../../../scripts/bundleForBrowser.mjs';
import { serveLoopback } from '../../../scripts/serveLoopback.mjs';

const root = fileURLToPath(new URL('..', import.meta.url));

/** The page script, bundled for the browser (workspace packages from their sources). */
function bundleHostScript() {
  return bundleForBrowser({ entryPoints: [`${root}src/main.ts`] });
}

const escapeAttribute = (text) => text.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;');

/**
 * Starts the web host. `port` 0 picks a free one.
 * @param {{ miniappUrl: string, port?: number, host?: string }} options `miniappUrl`: the H5 mini-app,
 *   whose origin becomes the host's allowlisted mini-app origin.
 * @returns {Promise<{ url: string, close(): Promise<void> }>}
 */
export async function startWebHost({ miniappUrl, port = 0, host = '127.0.0.1' }) {
  const miniapp = new URL(miniappUrl);
  const script = await bundleHostScript();
  const page = readFileSync(`${root}index.html`, 'utf8').replace(
    '__MINIAPP_URL__',
    escapeAttribute(miniapp.href),
  );
  return serveLoopback(
    (path) => {
      if (path === '/' || path === '/index.html') return ['text/html; charset=utf-8', page];
      if (path === '/host.js') return ['text/javascript; charset=utf-8', script];
      return undefined;
    },
    { port, host },
  );
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  const { url } = await startWebHost({
    miniappUrl: process.env.MINIAPP_URL ?? 'http://127.0.0.1:10086/',
    port: Number(process.env.PORT ?? 10087),
  });
  console.log(`hushi reference web host: ${url}`);
  console.log(`conformance page inside it: ${url}?page=/pages/conformance/index`);
}
