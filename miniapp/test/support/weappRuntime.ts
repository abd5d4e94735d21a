// A simulated WeChat mini-program logic layer in Node, for smoke tests of the real `build:weapp` output:
// the files run as WeChat runs them (CommonJS modules in one JS realm without `eval`), `App`/`Page`
// drive the lifecycle, `setData` merges into each page's `this.data`, and `wx.request` reaches a real
// HTTP server. There is no view layer: what a page shows is read from the text nodes of its data, and a
// user's taps and typing are the events WeChat would send to the page for them (see weappView.ts).
import { existsSync, readFileSync } from 'node:fs';
import { posix } from 'node:path';
import { format } from 'node:util';
import vm from 'node:vm';
import { setDataPath } from './setDataPath';
import { createFileApis } from './weappFiles';
import type { SimulatedFiles } from './weappFiles';
import { eventsAlong, findNodePath, findNodes, parseEventBindings } from './weappView';
import type { NodeQuery, ViewNode } from './weappView';

/** A page navigation the app asked WeChat for. */
export interface NavigationCall {
  api: 'navigateTo' | 'redirectTo' | 'reLaunch' | 'navigateBack';
  /** The target, as the app wrote it (`/pages/identity/index?x=1`); none for `navigateBack`. */
  url?: string;
  /** Pages to go back, for `navigateBack`. */
  delta?: number;
}

/** A `wx.request` as the app made it, before its origin was rewritten. */
export interface RecordedRequest {
  method: string;
  url: string;
  /** The body as sent (a string or JSON of an object); undefined when there was none. */
  body: string | undefined;
  /** The request's headers as the app set them, names lower-cased. */
  headers: Record<string, string>;
}

/** A call of a `wx` API whose effect is outside the logic layer (toast, title, scroll, clipboard). */
export interface UiCall {
  api: string;
  options: Record<string, unknown>;
}

/** A line the app's code printed with `console`, or an error thrown out of a callback (`error`). */
export interface ConsoleEntry {
  level: 'log' | 'info' | 'warn' | 'error' | 'debug';
  text: string;
}

/** A page of the simulated page stack. */
export interface SimulatedPage {
  /** The page's path without a leading slash, as in app.json (`pages/index/index`). */
  route: string;
  /** The query it was opened with (`onLoad`'s argument), values as in the URL. */
  options: Readonly<Record<string, string>>;
  /** The page instance's `this.data`, as `setData` left it. */
  data: Record<string, unknown>;
  /** The values of every text node under `data.root`, in document order: what the page shows. */
  texts(): string[];
  /**
   * The element `query` describes.
   * @throws when no element or several match (see {@link findNodePath})
   */
  find(query: NodeQuery): ViewNode;
  /** Every element `query` describes, in document order (see {@link findNodes}). */
  findAll(query: NodeQuery): ViewNode[];
  /**
   * Taps the element `query` describes, as a user's finger on it: WeChat sends `tap` to each element
   * from it up that binds it.
   * @throws when no element or several match (see {@link findNodePath})
   */
  tap(query: NodeQuery): void;
  /** Types `value` into the input `query` describes: an `input` event with `detail.value`. */
  input(query: NodeQuery, value: string): void;
  /** Presses the keyboard's confirm key (回车, 搜索) in the input `query` describes: a `confirm` event. */
  confirm(query: NodeQuery, value: string): void;
}

