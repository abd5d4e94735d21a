/**
 * Key-value storage on the phone that survives the app being killed or reloaded (Taro storage: WeChat's
 * local storage, `localStorage` in H5). Values are JSON; a failed read is nothing, a failed write (the
 * storage full or refused) is skipped: what is kept on the phone is a convenience, never a failure.
 */
export interface DeviceStorage {
  read(key: string): unknown;
  write(key: string, value: unknown): void;
  remove(key: string): void;
}

/** A {@link DeviceStorage} in memory, for tests and runtimes without storage. */
export function createMemoryDeviceStorage(): DeviceStorage & { readonly entries: Map<string, string> } {
  const entries = new Map<string, string>();
  return {
    entries,
    read: (key) => {
      const text = entries.get(key);
      return text === undefined ? undefined : (JSON.parse(text) as unknown);
    },
    write: (key, value) => {
      entries.set(key, JSON.stringify(value));
    },
    remove: (key) => {
      entries.delete(key);
    },
  };
}
