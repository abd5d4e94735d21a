import { BridgeError } from '../errors';
import { createDevHttpTransport } from './transports/devHttpTransport';
import type { DevHttpTransportOptions } from './transports/devHttpTransport';
import { createMiniProgramTransport, findMiniProgramBridgeApi } from './transports/miniProgramTransport';
import { createWebViewTransport, findWebViewPoster } from './transports/webViewTransport';
import type { WebViewTransportOptions } from './transports/webViewTransport';
import type { BridgeTransport } from './transport';

/** The bindings {@link detectTransport} can pick. The in-memory one is only ever passed explicitly. */
export type BindingName = 'miniprogram' | 'webview' | 'http';

/** Options of {@link detectTransport}. */
export interface DetectTransportOptions {
  /** Use this binding and no other (the explicit override). */
  binding?: BindingName;
  /** Options of the WebView binding (e.g. `parentOrigin` for a web host). */
  webView?: WebViewTransportOptions;
  /** Options of the dev HTTP binding; when given, it is the fallback after the other two. */
  devHttp?: DevHttpTransportOptions;
}

function create(binding: BindingName, options: DetectTransportOptions): BridgeTransport {
  switch (binding) {
    case 'miniprogram':
      return createMiniProgramTransport();
    case 'webview':
      return createWebViewTransport(options.webView);
    case 'http':
      return createDevHttpTransport(options.devHttp);
  }
}

/**
 * Picks the binding of the current runtime: the mini-program container's custom API, else a WebView
 * handler (or a parent frame when `webView.parentOrigin` is set), else dev HTTP when `devHttp` is set.
 * @throws {BridgeError} HOST_NOT_FOUND when nothing fits (e.g. a plain browser tab).
 */
export function detectTransport(options: DetectTransportOptions = {}): BridgeTransport {
  if (options.binding) return create(options.binding, options);
  if (findMiniProgramBridgeApi()) return create('miniprogram', options);
  const win = options.webView?.window ?? (typeof window !== 'undefined' ? window : undefined);
  if (win && (options.webView?.post ?? findWebViewPoster(win, options.webView?.parentOrigin))) {
    return create('webview', options);
  }
  if (options.devHttp) return create('http', options);
  throw new BridgeError('HOST_NOT_FOUND', 'No host binding found in this runtime');
}
