import type { HttpHandler } from 'msw';
import { createCustomsBackend } from './backend/customsBackend';
import type { CustomsBackend, CustomsBackendOptions } from './backend/customsBackend';
import { createBridgeHost } from './host/bridgeHost';
import type { BridgeHost } from './host/bridgeHost';
import { createFaceTicketService } from './host/faceTickets';
import type { FaceTicketService } from './host/faceTickets';
import { createHostKeyRing } from './host/hostKeyRing';
import { createLocationTicketService } from './host/locationTickets';
import type { LocationTicketService } from './host/locationTickets';
import { scenarioNetworkFaults } from './host/networkFaults';
import { scenarioBridgeVersion, scenarioMethods } from './host/scenarioMethods';
import { createScenarioStore } from './host/scenarioStore';
import type { ScenarioStore } from './host/scenarioStore';
import { defaultHostStorage } from './host/hostStorage';
import type { HostStorage } from './host/hostStorage';
import { backendHandlers } from './handlers/backend';
import { bridgeHandlers } from './handlers/bridge';
import { controlHandlers } from './handlers/control';
import { customsControlHandlers } from './handlers/customsControl';
import { faceKeyHandlers } from './handlers/faceKeys';
import { importHostFaceKey } from './host/hostFaceKey';

/** Everything the mock host serves, around one host instance. */
export interface MockHost {
  host: BridgeHost;
  /** The scenario the host plays, switchable at run time. */
  scenarios: ScenarioStore;
  /** The host's face ticket issuer and the backend's verifier, sharing one key pair. */
  faceTickets: FaceTicketService;
  /** The host's signer of challenged fixes and the backend's verifier, on the face tickets' keys. */
  locationTickets: LocationTicketService;
  /**
   * The simulated customs backend (REST `/api/v1`), verifying face tickets with `faceTickets` and
   * location tickets with `locationTickets`, under the scenario store's `locationPolicy`.
   */
  backend: CustomsBackend;
  handlers: HttpHandler[];
  /**
   * Resolves when the backend's database is open (reading it opens it) and the trusted face keys kept
   * in `storage` are trusted again.
   */
  readonly ready: Promise<void>;
}

/** The storage key of the face keys the backend was told to trust (public JWKs). */
export const FACE_KEYS_STORAGE_KEY = 'hushi.mockHost.faceKeys';

/** Trusts again the face keys kept in `storage`; a key that cannot be read is skipped. */
async function restoreFaceKeys(storage: HostStorage, faceTickets: FaceTicketService): Promise<void> {
  let kept: unknown;
  try {
    kept = JSON.parse(storage.getItem(FACE_KEYS_STORAGE_KEY) ?? '[]');
  } catch {
    return;
  }
  if (!Array.isArray(kept)) return;
  for (const jwk of kept) {
    const key = await importHostFaceKey(jwk);
    if (key === undefined) continue;
    try {
      faceTickets.trust(key);
    } catch {
      return; // the cap: the rest stay untrusted
    }
  }
}

/** Options of {@link createMockHost}. */
export interface MockHostOptions {
  /**
   * Where scenarios and trusted face keys persist. Default `localStorage` in a browser, memory in
   * Node (`openDatabaseStorage` keeps them in the backend's database).
   */
  storage?: HostStorage;
  /**
   * The customs backend's database (see `createCustomsBackend`); default a fresh in-memory PGlite.
   * `openDatabase` of `@hushi/mock-host` opens a data directory or `DATABASE_URL` (in Node).
   */
  database?: CustomsBackendOptions['database'];
  /** Clock, epoch ms, of fixes and face tickets. Default `Date.now`. */
  now?: () => number;
}

/**
 * Creates the mock host: the bridge played by the scenario store (the happy path unless changed), and
 * the developer controls at `/__mock`.
 */
export function createMockHost({
  storage = defaultHostStorage(),
  now = Date.now,
  database,
}: MockHostOptions = {}): MockHost {
  const scenarios = createScenarioStore({ storage });
  // One set of host keys: the host signs faces and fixes with its own, the backend trusts it and those given.
  const keys = createHostKeyRing();
  const faceTickets = createFaceTicketService({ now, keys });
  const locationTickets = createLocationTicketService({ now, keys });
  const backend = createCustomsBackend({
    now,
    ...(database === undefined ? {} : { database }),
    verifyFaceTicket: (ticket) => faceTickets.verifyFaceTicket(ticket),
    verifyLocationTicket: (ticket) => locationTickets.verify(ticket),
    locationPolicy: () => scenarios.get().locationPolicy,
  });
  // The host logs in whoever the scenario store says is holding the phone.
  const host = createBridgeHost({
    methods: scenarioMethods(scenarios, faceTickets, {
      now,
      mintAuthCode: (id, options) => backend.mintAuthCode(id, options),
      locationTickets,
    }),
    bridgeVersion: scenarioBridgeVersion(scenarios),
  });
  const restored = restoreFaceKeys(storage, faceTickets);
  const persistFaceKeys = (): void => {
    storage.setItem(FACE_KEYS_STORAGE_KEY, JSON.stringify(faceTickets.trustedKeys()));
  };
  return {
    host,
    scenarios,
    faceTickets,
    locationTickets,
    backend,
    get ready() {
      return Promise.all([backend.ready, restored]).then(() => undefined);
    },
    handlers: [
      ...bridgeHandlers(host),
      ...controlHandlers(scenarios),
      ...backendHandlers(backend, { network: scenarioNetworkFaults(scenarios) }),
      ...customsControlHandlers(backend),
      ...faceKeyHandlers(faceTickets, { onTrusted: persistFaceKeys }),
    ],
  };
}
