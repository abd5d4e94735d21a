/** Where the bridge client writes its debug log: every call with its id, outcome and duration. */
export interface BridgeLogger {
  debug(message: string, data?: Record<string, unknown>): void;
  warn(message: string, data?: Record<string, unknown>): void;
}

/** A logger that drops everything (the default). */
export const silentLogger: BridgeLogger = {
  debug() {
    // Silent by design.
  },
  warn() {
    // Silent by design.
  },
};

/** A logger that writes to the console with a `[bridge]` prefix. */
export const consoleLogger: BridgeLogger = {
  debug(message, data) {
    console.debug(`[bridge] ${message}`, data ?? '');
  },
  warn(message, data) {
    console.warn(`[bridge] ${message}`, data ?? '');
  },
};
