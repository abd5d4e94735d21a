import { defineConfig } from '@tarojs/cli';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import type Chain from 'webpack-chain';
import { h5DevServer } from '../scripts/h5DevServer.mjs';

/**
 * npm nests some Taro packages under miniapp/node_modules (their peer ranges clash with the root's
 * rollup); let every module, hoisted or not, resolve them there.
 */
function resolveWorkspaceModules(chain: Chain): void {
  chain.resolve.modules.add(path.resolve(__dirname, '../node_modules'));
  chain.resolve.modules.add('node_modules');
}

/**
 * The H5 build fetches each page's chunk when the page opens. What several pages import (NutUI's
 * components, the shared UI and stores) goes into chunks of its own, fetched once, instead of a copy
 * in each page's chunk, as Taro's settings (which split initial chunks only) leave it; a group under
 * 20 KB stays copied, cheaper than one more request.
 */
function splitSharedPageModules(chain: Chain): void {
  const splitChunks = chain.optimization.get('splitChunks') as { cacheGroups?: object } | false | undefined;
  if (!splitChunks) return; // Taro's native-component mode does not split
  chain.optimization.splitChunks({
    ...splitChunks,
    cacheGroups: {
      ...splitChunks.cacheGroups,
      sharedByPages: {
        chunks: 'async',
        minChunks: 2,
        minSize: 20_000,
        priority: 5,
        reuseExistingChunk: true,
      },
    },
  });
}

/**
 * `@hushi/<name>/<entry>` → the entry's TypeScript source: the `source` condition of each entry of the
 * package's `exports` (a webpack alias; webpack's `conditionNames` would apply to every package).
 */
function sourceEntries(name: string, packageDir: string): Record<string, string> {
  const { exports } = JSON.parse(readFileSync(path.join(packageDir, 'package.json'), 'utf8')) as {
    exports: Record<string, string | { source?: string }>;
  };
  return Object.fromEntries(
    Object.entries(exports).flatMap(([entry, conditions]) =>
      typeof conditions === 'object' && conditions.source
        ? [[`${name}${entry.slice(1)}$`, path.join(packageDir, conditions.source)]]
        : [],
    ),
  );
}

/**
 * The dev build (`taro build --type h5 --watch`) reads our packages from their TypeScript sources, as
 * tests do, so that a change in sdk/src or bridge-spec/src rebuilds like one in src/; release and test
 * builds read their rollup builds (dist/).
 */
function readWorkspaceSources(chain: Chain): void {
  if (chain.get('mode') !== 'development') return;
  const packages = { '@hushi/sdk': '../../sdk', '@hushi/bridge-spec': '../../bridge-spec' };
  for (const [name, dir] of Object.entries(packages)) {
    const packageDir = path.resolve(__dirname, dir);
    for (const [entry, source] of Object.entries(sourceEntries(name, packageDir))) {
      chain.resolve.alias.set(entry, source);
    }
    chain.module.rule('script').include.add(path.join(packageDir, 'src'));
  }
}

export default defineConfig<'webpack5'>({
  projectName: 'hushi-miniapp',
  designWidth: 375,
  deviceRatio: { 640: 2.34 / 2, 750: 1, 375: 2, 828: 1.81 / 2 },
  sourceRoot: 'src',
  // HUSHI_OUTPUT_ROOT lets two builds of one checkout run side by side.
  outputRoot: process.env.HUSHI_OUTPUT_ROOT ?? `dist/${process.env.TARO_ENV}`,
  plugins: ['@tarojs/plugin-html'],
  defineConstants: {
    // The mock host (or backend) the WeChat build talks to; `npm run mock-host` listens here.
    HUSHI_HOST_URL: JSON.stringify(process.env.HUSHI_HOST_URL ?? 'http://127.0.0.1:8787'),
    // Web host origins the H5 build accepts as its parent frame (comma-separated); see webHostOrigin.ts.
    HUSHI_WEB_HOST_ORIGINS: JSON.stringify(process.env.HUSHI_WEB_HOST_ORIGINS ?? ''),
    // A release build (HUSHI_RELEASE=1) has no developer pages and accepts no loopback web host.
    HUSHI_RELEASE: JSON.stringify(process.env.HUSHI_RELEASE === '1'),
  },
  framework: 'react',
  compiler: 'webpack5',
  cache: { enable: false },
  mini: {
    postcss: { pxtransform: { enable: true, config: { selectorBlackList: ['nut-'] } } },
    webpackChain(chain: Chain) {
      resolveWorkspaceModules(chain);
      // Mini-program runtimes forbid `new Function`, which webpack's `global` shim falls back to; the
      // mini-program's own `global` object is what modules mean by it.
      chain.node.set('global', false);
      chain.module
        .rule('global-this-fallback')
        .test(/\.m?js$/)
        .include.add(/node_modules/)
        .end()
        .use('global-this-fallback')
        .loader(path.resolve(__dirname, 'globalThisFallbackLoader.cjs'));
    },
  },
  h5: {
    publicPath: '/',
    staticDirectory: 'static',
    router: { mode: 'hash' },
    // Names carry a hash of their content, so a server may let browsers keep them for good (only
    // index.html is asked for again on each visit); see scripts/serveH5Build.mjs.
    output: { filename: 'js/[name].[contenthash:8].js', chunkFilename: 'chunk/[name].[contenthash:8].js' },
    miniCssExtractPluginOption: {
      filename: 'css/[name].[contenthash:8].css',
      chunkFilename: 'css/[name].[contenthash:8].css',
    },
    postcss: { autoprefixer: { enable: true, config: {} } },
    // `npm run dev`: served on 127.0.0.1 with the mock host in the page (PORT= to change).
    devServer: h5DevServer({ port: Number(process.env.PORT ?? 10086) }),
    webpackChain(chain: Chain) {
      resolveWorkspaceModules(chain);
      splitSharedPageModules(chain);
      readWorkspaceSources(chain);
    },
  },
});
