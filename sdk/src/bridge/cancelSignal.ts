/**
 * The part of `AbortSignal` the sdk's HTTP adapters read; a real `AbortSignal` is one. Mini-program
 * logic layers (WeChat's included) have no `AbortController`, so the sdk makes its own signals with
 * {@link createCancelController} and never needs the global.
 */
export interface CancelSignal {
  readonly aborted: boolean;
  addEventListener(type: 'abort', listener: () => void): void;
  removeEventListener(type: 'abort', listener: () => void): void;
}

/** A controller of one {@link CancelSignal}: `abort()` sets `aborted` and tells each listener once. */
export interface CancelController {
  readonly signal: CancelSignal;
  abort(): void;
}

/**
 * Creates a {@link CancelController} that needs no `AbortController` (absent in mini-program runtimes).
 * @example
 * const controller = createCancelController()
 * post(url, body, controller.signal) // the adapter listens for 'abort'
 * controller.abort()
 */
export function createCancelController(): CancelController {
  const listeners = new Set<() => void>();
  let aborted = false;
  return {
    signal: {
      get aborted() {
        return aborted;
      },
      addEventListener: (_type, listener) => {
        if (!aborted) listeners.add(listener);
      },
      removeEventListener: (_type, listener) => {
        listeners.delete(listener);
      },
    },
    abort() {
      if (aborted) return;
      aborted = true;
      const told = [...listeners];
      listeners.clear();
      for (const listener of told) listener();
    },
  };
}
