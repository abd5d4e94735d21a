import gcoord from 'gcoord';
import {
  BRIDGE_VERSION,
  compareVersions,
  methodContract,
  SIGNED_LOCATION_CONTRACT,
  signedFixOf,
} from '@hushi/bridge-spec';
import type { ErrorCode, LocationGetParams, LocationGetResult, MethodName } from '@hushi/bridge-spec';
import { HostFailure } from '@hushi/bridge-spec/host';
import type { HostMethod, HostMethods } from '@hushi/bridge-spec/host';
import type { FaceTicketService } from './faceTickets';
import { fixtureMethods } from './fixtureMethods';
import type { LocationTicketService } from './locationTickets';
import { SCENARIO_FIXES } from './scenarios';
import type { FaceScenario, LocationScenario } from './scenarios';
import type { ScenarioStore } from './scenarioStore';

/** Options of {@link scenarioMethods}. */
export interface ScenarioMethodsOptions {
  /** Clock of the fixes' timestamps, epoch ms. Default `Date.now`. */
  now?: () => number;
  /** Waits `ms`; the `slow` host uses it. Default a timer. */
  sleep?: (ms: number) => Promise<void>;
  /**
   * Mints a single-use auth code for a person (the mock backend's `mintAuthCode`), so that
   * auth.getSession and auth.login log in the store's current person. Without it they answer the
   * fixture code of the main demo 边民.
   */
  mintAuthCode?: (personId: string, options: { hostBridgeVersion: string }) => Promise<string>;
  /**
   * Signs challenged fixes (bridge 1.1 `location.get`), with the face tickets' key ring. Without it a
   * challenged `location.get` answers ATTESTATION_UNAVAILABLE, as a host without a signing key does.
   */
  locationTickets?: LocationTicketService;
}

/** The bridge version the mock host declares under the store's host scenario: `bridge10` plays a 1.0 host. */
export function scenarioBridgeVersion(store: ScenarioStore): () => string {
  return () => (store.get().host === 'bridge10' ? '1.0.0' : BRIDGE_VERSION);
}

/** How long a minted auth code stays exchangeable, as a host would say in `expiresAt`. */
const AUTH_CODE_TTL_MS = 5 * 60_000;

const timer = (ms: number): Promise<void> =>
  new Promise((resolve) => {
    setTimeout(resolve, ms);
  });

/** The fix of a located scenario in the datum asked, truthfully labelled. */
function locate(
  scenario: Exclude<LocationScenario, FailedLocation>,
  params: LocationGetParams,
  timestamp: number,
): LocationGetResult {
  const { lat, lng, accuracy } = SCENARIO_FIXES[scenario];
  if (scenario === 'gcj02' && params.datum === 'gcj02') {
    // A host on a GCJ-02 source: the fix is the WGS-84 truth shifted by the forward transform.
    const [gcjLng, gcjLat] = gcoord.transform([lng, lat], gcoord.WGS84, gcoord.GCJ02);
    return { lat: gcjLat, lng: gcjLng, datum: 'gcj02', accuracy, timestamp, source: 'fused' };
  }
  // The other fixes come from GPS and are never relabelled: a WGS-84 fix says wgs84 whatever was asked.
  return { lat, lng, datum: 'wgs84', accuracy, timestamp, source: 'gps' };
}

/** The location scenarios that give no fix. */
type FailedLocation = 'unavailable' | 'permissionDenied' | 'timeout';

function locationGet(scenario: LocationScenario, params: LocationGetParams, now: number): LocationGetResult {
  if (scenario === 'unavailable') throw new HostFailure('LOCATION_UNAVAILABLE', 'No position fix available');
  if (scenario === 'permissionDenied') {
    throw new HostFailure('PERMISSION_DENIED', 'The user refused location access');
  }
  if (scenario === 'timeout') throw new HostFailure('TIMEOUT', 'The positioning gave up before a fix');
  return locate(scenario, params, now);
}

const CANNOT_SIGN = (why: string): HostFailure => new HostFailure('ATTESTATION_UNAVAILABLE', why);

const NOT_LOGGED_IN = (): HostFailure =>
  new HostFailure('NOT_LOGGED_IN', 'Nobody is logged in to the host app');

