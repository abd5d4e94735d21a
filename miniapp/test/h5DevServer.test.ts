// `npm run dev`'s server (scripts/h5DevServer.mjs) on a real webpack-dev-server: a small app built by
// webpack in watch mode and a small mock host script bundled by esbuild, both from files in a temporary
// directory, changed for real. The Taro build itself is too heavy for a unit test; its options are the
// same function's.
import { once } from 'node:events';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import webpack from 'webpack';
import type { Compiler } from 'webpack';
import WebpackDevServer from 'webpack-dev-server';
import WebSocket from 'ws';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { h5DevServer } from '../scripts/h5DevServer.mjs';

const INDEX_HTML =
  '<!doctype html><html><head><title>app</title></head><body><script src="/main.js"></script></body></html>';

/** What only a dev build holds: webpack-dev-server's client, React Fast Refresh, the mock host's tag. */
const DEV_ONLY = /webpack-dev-server|\$RefreshReg\$|__hushi\/mock-host/;

/** Emits index.html, as Taro's HtmlWebpackPlugin does. */
const emitIndexHtml = {
  apply(compiler: Compiler) {
    compiler.hooks.thisCompilation.tap('index.html', (compilation) => {
      compilation.hooks.processAssets.tap('index.html', () => {
        compilation.emitAsset('index.html', new compiler.webpack.sources.RawSource(INDEX_HTML));
      });
    });
  },
};

/** The messages webpack-dev-server sends its client in the page, in order, awaitable. */
class PageClient {
  private readonly received: { type: string; data?: unknown }[] = [];
  private readonly waiting = new Set<() => void>();
  private seen = 0;
  readonly socket: WebSocket;

  constructor(url: string) {
    this.socket = new WebSocket(`${url.replace('http', 'ws')}ws`, { origin: url.slice(0, -1) });
    this.socket.on('message', (raw: Buffer) => {
      this.received.push(JSON.parse(raw.toString()) as { type: string; data?: unknown });
      for (const wake of this.waiting) wake();
    });
  }

  /** The next message (after those already returned) of one of `types`. */
  async next(...types: string[]): Promise<{ type: string; data?: unknown }> {
    for (;;) {
      const index = this.received.findIndex((message, i) => i >= this.seen && types.includes(message.type));
      const message = this.received[index];
      if (message) {
        this.seen = index + 1;
        return message;
      }
      await new Promise<void>((resolve) => {
        const wake = () => {
          this.waiting.delete(wake);
          resolve();
        };
        this.waiting.add(wake);
      });
    }
  }
}

let dir: string;
let server: WebpackDevServer;
let url: string;
let page: PageClient;

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'hushi-dev-server-'));
  writeFileSync(join(dir, 'app.js'), "document.title = 'app v1';\n");
  writeFileSync(join(dir, 'mockHost.js'), "window.__HUSHI_HOST_READY__ = Promise.resolve('mock host v1');\n");
  const compiler = webpack({
    mode: 'development',
    context: dir,
    entry: './app.js',
    output: { path: join(dir, 'dist') },
    plugins: [emitIndexHtml],
    infrastructureLogging: { level: 'none' },
    stats: 'none',
  });
  const options = h5DevServer({
    port: 0,
    mockHostEntry: { entryPoints: [join(dir, 'mockHost.js')] },
    databaseFiles: () =>
      Promise.resolve(new Map([['pglite.wasm', ['application/wasm', Buffer.from('wasm')]]])),
  });
  server = new WebpackDevServer(options, compiler);
  await server.start();
  url = `http://127.0.0.1:${(server.server?.address() as AddressInfo).port}/`;
  page = new PageClient(url);
  await page.next('ok');
});
afterAll(async () => {
  page.socket.close();
  await server.stop();
  rmSync(dir, { recursive: true, force: true });
});

it('serves the build from memory with the mock host first in the page, and the mock host files', async () => {
  const html = await (await fetch(url)).text();
  expect(html).toBe(INDEX_HTML.replace('<head>', '<head><script src="/__hushi/mock-host.js"></script>'));
  expect(await (await fetch(`${url}index.html`)).text()).toBe(html);
  expect(await (await fetch(`${url}pages/menu/index`, { headers: { accept: 'text/html' } })).text()).toBe(
    html,
  );
  const script = await (await fetch(`${url}main.js`)).text();
  expect(script).toContain('app v1');
  expect(script).toMatch(DEV_ONLY);
  expect(existsSync(join(dir, 'dist'))).toBe(false);
  expect(await (await fetch(`${url}__hushi/mock-host.js`)).text()).toContain('mock host v1');
  expect((await fetch(`${url}mockServiceWorker.js`)).headers.get('content-type')).toMatch(/javascript/);
  expect(await (await fetch(`${url}__mock`)).text()).toContain('/__hushi/mock-host.js');
  expect(await (await fetch(`${url}__hushi/pglite/pglite.wasm`)).text()).toBe('wasm');
});

it('a change in the app rebuilds it and tells the page', async () => {
  writeFileSync(join(dir, 'app.js'), "document.title = 'app v2';\n");
  await page.next('invalid');
  const { data: hash } = await page.next('hash');
  await page.next('ok');
  expect(await (await fetch(`${url}main.js`)).text()).toContain('app v2');
  expect(hash).toEqual(expect.any(String));
});

it("a change in the mock host's sources bundles it again, then reloads the page", async () => {
  writeFileSync(join(dir, 'mockHost.js'), "window.__HUSHI_HOST_READY__ = Promise.resolve('mock host v2');\n");
  await page.next('static-changed');
  expect(await (await fetch(`${url}__hushi/mock-host.js`)).text()).toContain('mock host v2');
});

it('listens on 127.0.0.1 and refuses pages from another origin', async () => {
  expect(server.options.host).toBe('127.0.0.1');
  const elsewhere = new WebSocket(`${url.replace('http', 'ws')}ws`, { origin: 'http://evil.example' });
  const [raw] = (await once(elsewhere, 'message')) as [Buffer];
  elsewhere.close();
  expect(JSON.parse(raw.toString())).toEqual({ type: 'error', data: 'Invalid Host/Origin header' });
});

it('the H5 release and test builds hold no dev server client, no Fast Refresh and no mock host', () => {
  const dist = join(__dirname, '../dist/h5');
  const scripts = ['js', 'chunk'].flatMap((folder) =>
    readdirSync(join(dist, folder)).map((name) => readFileSync(join(dist, folder, name), 'utf8')),
  );
  expect(scripts.length).toBeGreaterThan(0);
  for (const text of [readFileSync(join(dist, 'index.html'), 'utf8'), ...scripts]) {
    expect(text).not.toMatch(DEV_ONLY);
  }
});
