import { createServices } from '../services/createServices';
import type { AppServices, ServicesOptions } from '../services/createServices';
import { platformElderModeEnvironment } from '../services/platformElderModeEnvironment';
import { ConnectivityStore } from './ConnectivityStore';
import { ElderMode } from './ElderMode';
import { SessionStore } from './SessionStore';

/**
 * Creates and owns every store; pages reach it through {@link useStores}. Domain stores hold what the
 * user entered, so a session timeout and a new login lose nothing.
 *
 * The session, the network status and 长辈模式 are made at once: every screen needs them. The stores of
 * the other screens are made on first use through {@link RootStore.attach}, by the hooks of the pages
 * that use them (`useDeclarationLists`, `useDeclarationForm`), so that their code (the declaration
 * rules, the fence) loads with those pages and not before the first screen.
 */
export class RootStore {
  readonly services: AppServices;
  readonly session: SessionStore;
  /** Whether the phone is online (started by the app shell). */
  readonly connectivity: ConnectivityStore;
  /** 长辈模式: large text and tap targets, following the system's font size or the user's choice. */
  readonly elderMode = new ElderMode(platformElderModeEnvironment);
  private readonly attached = new Map<(root: RootStore) => unknown, unknown>();

  constructor(options: ServicesOptions = {}) {
    this.services = createServices({
      ...options,
      onSessionExpired: () => {
        this.session.expire();
      },
    });
    this.session = new SessionStore(this.services);
    this.connectivity = new ConnectivityStore(this.services.watchNetwork);
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