/** Options of {@link createWeappRuntime}. */
export interface WeappRuntimeOptions {
  /** The weapp build directory, holding app.json and app.js. */
  distDir: string;
  /**
   * Origins to send elsewhere: a request to a key origin goes to its value. The build embeds its host
   * URL, so a test server on an ephemeral port takes its place here.
   */
  origins?: Readonly<Record<string, string>>;
  /**
   * Custom APIs the host container adds to `wx`, e.g. `{ hushiBridge }` for the bridge's container
   * binding (docs/host-integration.md §4). Default: none, as in WeChat devtools.
   */
  containerApis?: Readonly<Record<string, unknown>>;
  /** What `wx.getSystemInfoSync` answers over {@link STANDARD_SYSTEM_INFO}, e.g. a large `fontSizeSetting`. */
  systemInfo?: Readonly<Record<string, unknown>>;
  /**
   * The app's storage (`wx.getStorageSync`, `wx.setStorageSync`); a test that passes the same map to two
   * launches keeps what the first stored, as the phone keeps it across a killed app. Default: empty.
   */
  storage?: Map<string, unknown>;
}

/** The network as the simulated phone has it. */
export interface SimulatedNetwork {
  /** Whether the phone is connected; `wx.request` fails at once ("request:fail") while it is not. */
  readonly connected: boolean;
  /** Connects or disconnects the phone, telling `wx.onNetworkStatusChange` listeners. */
  setConnected(connected: boolean): void;
  /**
   * Holds the reply of every request to a URL `matches` accepts (while set): it comes back only after
   * the request's `timeout` (`app.json` `networkTimeout.request`, else WeChat's 60 s) has failed it with
   * "request:fail timeout". Pass undefined to stop.
   */
  stall(matches: ((url: string) => boolean) | undefined): void;
}

/** A weapp build running in a simulated WeChat logic layer; see {@link createWeappRuntime}. */
export interface WeappRuntime {
  /**
   * Runs app.js and every page of app.json, calls the app's `onLaunch` and `onShow`, then opens the
   * first page (`onLoad`, `onShow`, and `onReady` after a tick).
   * @returns the first page
   */
  launch(): SimulatedPage;
  /** The page on top of the stack. */
  currentPage(): SimulatedPage | undefined;
  /** Every navigation the app asked for, in order. */
  readonly navigations: readonly NavigationCall[];
  /** Every `wx.request`, in order. */
  readonly requests: readonly RecordedRequest[];
  /** Every toast, title, scroll, loading overlay and clipboard write the app asked for. */
  readonly uiCalls: readonly UiCall[];
  /** The phone's local storage (see {@link WeappRuntimeOptions.storage}). */
  readonly storage: Map<string, unknown>;
  /** The phone's network. */
  readonly network: SimulatedNetwork;
  /** The phone's files: what its pickers give, and the uploads made. */
  readonly files: SimulatedFiles;
  /**
   * What the app printed, and the errors thrown out of its callbacks. (A promise it leaves rejected is
   * Node's unhandled rejection, which fails the test run.)
   */
  readonly console: readonly ConsoleEntry[];
  /**
   * Polls `probe` until it returns something other than `undefined` or `false`.
   * @param what what is awaited, for the timeout's message (which also tells the current page's text)
   */
  waitFor<T>(probe: () => T | undefined | false, what: string, timeoutMs?: number): Promise<T>;
  /** Stops the runtime: pending requests are aborted, timers cleared, and no callback runs anymore. */
  close(): void;
}

type Callback = (...args: unknown[]) => unknown;
type WxOptions = Record<string, unknown> & { success?: Callback; fail?: Callback; complete?: Callback };
type PageInstance = Record<string, unknown> & { data: Record<string, unknown> };
interface PageRecord {
  page: SimulatedPage;
  instance: PageInstance;
}

/** What `wx.getSystemInfoSync` answers by default: a phone at WeChat's standard 字体大小 (16 px). */
export const STANDARD_SYSTEM_INFO: Readonly<Record<string, unknown>> = {
  platform: 'devtools',
  windowWidth: 375,
  windowHeight: 667,
  pixelRatio: 2,
  fontSizeSetting: 16,
  language: 'zh_CN',
};

/** WeChat's page stack holds at most ten pages: a `navigateTo` beyond fails. */
const MAX_PAGES = 10;

