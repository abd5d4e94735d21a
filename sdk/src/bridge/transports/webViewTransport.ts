import { BridgeError } from '../../errors';
import type { BridgeTransport } from '../transport';

/** Name of the global function through which a native WebView host delivers replies and events. */
export const WEBVIEW_RECEIVE_FUNCTION = '__hushiBridgeReceive';
/** Name of the iOS `WKScriptMessageHandler` and of the Android `@JavascriptInterface` object. */
export const WEBVIEW_HANDLER_NAME = 'hushiBridge';

/** Options of {@link createWebViewTransport}. */
export interface WebViewTransportOptions {
  /** How a request reaches the host. Default: found by {@link findWebViewPoster}. */
  post?: (text: string) => void;
  /**
   * Origin of the host page when the mini-app runs in an iframe (web host). Requests are posted to the
   * parent with exactly this target origin and only `message` events from the parent with this origin
   * are accepted. Take it from an allowlist, never from the URL.
   */
  parentOrigin?: string;
  /** The window to use (tests). Default: the global `window`. */
  window?: Window;
}

interface WebViewGlobals {
  webkit?: { messageHandlers?: Record<string, { postMessage(text: string): void } | undefined> };
  [WEBVIEW_HANDLER_NAME]?: { postMessage?(text: string): void };
  [WEBVIEW_RECEIVE_FUNCTION]?: (text: string) => void;
}

/**
 * How requests leave this page: the iOS message handler, the Android JavaScript interface, or the parent
 * frame when `parentOrigin` is given. `undefined` when none is there.
 */
export function findWebViewPoster(win: Window, parentOrigin?: string): ((text: string) => void) | undefined {
  const globals = win as unknown as WebViewGlobals;
  const ios = globals.webkit?.messageHandlers?.[WEBVIEW_HANDLER_NAME];
  if (ios)
    return (text) => {
      ios.postMessage(text);
    };
  const android = globals[WEBVIEW_HANDLER_NAME];
  if (typeof android?.postMessage === 'function') return (text) => android.postMessage?.(text);
  if (parentOrigin !== undefined && win.parent !== win)
    return (text) => {
      win.parent.postMessage(text, parentOrigin);
    };
  return undefined;
}

/**
 * The WebView binding: requests go out through `postMessage` (iOS handler, Android interface or parent
 * frame); the host answers by calling the global `__hushiBridgeReceive(text)` or, for a parent frame,
 * by posting a message from `parentOrigin`.
 * @throws {BridgeError} HOST_NOT_FOUND when there is no window or no way to post.
 */
export function createWebViewTransport(options: WebViewTransportOptions = {}): BridgeTransport {
  const win = options.window ?? (typeof window !== 'undefined' ? window : undefined);
  if (!win) throw new BridgeError('HOST_NOT_FOUND', 'No window: not running in a WebView');
  const post = options.post ?? findWebViewPoster(win, options.parentOrigin);
  if (!post) throw new BridgeError('HOST_NOT_FOUND', 'No WebView bridge handler and no parent origin');
  const globals = win as unknown as WebViewGlobals;
  const receivers = new Set<(raw: unknown) => void>();
  const deliver = (raw: unknown): void => {
    for (const receive of receivers) receive(raw);
  };
  const onWindowMessage = (event: MessageEvent): void => {
    if (event.source !== win.parent || event.origin !== options.parentOrigin) return;
    deliver(event.data);
  };
  globals[WEBVIEW_RECEIVE_FUNCTION] = (text: string) => {
    deliver(text);
  };
  if (options.parentOrigin !== undefined) win.addEventListener('message', onWindowMessage);
  return {
    name: 'webview',
    send(request) {
      post(JSON.stringify(request));
    },
    listen(receive) {
      receivers.add(receive);
      return () => receivers.delete(receive);
    },
    close() {
      receivers.clear();
      win.removeEventListener('message', onWindowMessage);
      Reflect.deleteProperty(globals, WEBVIEW_RECEIVE_FUNCTION);
    },
  };
}
