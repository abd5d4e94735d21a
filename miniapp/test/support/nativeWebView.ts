// The native side of the bridge's WebView binding (bridge-spec/BINDINGS.md §2), simulated in Node around
// a Chromium page the way an iOS WKWebView or Android WebView app wires it (docs/host-integration.md
// §2–3), with the mock host that runs in the page (H5 dev server, MSW) as the app's request handler.
import type { Frame, Page } from 'playwright-core';

/** Which native WebView is simulated: iOS `WKWebView` or Android `WebView`. */
export type NativePlatform = 'ios' | 'android';

/** The simulated native side of one page, and what went through it. */
export interface NativeWebView {
  readonly platform: NativePlatform;
  /** The methods of the requests the page posted through the native handler, in order. */
  postedMethods(): string[];
  /** How many request texts the native side forwarded to the mock host's `POST /__bridge/v1` and got answered. */
  forwardedCount(): number;
  /**
   * How many of those forwards the page's network showed: equal to {@link forwardedCount} once the
   * request events are in, which proves that the watch behind {@link violations} sees these requests.
   */
  forwardsSeen(): number;
  /**
   * What a real native app would not see or would refuse: a post that is not a string or not from the
   * mini-app's main frame, and any request to the mock host's dev HTTP binding (`/__bridge/v1…`) that
   * the native side did not make itself (the app fell back to dev HTTP).
   */
  violations(): string[];
  /** Stops relaying host events (a poll in flight ends with the page). */
  close(): void;
}

/** The global the init script's handler calls: the page's end of the "native" code in Node. */
const NATIVE_POST_BINDING = '__nativeBridgePost';
/** Header that marks the native side's own requests to the mock host, to tell them from the app's. */
const NATIVE_HEADER = 'x-hushi-native-webview';
/** How long the event relay waits after a failed poll (page loading or navigating), ms. */
const RELAY_RETRY_MS = 100;

interface MockHostPage {
  __HUSHI_HOST_READY__?: Promise<unknown>;
  __hushiBridgeReceive?: (text: string) => void;
}

/** An events poll's answer, with the document it belongs to (`performance.timeOrigin`). */
interface EventBatch {
  document: number;
  cursor: number;
  events: unknown[];
}

/**
 * Installs, before the app's first script, what the native app injects: the iOS script message handler
 * `window.webkit.messageHandlers.hushiBridge` or the Android JavaScript interface `window.hushiBridge`,
 * each `postMessage(text)` handing the text to Node (and throwing when called detached from its object,
 * as the real ones do). Runs in the page.
 */
function injectHandler({ platform, binding }: { platform: NativePlatform; binding: string }): void {
  const handler = {
    postMessage(this: unknown, text: unknown): void {
      // As on WKWebView's handler and on an Android Java bridge object: only callable as a method of it.
      if (this !== handler) throw new TypeError('Illegal invocation: postMessage called without its handler');
      void (window as unknown as Record<string, (text: unknown) => Promise<void>>)[binding]?.(text);
    },
  };
  const globals = window as unknown as Record<string, unknown>;
  if (platform === 'ios') globals.webkit = { messageHandlers: { hushiBridge: handler } };
  else globals.hushiBridge = handler;
}

/**
 * Simulates the native app around `page` for the mini-app served at `appUrl`. Call it before the page
 * first loads the app. Each request text posted through the handler (from the main frame of the app's
 * origin, as the host checks it) is forwarded to the mock host in the page (`POST /__bridge/v1`, whose
 * backend the app signs in to), and the reply is delivered with `window.__hushiBridgeReceive(text)`,
 * as `evaluateJavaScript` does; texts the host cannot attribute get no reply. From the first request
 * on, the host's events are relayed the same way, by long-polling `POST /__bridge/v1/events` of the
 * page's current document.
 * @example
 * const app = await openMiniapp({ beforeLoad: async (page, url) => { native = await simulateNativeWebView(page, 'ios', url) } })
 */