const FACE_FAILURES: Record<Exclude<FaceScenario, 'pass'>, [ErrorCode, string]> = {
  livenessFailed: ['FACE_LIVENESS_FAILED', 'Liveness check failed'],
  notMatched: ['FACE_NOT_MATCHED', 'The face does not match the logged-in person'],
  cancelled: ['CANCELLED', 'The user closed the face capture'],
};

/**
 * The host's methods as the scenario store says at the moment of each request: fixes by location
 * scenario (signed, bridge 1.1, when given a challenge), real face tickets (bound to the store's current
 * person) or failures by face scenario, and
 * the auth scenario (logged out: NOT_LOGGED_IN) and the host kind (`oldHost` lacks face.verify, `bridge10`
 * speaks bridge 1.0.0 and signs nothing, `slow`
 * holds every reply, `failing` answers INTERNAL). Pass the returned function to
 * `createBridgeHost` so that `host.getInfo` follows the store too.
 * @example createBridgeHost({ methods: scenarioMethods(store, faceTickets) })
 */
export function scenarioMethods(
  store: ScenarioStore,
  faceTickets: FaceTicketService,
  { now = Date.now, sleep = timer, mintAuthCode, locationTickets }: ScenarioMethodsOptions = {},
): () => HostMethods {
  const fixtures = fixtureMethods();
  const bridgeVersion = scenarioBridgeVersion(store);
  const currentPersonCode = mintAuthCode
    ? async () => ({
        authCode: await mintAuthCode(store.currentPerson().personId, { hostBridgeVersion: bridgeVersion() }),
        expiresAt: now() + AUTH_CODE_TTL_MS,
      })
    : undefined;
  const sessionCode = currentPersonCode ?? fixtures['auth.getSession'];
  const loginCode = currentPersonCode ?? fixtures['auth.login'];
  const loggedIn = (): boolean => store.get().auth === 'loggedIn';
  const full: HostMethods = {
    'auth.getSession': (params) => {
      if (!loggedIn()) throw NOT_LOGGED_IN();
      return sessionCode(params);
    },
    'auth.login': (params) => {
      if (store.get().auth === 'loginCancelled')
        throw new HostFailure('CANCELLED', 'The user closed the login page');
      return loginCode(params);
    },
    'location.get': async (params) => {
      const scenario = store.get().location;
      const fix = locationGet(scenario, params, now());
      // A host of the 1.0 contract knows neither `challenge` nor `mocked`.
      const contract = methodContract('location.get', bridgeVersion()) ?? '1.0.0';
      if (compareVersions(contract, SIGNED_LOCATION_CONTRACT) < 0) return fix;
      const mocked = scenario === 'mocked';
      if (params.challenge === undefined) return { ...fix, mocked };
      if (scenario === 'attestationUnavailable' || locationTickets === undefined)
        throw CANNOT_SIGN('The host has no signing key (attestationUnavailable scenario)');
      if (!loggedIn()) throw CANNOT_SIGN('Nobody is logged in to sign the fix for');
      const subject = { ...params.challenge, personId: store.currentPerson().personId };
      return { ...fix, mocked, ticket: await locationTickets.issue(subject, signedFixOf(fix), mocked) };
    },
    'face.verify': async (params) => {
      if (!loggedIn()) throw NOT_LOGGED_IN();
      const scenario = store.get().face;
      if (scenario !== 'pass') throw new HostFailure(...FACE_FAILURES[scenario]);
      return { ticket: await faceTickets.issue({ ...params, personId: store.currentPerson().personId }) };
    },
    'app.close': fixtures['app.close'],
  };
  const withoutFace: HostMethods = { ...full };
  delete withoutFace['face.verify'];
  const slow = Object.fromEntries(
    Object.entries(full).map(([method, implementation]) => [
      method,
      async (params: never) => {
        await sleep(store.get().slowDelayMs);
        return (implementation as HostMethod<MethodName>)(params);
      },
    ]),
  ) as HostMethods;
  const failing = Object.fromEntries(
    Object.keys(full).map((method) => [
      method,
      () => {
        throw new HostFailure('INTERNAL', 'The host failed unexpectedly (failing scenario)');
      },
    ]),
  ) as HostMethods;
  const byHost = { full, oldHost: withoutFace, bridge10: full, slow, failing } as const;
  return () => byHost[store.get().host];
}
