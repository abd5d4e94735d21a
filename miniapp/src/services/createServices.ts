import { createBackendClient, createBridge, createFetchAdapter, detectTransport } from '@hushi/sdk';
import type { BackendClient, Bridge, BridgeTransport, HttpAdapter } from '@hushi/sdk';
import type { DeviceStorage } from './deviceStorage';
import { hostUrl } from './hostUrl';
import { taroDeviceStorage } from './taroDeviceStorage';
import { watchNetworkStatus } from './networkStatus';
import type { NetworkWatcher } from './networkStatus';
import { taroUploadAdapter } from './taroUpload';
import { taroHttpAdapter, taroHttpPost } from './taroHttp';
import { webHostOrigin } from './webHostOrigin';

/** What the stores use to reach the outside: the host bridge and the customs backend. */
export interface Services {
  /** Connects (handshake) to the host once; later calls get the same bridge. */
  bridge(): Promise<Bridge>;
  backend: BackendClient;
}

/** The running app's services: {@link Services} and the binding to the host the bridge runs on. */
export interface AppServices extends Services {
  /**
   * The binding to the host of this runtime, created once (after the host is ready): the bridge runs on
   * it, and the conformance page talks to the host through it at the wire level.
   */
  transport(): Promise<BridgeTransport>;
  /** Storage on the phone that survives a killed app (the form being typed is kept there). */
  deviceStorage: DeviceStorage;
  /** Follows whether the phone is online. */
  watchNetwork: NetworkWatcher;
}

/** Options of {@link createServices}; tests pass their own transport and backend. */
export interface ServicesOptions {
  transport?: () => BridgeTransport;
  backend?: BackendClient;
  /** Called when the backend answers 401: the session timed out (登录超时). */
  onSessionExpired?: () => void;
  deviceStorage?: DeviceStorage;
  watchNetwork?: NetworkWatcher;
}

/**
 * Resolves when the host of the page is ready: the H5 dev server starts the mock host in the page
 * (MSW's service worker) and publishes that start as `window.__HUSHI_HOST_READY__`; anywhere else there
 * is nothing to wait for.
 */
function hostReady(): Promise<unknown> {
  if (process.env.TARO_ENV !== 'h5') return Promise.resolve();
  return (window as { __HUSHI_HOST_READY__?: Promise<unknown> }).__HUSHI_HOST_READY__ ?? Promise.resolve();
}

/**
 * Picks the binding of the runtime: the container's custom API, a WebView or web host frame, else,
 * outside a release build, the mock host's dev HTTP binding (WeChat devtools and the H5 dev build). A
 * release build with none of them finds no host (HOST_NOT_FOUND) rather than ask the backend's origin.
 */
function defaultTransport(): BridgeTransport {
  const parentOrigin = webHostOrigin();
  return detectTransport({
    ...(parentOrigin ? { webView: { parentOrigin } } : {}),
    ...(HUSHI_RELEASE
      ? {}
      : {
          devHttp: { baseUrl: hostUrl(), ...(process.env.TARO_ENV === 'h5' ? {} : { post: taroHttpPost }) },
        }),
  });
}

function afterHostReady(adapter: HttpAdapter): HttpAdapter {
  return async (request) => {
    await hostReady();
    return adapter(request);
  };
}

/** Creates the services of the running mini-app. */
export function createServices(options: ServicesOptions = {}): AppServices {
  let binding: Promise<BridgeTransport> | undefined;
  let connecting: Promise<Bridge> | undefined;
  const transport = (): Promise<BridgeTransport> => {
    if (!binding) {
      const created = hostReady().then(() => (options.transport ?? defaultTransport)());
      // No binding in this runtime (HOST_NOT_FOUND): the next call looks again.
      created.catch(() => {
        if (binding === created) binding = undefined;
      });
      binding = created;
    }
    return binding;
  };
  const backend =
    options.backend ??
    createBackendClient({
      baseUrl: hostUrl(),
      adapter: process.env.TARO_ENV === 'h5' ? afterHostReady(createFetchAdapter()) : taroHttpAdapter,
      uploadAdapter: taroUploadAdapter,
      onSessionExpired: () => options.onSessionExpired?.(),
    });
  return {
    backend,
    transport,
    deviceStorage: options.deviceStorage ?? taroDeviceStorage,
    watchNetwork: options.watchNetwork ?? watchNetworkStatus,
    bridge() {
      connecting ??= transport()
        .then((connected) => createBridge({ transport: connected }))
        .catch((error: unknown) => {
          // A failed handshake closes the transport: the next try starts a new one.
          connecting = undefined;
          binding = undefined;
          throw error;
        });
      return connecting;
    },
  };
}