export async function simulateNativeWebView(
  page: Page,
  platform: NativePlatform,
  appUrl: string,
): Promise<NativeWebView> {
  const appOrigin = new URL(appUrl).origin;
  const posted: string[] = [];
  const violations: string[] = [];
  /** Serial numbers of the forwards the host answered, and of those the page's network showed. */
  const answered: string[] = [];
  const seen = new Set<string>();
  let relaying = false;
  let open = true;

  const isMiniApp = (frame: Frame): boolean =>
    frame === page.mainFrame() && new URL(frame.url()).origin === appOrigin;

  /** `evaluateJavaScript("window.__hushiBridgeReceive(<text as a string literal>)")`. */
  const deliver = async (text: string): Promise<void> => {
    await page.evaluate((json) => {
      const receive = (window as MockHostPage).__hushiBridgeReceive;
      if (!receive) throw new Error('window.__hushiBridgeReceive is not defined');
      receive(json);
    }, text);
  };

  const answer = async (text: string): Promise<void> => {
    const serial = `request-${posted.length}`;
    const reply = await page.evaluate(
      async ([body, header, value]) => {
        await (window as MockHostPage).__HUSHI_HOST_READY__;
        const response = await fetch('/__bridge/v1', {
          method: 'POST',
          headers: { 'content-type': 'application/json', [header]: value },
          body,
        });
        // 400: not JSON or not attributable, which the host drops.
        return response.ok ? response.text() : null;
      },
      [text, NATIVE_HEADER, serial] as const,
    );
    answered.push(serial);
    if (reply !== null) await deliver(reply);
  };

  /** One long poll of the current document's host; starts from its current cursor on a new document. */
  const pollEvents = (last: EventBatch | undefined): Promise<EventBatch> =>
    page.evaluate(
      async ([previous, header]) => {
        const ready = (window as MockHostPage).__HUSHI_HOST_READY__;
        if (!ready) throw new Error('the mock host is not started in this document yet');
        await ready;
        const document = performance.timeOrigin;
        const after = previous?.document === document ? previous.cursor : null;
        const response = await fetch('/__bridge/v1/events', {
          method: 'POST',
          headers: { 'content-type': 'application/json', [header]: 'events' },
          body: JSON.stringify({ after }),
        });
        const batch = (await response.json()) as { cursor: number; events: unknown[] };
        return { document, ...batch };
      },
      [last, NATIVE_HEADER] as const,
    );

  const relayEvents = async (): Promise<void> => {
    let last: EventBatch | undefined;
    while (open) {
      try {
        const batch = await pollEvents(last);
        for (const event of batch.events) await deliver(JSON.stringify(event)).catch(() => undefined);
        last = batch;
      } catch {
        // Loading, navigating or closed: look again in the (next) document.
        await new Promise((resolve) => setTimeout(resolve, RELAY_RETRY_MS));
      }
    }
  };

  await page.exposeBinding(NATIVE_POST_BINDING, ({ frame }: { frame: Frame }, text: unknown) => {
    if (!isMiniApp(frame)) {
      violations.push(`a post from another frame or origin: ${frame.url()}`);
      return;
    }
    if (typeof text !== 'string') {
      violations.push(`a post that is not JSON text: ${JSON.stringify(text)}`);
      return;
    }
    try {
      posted.push(String((JSON.parse(text) as { method?: unknown }).method));
    } catch {
      posted.push('(not JSON)');
    }
    // The page may navigate or close before the reply: a native app then drops it.
    answer(text).catch(() => undefined);
    if (!relaying) {
      relaying = true;
      void relayEvents();
    }
  });
  await page.addInitScript(injectHandler, { platform, binding: NATIVE_POST_BINDING });
  page.on('request', (request) => {
    const { origin, pathname } = new URL(request.url());
    if (origin !== appOrigin || !pathname.startsWith('/__bridge/v1')) return;
    const native = request.headers()[NATIVE_HEADER];
    if (native?.startsWith('request-')) seen.add(native);
    else if (native === undefined) {
      violations.push(`the page called the dev HTTP binding itself: ${request.method()} ${pathname}`);
    }
  });

  return {
    platform,
    postedMethods: () => [...posted],
    forwardedCount: () => answered.length,
    forwardsSeen: () => answered.filter((serial) => seen.has(serial)).length,
    violations: () => [...violations],
    close() {
      open = false;
    },
  };
}
