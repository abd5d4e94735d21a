import { createServices } from '../services/createServices';
import type { AppServices, ServicesOptions } from '../services/createServices';
import { SessionStore } from './SessionStore';

/**
 * Creates and owns every store; pages reach it through {@link useStores}. Domain stores hold what the
 * user entered, so a session timeout and a new login lose nothing.
 *
 * The session is made at once: the first screen needs it. The stores of the other screens are made on
 * first use through {@link RootStore.attach}, by the hooks of the pages that use them
 * (`useDeclarationLists`, `useDeclarationForm`), so that their code (the declaration rules, the fence)
 * loads with those pages and not before the first screen.
 */
export class RootStore {
  readonly services: AppServices;
  readonly session: SessionStore;
  private readonly attached = new Map<(root: RootStore) => unknown, unknown>();

  constructor(options: ServicesOptions = {}) {
    this.services = createServices({
      ...options,
      onSessionExpired: () => {
        this.session.expire();
      },
    });
    this.session = new SessionStore(this.services);
  }

  /**
   * The store `create` makes for this root: made on the first call with `create`, then the same one for
   * the root's lifetime (what the user entered in it survives a re-login, as in every store here).
   * @param create a module-level function, one per kind of store
   */
  attach<T>(create: (root: RootStore) => T): T {
    if (!this.attached.has(create)) this.attached.set(create, create(this));
    return this.attached.get(create) as T;
  }
}
