import type { AuthGetSessionResult } from '@hushi/bridge-spec';

/** The demo user of the host app. */
export interface DemoPerson {
  /** The person id the backend knows (the face ticket's `sub`). */
  personId: string;
  name: string;
}

/**
 * The demo user: the mock backend's main demo 边民 (mock-host/src/backend/seedPersons.ts), whose auth
 * code the mock backend in the H5 dev build accepts, so that the mini-app really logs in here.
 */
export const DEMO_PERSON: DemoPerson = { personId: 'P0001', name: '玉香南' };
/** The mock backend's reusable demo auth code of {@link DEMO_PERSON} (DEMO_AUTH_CODE in @hushi/mock-host). */
const DEMO_AUTH_CODE = 'ac_7Yc2kQ9xLm3P';
/** How long an auth code may be exchanged, ms. */
const AUTH_CODE_TTL_MS = 5 * 60_000;

/** The host app's login state. */
export interface HostAccount {
  /** The logged-in user, or `undefined`. */
  current(): DemoPerson | undefined;
  /** Logs the demo user in (the host's own login page). */
  logIn(): void;
  /** Logs out; `true` when somebody was logged in (the host then sends `session.expired`). */
  logOut(): boolean;
  /** A short-lived auth code of the logged-in user, or `undefined` when nobody is. */
  authCode(): AuthGetSessionResult | undefined;
  /** Called after every change. */
  onChange(listener: () => void): void;
}

/** The demo login state of the reference web host: starts logged in as {@link DEMO_PERSON}. */
export function createHostAccount({ now = Date.now }: { now?: () => number } = {}): HostAccount {
  let person: DemoPerson | undefined = DEMO_PERSON;
  const listeners: (() => void)[] = [];
  const changed = (): void => {
    for (const listener of listeners) listener();
  };
  return {
    current: () => person,
    logIn() {
      person = DEMO_PERSON;
      changed();
    },
    logOut() {
      const was = person !== undefined;
      person = undefined;
      changed();
      return was;
    },
    authCode: () => (person ? { authCode: DEMO_AUTH_CODE, expiresAt: now() + AUTH_CODE_TTL_MS } : undefined),
    onChange(listener) {
      listeners.push(listener);
    },
  };
}
