/**
 * Where the mock host keeps what must survive a page reload or a restart (scenarios, trusted face
 * keys; the backend's declarations are in its database): the part of the Web Storage API it uses.
 */
export interface HostStorage {
  getItem(key: string): string | null;
  setItem(key: string, value: string): void;
}

/** A storage that lives as long as the process (Node, tests). */
export function createMemoryStorage(): HostStorage {
  const items = new Map<string, string>();
  return {
    getItem: (key) => items.get(key) ?? null,
    setItem: (key, value) => {
      items.set(key, value);
    },
  };
}

/**
 * `localStorage` when the realm has a usable one (the page MSW's service worker runs the handlers in, so
 * scenarios survive a reload), otherwise a memory storage.
 */
export function defaultHostStorage(): HostStorage {
  try {
    const storage = (globalThis as { localStorage?: HostStorage }).localStorage;
    // Reading can throw (storage disabled, opaque origin); then memory it is.
    if (storage && typeof storage.getItem === 'function') {
      storage.getItem('hushi.probe');
      return storage;
    }
  } catch {
    // Fall through to memory.
  }
  return createMemoryStorage();
}
