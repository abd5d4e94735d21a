import gcoord from 'gcoord';
import type { ErrorCode, LocationGetParams, LocationGetResult, MethodName } from '@hushi/bridge-spec';
import { HostFailure } from '@hushi/bridge-spec/host';
import type { HostMethod, HostMethods } from '@hushi/bridge-spec/host';
import type { FaceTicketService } from './faceTickets';
import { fixtureMethods } from './fixtureMethods';
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
  mintAuthCode?: (personId: string) => Promise<string>;
}

/** How long a minted auth code stays exchangeable, as a host would say in `expiresAt`. */
const AUTH_CODE_TTL_MS = 5 * 60_000;

const timer = (ms: number): Promise<void> =>
  new Promise((resolve) => {
    setTimeout(resolve, ms);
  });

/** The fix of a located scenario in the datum asked, truthfully labelled. */
function locate(
  scenario: Exclude<LocationScenario, 'unavailable' | 'permissionDenied' | 'timeout'>,
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

function locationGet(scenario: LocationScenario, params: LocationGetParams, now: number): LocationGetResult {
  if (scenario === 'unavailable') throw new HostFailure('LOCATION_UNAVAILABLE', 'No position fix available');
  if (scenario === 'permissionDenied') {
    throw new HostFailure('PERMISSION_DENIED', 'The user refused location access');
  }
  if (scenario === 'timeout') throw new HostFailure('TIMEOUT', 'The positioning gave up before a fix');
  return locate(scenario, params, now);
}

const NOT_LOGGED_IN = (): HostFailure =>
  new HostFailure('NOT_LOGGED_IN', 'Nobody is logged in to the host app');

const FACE_FAILURES: Record<Exclude<FaceScenario, 'pass'>, [ErrorCode, string]> = {
  livenessFailed: ['FACE_LIVENESS_FAILED', 'Liveness check failed'],
  notMatched: ['FACE_NOT_MATCHED', 'The face does not match the logged-in person'],
  cancelled: ['CANCELLED', 'The user closed the face capture'],
};

/**
 * The host's methods as the scenario store says at the moment of each request: fixes by location
 * scenario, real face tickets (bound to the store's current person) or failures by face scenario, and
 * the auth scenario (logged out: NOT_LOGGED_IN) and the host kind (`oldHost` lacks face.verify, `slow`
 * holds every reply, `failing` answers INTERNAL). Pass the returned function to
 * `createBridgeHost` so that `host.getInfo` follows the store too.
 * @example createBridgeHost({ methods: scenarioMethods(store, faceTickets) })
 */
export function scenarioMethods(
  store: ScenarioStore,
  faceTickets: FaceTicketService,
  { now = Date.now, sleep = timer, mintAuthCode }: ScenarioMethodsOptions = {},
): () => HostMethods {
  const fixtures = fixtureMethods();
  const currentPersonCode = mintAuthCode
    ? async () => ({
        authCode: await mintAuthCode(store.currentPerson().personId),
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
    'location.get': (params) => locationGet(store.get().location, params, now()),
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
  const byHost = { full, oldHost: withoutFace, slow, failing } as const;
  return () => byHost[store.get().host];
}
