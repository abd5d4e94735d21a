import { createServices } from '../services/createServices';
import type { Services, ServicesOptions } from '../services/createServices';
import { SessionStore } from './SessionStore';

/**
 * Creates and owns every store; pages reach it through {@link useStores}. Domain stores hold what the
 * user entered, so a session timeout and a new login lose nothing.
 */
export class RootStore {
  readonly services: Services;
  readonly session: SessionStore;

  constructor(options: ServicesOptions = {}) {
    this.services = createServices({
      ...options,
      onSessionExpired: () => {
        this.session.expire();
      },
    });
    this.session = new SessionStore(this.services);
  }
}