/** What `boundingClientRect` measures without a view layer: a node laid out with no size. */
const EMPTY_RECT = { left: 0, right: 0, top: 0, bottom: 0, width: 0, height: 0 };

/** The values of the text nodes (`v`) of a Taro data tree, depth first. */
function textNodes(node: unknown, into: string[]): string[] {
  if (Array.isArray(node)) {
    for (const child of node) textNodes(child, into);
  } else if (typeof node === 'object' && node !== null) {
    const { v, cn } = node as { v?: unknown; cn?: unknown };
    if (typeof v === 'string') into.push(v);
    textNodes(cn, into);
  }
  return into;
}

const messageOf = (error: unknown): string => (error instanceof Error ? error.message : String(error));

/** `route?a=1&b=2` into its route (no leading slash, relative to `from`) and its query. */
function parsePageUrl(
  url: string,
  from: string | undefined,
): { route: string; query: Record<string, string> } {
  const [path = '', search = ''] = url.split('?', 2);
  const route = path.startsWith('/') ? path.slice(1) : posix.join(posix.dirname(from ?? ''), path);
  const query: Record<string, string> = {};
  for (const pair of search.split('&').filter((part) => part !== '')) {
    const [key = '', value = ''] = pair.split('=', 2);
    query[key] = value;
  }
  return { route, query };
}

/**
 * Creates a simulated WeChat logic layer for the weapp build in `distDir`. Only the `wx` APIs the app's
 * code calls are there (a missing one fails the code that calls it), and only the globals a mini-program
 * has: no `fetch`, `URL` or `AbortController`. Like a mini-program runtime, the realm refuses `eval` and
 * `new Function`.
 * @example
 * const runtime = createWeappRuntime({ distDir, origins: { 'http://127.0.0.1:8787': server.url } });
 * runtime.launch();
 * await runtime.waitFor(() => runtime.currentPage()?.route === 'pages/identity/index', 'identity page');
 */
