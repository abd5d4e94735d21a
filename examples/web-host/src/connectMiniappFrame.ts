/** The host page's end of the WebView binding for a mini-app in an iframe. */
export interface MiniappFrameChannel {
  /** Posts JSON text to the mini-app's window, with the mini-app's exact origin as target origin. */
  post(text: string): void;
  /** Stops listening. */
  close(): void;
}

/** Options of {@link connectMiniappFrame}. */
export interface MiniappFrameOptions {
  /** The iframe the mini-app runs in. */
  frame: HTMLIFrameElement;
  /** The mini-app's origin, from the host's allowlist (never from a URL the page was given). */
  miniappOrigin: string;
  /** Called with each message from the mini-app (a request's JSON text). */
  receive(data: unknown): void;
  /** Called with what was ignored, for the page's log. */
  ignored?(reason: string): void;
  /** The host page's window. Default: `window`. */
  window?: Window;
}

/**
 * Connects to the mini-app in `frame` over `postMessage`, with origin checks both ways: a message is
 * taken only when it comes from that iframe's window and from `miniappOrigin`; replies and events are
 * posted only to that window with `miniappOrigin` as target origin (never `"*"`), so they are not
 * delivered if the frame has navigated elsewhere.
 */
export function connectMiniappFrame(options: MiniappFrameOptions): MiniappFrameChannel {
  const win = options.window ?? window;
  const onMessage = (event: MessageEvent): void => {
    if (event.source === null || event.source !== options.frame.contentWindow) {
      options.ignored?.(`a message from another window (origin ${event.origin})`);
      return;
    }
    if (event.origin !== options.miniappOrigin) {
      options.ignored?.(`a message from the frame with origin ${event.origin}`);
      return;
    }
    options.receive(event.data);
  };
  win.addEventListener('message', onMessage);
  return {
    post(text) {
      options.frame.contentWindow?.postMessage(text, options.miniappOrigin);
    },
    close() {
      win.removeEventListener('message', onMessage);
    },
  };
}
