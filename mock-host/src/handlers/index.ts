import type { HttpHandler } from 'msw';
import { createCustomsBackend } from '../backend/customsBackend';
import type { CustomsBackend, CustomsBackendOptions } from '../backend/customsBackend';
import { createBridgeHost } from '../bridgeHost';
import type { BridgeHost } from '../bridgeHost';
import { createFaceTicketService } from '../faceTickets';
import type { FaceTicketService } from '../faceTickets';
import { scenarioMethods } from '../scenarioMethods';
import { createScenarioStore } from '../scenarioStore';
import type { ScenarioStore } from '../scenarioStore';
import { defaultHostStorage } from '../hostStorage';
import type { HostStorage } from '../hostStorage';
import { backendHandlers } from './backend';
import { bridgeHandlers } from './bridge';
import { controlHandlers } from './control';
import { customsControlHandlers } from './customsControl';
import { faceKeyHandlers } from './faceKeys';

/** Everything the mock host serves, around one host instance. */
export interface MockHost {
  host: BridgeHost;
  /** The scenario the host plays, switchable at run time. */
  scenarios: ScenarioStore;
  /** The host's face ticket issuer and the backend's verifier, sharing one key pair. */
  faceTickets: FaceTicketService;
  /** The simulated customs backend (REST `/api/v1`), verifying face tickets with `faceTickets`. */
  backend: CustomsBackend;
  handlers: HttpHandler[];
}

/** Options of {@link createMockHost}. */
export interface MockHostOptions {
  /** Where scenarios persist. Default `localStorage` in a browser, memory in Node. */
  storage?: HostStorage;
  /**
   * The customs backend's database (see `createCustomsBackend`); default a fresh in-memory PGlite.
   * `openDatabase` of `@hushi/mock-host/node` opens a data directory or `DATABASE_URL`.
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
  const faceTickets = createFaceTicketService({ now });
  const backend = createCustomsBackend({
    now,
    ...(database === undefined ? {} : { database }),
    verifyFaceTicket: (ticket, expected) => faceTickets.verifyFaceTicket(ticket, expected),
  });
  // The host logs in whoever the scenario store says is holding the phone.
  const host = createBridgeHost({
    methods: scenarioMethods(scenarios, faceTickets, { now, mintAuthCode: (id) => backend.mintAuthCode(id) }),
  });
  return {
    host,
    scenarios,
    faceTickets,
    backend,
    handlers: [
      ...bridgeHandlers(host),
      ...controlHandlers(scenarios),
      ...backendHandlers(backend),
      ...customsControlHandlers(backend),
      ...faceKeyHandlers(faceTickets),
    ],
  };
}