export function createWeappRuntime({
  distDir,
  origins = {},
  containerApis = {},
  systemInfo = {},
  storage = new Map<string, unknown>(),
}: WeappRuntimeOptions): WeappRuntime {
  const appJsonPath = posix.join(distDir, 'app.json');
  if (!existsSync(appJsonPath)) {
    throw new Error(`No weapp build in ${distDir}: run \`npm run build:weapp\` first`);
  }
  const appJson = JSON.parse(readFileSync(appJsonPath, 'utf8')) as {
    pages: string[];
    networkTimeout?: { request?: number };
  };
  const bindings = parseEventBindings(readFileSync(posix.join(distDir, 'base.wxml'), 'utf8'));

  const navigations: NavigationCall[] = [];
  const requests: RecordedRequest[] = [];
  const uiCalls: UiCall[] = [];
  const consoleEntries: ConsoleEntry[] = [];
  const stack: PageRecord[] = [];
  const pageConfigs = new Map<string, Record<string, unknown>>();
  const timers = new Map<number, NodeJS.Timeout>();
  const inFlight = new Set<AbortController>();
  let nextTimerId = 1;
  let closed = false;
  let app: Record<string, unknown> | undefined;
  let registeringPage: string | undefined;

  const context = vm.createContext({}, { name: 'weapp', codeGeneration: { strings: false, wasm: false } });
  const realm = vm.runInContext('globalThis', context) as typeof globalThis;
  /** Copies plain data into the app's realm, as WeChat hands its APIs' results over. */
  const toRealm = <T>(value: T): T => realm.JSON.parse(JSON.stringify(value)) as T;

  /** Runs app code from the outside (a callback, a timer): a throw is logged as WeChat logs it. */
  const guard = (what: string, run: () => unknown): void => {
    if (closed) return;
    try {
      run();
    } catch (error) {
      consoleEntries.push({ level: 'error', text: `${what}: ${format(error)}` });
    }
  };
  const setTimer =
    (repeat: boolean) =>
    (callback: unknown, delay?: number, ...args: unknown[]): number => {
      if (typeof callback !== 'function') throw new TypeError('The callback must be a function');
      const id = nextTimerId++;
      if (closed) return id;
      const fire = (): void => {
        if (!repeat) timers.delete(id);
        guard('timer callback', () => (callback as Callback)(...args));
      };
      timers.set(id, repeat ? setInterval(fire, delay) : setTimeout(fire, delay));
      return id;
    };
  const clearTimer = (id: unknown): void => {
    const timer = timers.get(id as number);
    if (timer) clearTimeout(timer);
    timers.delete(id as number);
  };
  const later = (run: () => unknown): void => {
    setTimer(false)(run, 0);
  };

  /** Answers a `wx` API call asynchronously through its success/fail/complete callbacks. */
  const respond = (
    options: WxOptions,
    api: string,
    outcome: { ok: true; result?: object } | { ok: false; reason: string },
  ): void => {
    later(() => {
      const response = outcome.ok
        ? toRealm({ errMsg: `${api}:ok`, ...outcome.result })
        : toRealm({ errMsg: `${api}:fail ${outcome.reason}` });
      if (outcome.ok) guard(`${api} success`, () => options.success?.(response));
      else guard(`${api} fail`, () => options.fail?.(response));
      guard(`${api} complete`, () => options.complete?.(response));
    });
  };
  const uiApi =
    (api: string) =>
    (options: WxOptions = {}): void => {
      const settings = Object.entries(options).filter(([, value]) => typeof value !== 'function');
      uiCalls.push({ api, options: Object.fromEntries(settings) });
      respond(options, api, { ok: true });
    };

  // --- modules, as WeChat's `require`: relative to the requiring file, `.js` implied, run once ---
  const modules = new Map<string, { exports: unknown }>();
  const load = (file: string): unknown => {
    const cached = modules.get(file);
    if (cached) return cached.exports;
    const module = { exports: {} };
    modules.set(file, module);
    const run = vm.compileFunction(readFileSync(file, 'utf8'), ['require', 'module', 'exports'], {
      parsingContext: context,
      filename: file,
    }) as (require: (request: string) => unknown, module: { exports: unknown }, exports: unknown) => void;
    run(requireFrom(posix.dirname(file)), module, module.exports);
    return module.exports;
  };
  const requireFrom =
    (directory: string) =>
    (request: string): unknown => {
      const target = request.startsWith('/') ? posix.join(distDir, request) : posix.join(directory, request);
      if (!target.startsWith(posix.join(distDir, '/'))) {
        throw new Error(`module "${request}" is outside the mini-program`);
      }
      return load(target.endsWith('.js') ? target : `${target}.js`);
    };
  /** Runs a page or component file, then the components its JSON uses, as WeChat registers them. */
  const loadWithComponents = (path: string): void => {
    load(posix.join(distDir, `${path}.js`));
    const jsonPath = posix.join(distDir, `${path}.json`);
    if (!existsSync(jsonPath)) return;
    const { usingComponents = {} } = JSON.parse(readFileSync(jsonPath, 'utf8')) as {
      usingComponents?: Record<string, string>;
    };
    for (const component of Object.values(usingComponents)) {
      const componentPath = component.startsWith('/')
        ? component.slice(1)
        : posix.join(posix.dirname(path), component);
      if (!modules.has(posix.join(distDir, `${componentPath}.js`))) loadWithComponents(componentPath);
    }
  };

  // --- pages ---
  const call = (target: Record<string, unknown>, hook: string, ...args: unknown[]): void => {
    const method = target[hook];
    if (typeof method === 'function') guard(hook, () => (method as Callback).apply(target, args));
  };
  const openPage = (url: string): PageRecord => {
    const { route, query } = parsePageUrl(url, stack.at(-1)?.page.route);
    const config = pageConfigs.get(route);
    if (!config) throw new Error(`page "${route}" is not found`);
    const { data = {}, ...members } = config;
    const instance: PageInstance = {
      ...members,
      data: JSON.parse(JSON.stringify(data)) as Record<string, unknown>,
      route,
      __route__: route,
      options: toRealm(query),
      setData(changes: Record<string, unknown>, callback?: Callback) {
        for (const [path, value] of Object.entries(changes)) setDataPath(instance.data, path, value);
        if (callback) later(() => callback.call(instance));
      },
    };
    /** Sends the events of a user's `type` on the element `target` describes to the page's `eh`. */
    const fire = (target: NodeQuery, type: string, detail: Record<string, unknown>): void => {
      const path = findNodePath(instance.data.root as ViewNode, target);
      for (const event of eventsAlong(path, type, detail, bindings)) call(instance, 'eh', toRealm(event));
    };
    const page: SimulatedPage = {
      route,
      options: query,
      get data() {
        return instance.data;
      },
      texts: () => textNodes(instance.data.root, []),
      find: (target) => findNodePath(instance.data.root as ViewNode, target).at(-1) as ViewNode,
      findAll: (target) => findNodes(instance.data.root as ViewNode, target),
      tap(target) {
        fire(target, 'tap', { x: 0, y: 0 });
      },
      input(target, value) {
        fire(target, 'input', { value, cursor: value.length, keyCode: 0 });
      },
      confirm(target, value) {
        fire(target, 'confirm', { value });
      },
    };
    const record = { page, instance };
    stack.push(record);
    call(instance, 'onLoad', instance.options);
    call(instance, 'onShow');
    later(() => {
      call(instance, 'onReady');
    });
    return record;
  };
  const unloadTop = (): void => {
    const top = stack.pop();
    if (top) call(top.instance, 'onUnload');
  };
  const navigation =
    (api: NavigationCall['api']) =>
    (options: WxOptions): void => {
      const url = typeof options.url === 'string' ? options.url : undefined;
      const delta = typeof options.delta === 'number' ? options.delta : undefined;
      navigations.push({
        api,
        ...(url === undefined ? {} : { url }),
        ...(delta === undefined ? {} : { delta }),
      });
      later(() => {
        try {
          if (api === 'navigateBack') {
            for (let left = delta ?? 1; left > 0 && stack.length > 1; left--) unloadTop();
            const top = stack.at(-1);
            if (top) call(top.instance, 'onShow');
          } else {
            if (url === undefined) throw new Error('url is required');
            if (api === 'navigateTo' && stack.length >= MAX_PAGES)
              throw new Error('webview count limit exceed');
            const top = stack.at(-1);
            if (api === 'navigateTo' && top) call(top.instance, 'onHide');
            if (api === 'redirectTo') unloadTop();
            if (api === 'reLaunch') while (stack.length > 0) unloadTop();
            openPage(url);
          }
          respond(options, api, { ok: true });
        } catch (error) {
          respond(options, api, { ok: false, reason: messageOf(error) });
        }
      });
    };

  // --- wx ---
  const rewrite = (url: string): string => {
    for (const [from, to] of Object.entries(origins)) {
      if (url === from || url.startsWith(`${from}/`)) return `${to}${url.slice(from.length)}`;
    }
    return url;
  };
  // --- the phone's network and storage ---
  let connected = true;
  let stalled: ((url: string) => boolean) | undefined;
  const networkListeners = new Set<Callback>();
  const network: SimulatedNetwork = {
    get connected() {
      return connected;
    },
    setConnected(next) {
      connected = next;
      for (const listener of networkListeners) {
        later(() => {
          guard('onNetworkStatusChange', () =>
            listener(toRealm({ isConnected: next, networkType: next ? 'wifi' : 'none' })),
          );
        });
      }
    },
    stall(matches) {
      stalled = matches;
    },
  };
  const fileApis = createFileApis({
    respond,
    guard,
    toRealm,
    rewrite,
    connected: () => connected,
    inFlight,
  });
  /** WeChat's default request timeout, ms, when neither the call nor app.json sets one. */
  const WECHAT_REQUEST_TIMEOUT_MS = 60_000;
  const networkApis = {
    getNetworkType: (options: WxOptions = {}) => {
      respond(options, 'getNetworkType', { ok: true, result: { networkType: connected ? 'wifi' : 'none' } });
    },
    onNetworkStatusChange: (listener: Callback) => {
      networkListeners.add(listener);
    },
    offNetworkStatusChange: (listener?: Callback) => {
      if (listener) networkListeners.delete(listener);
      else networkListeners.clear();
    },
  };

  const request = (options: WxOptions) => {
    const url = String(options.url);
    const method = typeof options.method === 'string' ? options.method.toUpperCase() : 'GET';
    const body =
      options.data === undefined || typeof options.data === 'string'
        ? options.data
        : JSON.stringify(options.data);
    const sentHeaders = Object.fromEntries(
      Object.entries((options.header ?? {}) as Record<string, string>).map(([name, value]) => [
        name.toLowerCase(),
        value,
      ]),
    );
    requests.push({ method, url, body, headers: sentHeaders });
    if (!connected) {
      respond(options, 'request', { ok: false, reason: '' });
      return { abort() {} };
    }
    const timeoutMs =
      typeof options.timeout === 'number'
        ? options.timeout
        : (appJson.networkTimeout?.request ?? WECHAT_REQUEST_TIMEOUT_MS);
    const held = stalled?.(url) === true;
    const headers = new Headers({ 'content-type': 'application/json' });
    for (const [name, value] of Object.entries((options.header ?? {}) as Record<string, string>)) {
      headers.set(name, value);
    }
    const controller = new AbortController();
    inFlight.add(controller);
    let timedOut = false;
    const deadline = setTimeout(() => {
      timedOut = true;
      controller.abort();
    }, timeoutMs);
    const answer = async (): Promise<object> => {
      // A stalled reply never arrives before the deadline.
      if (held)
        await new Promise((_, reject) => {
          controller.signal.addEventListener('abort', reject);
        });
      const response = await fetch(rewrite(url), { method, headers, body, signal: controller.signal });
      const text = await response.text();
      let data: unknown = text;
      // WeChat parses the body when dataType is json (the default) and keeps the text if it is not JSON.
      if ((options.dataType ?? 'json') === 'json') {
        try {
          data = JSON.parse(text);
        } catch {
          data = text;
        }
      }
      return { data, statusCode: response.status, header: Object.fromEntries(response.headers), cookies: [] };
    };
    answer().then(
      (result) => {
        clearTimeout(deadline);
        inFlight.delete(controller);
        respond(options, 'request', { ok: true, result });
      },
      (error: unknown) => {
        clearTimeout(deadline);
        inFlight.delete(controller);
        respond(options, 'request', {
          ok: false,
          reason: timedOut ? 'timeout' : controller.signal.aborted ? 'abort' : messageOf(error),
        });
      },
    );
    return {
      abort() {
        controller.abort();
      },
    };
  };
  /**
   * `wx.createSelectorQuery`: a node `select` asks for measures as {@link EMPTY_RECT}, and `selectAll`
   * finds no node (nothing is laid out).
   */
  const createSelectorQuery = () => {
    const results: unknown[] = [];
    const query = {
      select: (selector: string) => ({
        boundingClientRect() {
          results.push({ id: selector.startsWith('#') ? selector.slice(1) : '', dataset: {}, ...EMPTY_RECT });
          return query;
        },
      }),
      selectAll: () => ({
        boundingClientRect() {
          results.push([]);
          return query;
        },
      }),
      exec(callback?: Callback) {
        later(() => callback?.(toRealm(results)));
      },
    };
    return query;
  };
  const wx = {
    request,
    createSelectorQuery,
    showToast: uiApi('showToast'),
    showLoading: uiApi('showLoading'),
    hideLoading: uiApi('hideLoading'),
    ...networkApis,
    ...fileApis.wx,
    setNavigationBarTitle: uiApi('setNavigationBarTitle'),
    pageScrollTo: uiApi('pageScrollTo'),
    setClipboardData: uiApi('setClipboardData'),
    navigateTo: navigation('navigateTo'),
    redirectTo: navigation('redirectTo'),
    reLaunch: navigation('reLaunch'),
    navigateBack: navigation('navigateBack'),
    getSystemInfoSync: () => toRealm({ ...STANDARD_SYSTEM_INFO, ...systemInfo }),
    // WeChat answers '' for a key it does not hold.
    getStorageSync: (key: string): unknown => (storage.has(key) ? toRealm(storage.get(key)) : ''),
    setStorageSync(key: string, value: unknown): void {
      storage.set(key, JSON.parse(JSON.stringify(value)) as unknown);
    },
    removeStorageSync(key: string): void {
      storage.delete(key);
    },
    ...containerApis,
  };

  const print =
    (level: ConsoleEntry['level']) =>
    (...args: unknown[]): void => {
      consoleEntries.push({ level, text: format(...args) });
    };
  Object.assign(realm, {
    global: realm,
    console: {
      log: print('log'),
      info: print('info'),
      warn: print('warn'),
      error: print('error'),
      debug: print('debug'),
    },
    setTimeout: setTimer(false),
    setInterval: setTimer(true),
    clearTimeout: clearTimer,
    clearInterval: clearTimer,
    wx,
    App(config: Record<string, unknown>) {
      if (app) throw new Error('App() was called twice');
      app = config;
    },
    Page(config: Record<string, unknown>) {
      if (registeringPage === undefined) throw new Error('Page() was called outside a page file');
      pageConfigs.set(registeringPage, config);
    },
    // Custom components live in the view layer, which is not simulated: registering one is enough.
    Component() {},
    getApp: () => app,
    getCurrentPages: () => stack.map((record) => record.instance),
  });

  return {
    launch() {
      load(posix.join(distDir, 'app.js'));
      for (const route of appJson.pages) {
        registeringPage = route;
        loadWithComponents(route);
        registeringPage = undefined;
        if (!pageConfigs.has(route)) throw new Error(`${route}.js did not call Page()`);
      }
      if (!app) throw new Error('app.js did not call App()');
      const launchOptions = toRealm({ path: appJson.pages[0], query: {}, scene: 1001, referrerInfo: {} });
      call(app, 'onLaunch', launchOptions);
      call(app, 'onShow', launchOptions);
      return openPage(`/${appJson.pages[0]}`).page;
    },
    currentPage: () => stack.at(-1)?.page,
    navigations,
    requests,
    uiCalls,
    storage,
    network,
    files: fileApis.files,
    console: consoleEntries,
    async waitFor<T>(probe: () => T | undefined | false, what: string, timeoutMs = 10_000): Promise<T> {
      const deadline = Date.now() + timeoutMs;
      for (;;) {
        const found = probe();
        if (found !== undefined && found !== false) return found;
        if (Date.now() > deadline) {
          const page = stack.at(-1)?.page;
          throw new Error(
            `Timed out after ${timeoutMs} ms waiting for ${what}. ` +
              `Current page: ${page ? `${page.route} showing ${JSON.stringify(page.texts())}` : 'none'}. ` +
              `Console errors: ${JSON.stringify(consoleEntries.filter((entry) => entry.level === 'error'))}`,
          );
        }
        await new Promise((resume) => setTimeout(resume, 20));
      }
    },
    close() {
      closed = true;
      for (const controller of inFlight) controller.abort();
      for (const timer of timers.values()) clearTimeout(timer);
      timers.clear();
    },
  };
}
