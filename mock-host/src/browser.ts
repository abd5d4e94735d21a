/**
 * @hushi/mock-host/browser: the mock host in a web page, through MSW's service worker (the H5 dev build).
 * Kept apart from the package's main entry, which also exports the Node-only HTTP server.
 */
import { setupWorker } from 'msw/browser';
import type { SetupWorker } from 'msw/browser';
import { createMockHost } from './createMockHost';
import type { MockHost, MockHostOptions } from './createMockHost';
import { importHostFaceKey } from './host/hostFaceKey';
import { openBrowserDatabase } from './database/browserDatabase';
import type { BrowserDatabaseOptions } from './database/browserDatabase';

export { HOST_FACE_KEY_PARAM, hostFaceKeyFromUrl } from './host/hostFaceKey';

/** Options of {@link startMockHostWorker}: those of `createMockHost`, and where the worker script is. */
export interface MockHostWorkerOptions extends MockHostOptions {
  /**
   * URL of MSW's `mockServiceWorker.js` (copy it from `msw/lib/mockServiceWorker.js`, or run
   * `npx msw init <public dir>`). Default `/mockServiceWorker.js`.
   */
  serviceWorkerUrl?: string;
  /** Silence MSW's console messages. Default `false`. */
  quiet?: boolean;
  /**
   * A host face service's public key (JWK) for the backend to trust besides the mock host's own, e.g.
   * `hostFaceKeyFromUrl(location.href)` when a web host hands it over. Ignored unless an ES256 public key.
   */
  hostFaceKey?: unknown;
  /**
   * Where the customs backend's PGlite database lives in the page (IndexedDB) and where its files are
   * served (see `scripts/pgliteAssets.mjs`); ignored when `database` is given.
   */
  browserDatabase?: BrowserDatabaseOptions;
}

/** The mock host running in the page, and the MSW worker that routes the page's requests to it. */
export interface MockHostWorker extends MockHost {
  /** The started MSW worker; `worker.stop()` lets requests reach the network again. */
  worker: SetupWorker;
}

/**
 * Starts the mock host in the browser: registers MSW's service worker and answers the bridge
 * (`/__bridge/v1`), the developer controls (`/__mock`) and the customs backend (`/api/v1`) of this
 * origin from the page; other requests go to the network. Scenarios persist in `localStorage`
 * (the handlers run in the page, not in the worker), so a switched scenario survives a reload; the
 * customs backend keeps its database in IndexedDB (PGlite). Resolves once both are ready.
 *
 * @example
 * await startMockHostWorker({ quiet: true })
 * const bridge = await createBridge({ transport: createDevHttpTransport() })
 */
export async function startMockHostWorker(options: MockHostWorkerOptions = {}): Promise<MockHostWorker> {
  const {
    serviceWorkerUrl = '/mockServiceWorker.js',
    quiet = false,
    hostFaceKey,
    browserDatabase,
    ...hostOptions
  } = options;
  const mockHost = createMockHost({
    database: openBrowserDatabase(browserDatabase),
    ...hostOptions,
  });
  const trustedKey = await importHostFaceKey(hostFaceKey);
  if (trustedKey) mockHost.faceTickets.trust(trustedKey);
  const worker = setupWorker(...mockHost.handlers);
  await Promise.all([
    worker.start({ serviceWorker: { url: serviceWorkerUrl }, onUnhandledRequest: 'bypass', quiet }),
    mockHost.backend.ready,
  ]);
  return { ...mockHost, worker };
}
