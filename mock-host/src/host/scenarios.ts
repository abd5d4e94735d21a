import type { LocationGetResult } from '@hushi/bridge-spec';

/** How `location.get` answers. Located fixes lie around the Erenhot fence of sdk's `ports.geojson`. */
export const LOCATION_SCENARIOS = [
  'inside',
  'outside',
  'far',
  'lowAccuracy',
  'gcj02',
  'mocked',
  'attestationUnavailable',
  'unavailable',
  'permissionDenied',
  'timeout',
] as const;
/** One of {@link LOCATION_SCENARIOS}. */
export type LocationScenario = (typeof LOCATION_SCENARIOS)[number];

/** How `face.verify` answers. */
export const FACE_SCENARIOS = ['pass', 'livenessFailed', 'notMatched', 'cancelled'] as const;
/** One of {@link FACE_SCENARIOS}. */
export type FaceScenario = (typeof FACE_SCENARIOS)[number];

/** Who is logged in to the host app, and what its login page does. */
export const AUTH_SCENARIOS = ['loggedIn', 'loggedOut', 'loginCancelled'] as const;
/** One of {@link AUTH_SCENARIOS}. */
export type AuthScenario = (typeof AUTH_SCENARIOS)[number];

/** What kind of host the mock plays. */
export const HOST_SCENARIOS = ['full', 'oldHost', 'bridge10', 'slow', 'failing'] as const;
/** One of {@link HOST_SCENARIOS}. */
export type HostScenario = (typeof HOST_SCENARIOS)[number];

/**
 * What the network does to the customs backend's replies (the bridge is on the phone, untouched):
 * `delivered`; `loseNextActionReply`, the next action (暂存, 申报, 修改, 变更, 撤销, 认证) is carried out
 * and its reply lost on the way back, once; `stalled`, every reply is held for `slowDelayMs`. A page
 * that is offline (`navigator.onLine` false, e.g. Chromium's network emulation) reaches no backend.
 */
export const NETWORK_SCENARIOS = ['delivered', 'loseNextActionReply', 'stalled'] as const;
/** One of {@link NETWORK_SCENARIOS}. */
export type NetworkScenario = (typeof NETWORK_SCENARIOS)[number];

/**
 * Whether the mock backend accepts an unsigned fix from a host below bridge 1.1 (`development`) or
 * never (`strict`); see the backend's `LocationPolicy`.
 */
export const LOCATION_POLICIES = ['development', 'strict'] as const;
/** One of {@link LOCATION_POLICIES}. */
export type LocationPolicyScenario = (typeof LOCATION_POLICIES)[number];

/** One line per scenario, for the control page and `GET /__mock/scenarios`. */
export const SCENARIO_DESCRIPTIONS = {
  location: {
    inside: 'WGS-84 fix inside the Erenhot fence (accuracy 8 m)',
    outside: 'WGS-84 fix about 350 m south of the Erenhot fence',
    far: 'WGS-84 fix in Hohhot, about 315 km from the nearest fence',
    lowAccuracy: 'WGS-84 fix 20 m inside the fence edge with a 40 m accuracy circle (straddles the edge)',
    gcj02: 'Fix inside the fence from a GCJ-02 source: answered in the datum asked, truthfully labelled',
    mocked: 'Fix inside the fence that the OS reports as simulated: mocked true (signed so when challenged)',
    attestationUnavailable:
      'Fix inside the fence, but the host cannot sign one: a challenged location.get answers ATTESTATION_UNAVAILABLE',
    unavailable: 'No fix: LOCATION_UNAVAILABLE',
    permissionDenied: 'The user refused location: PERMISSION_DENIED',
    timeout: 'The positioning gave up before a fix: TIMEOUT',
  },
  face: {
    pass: 'Face verified: a signed ticket (ES256 JWS)',
    livenessFailed: 'Liveness check failed: FACE_LIVENESS_FAILED',
    notMatched: 'Face does not match the person: FACE_NOT_MATCHED',
    cancelled: 'The user closed the face capture: CANCELLED',
  },
  auth: {
    loggedIn: 'A user is logged in to the host app',
    loggedOut:
      'Nobody is logged in: auth.getSession and face.verify answer NOT_LOGGED_IN; auth.login logs the user in',
    loginCancelled: 'Nobody is logged in and the user closes the login page: auth.login answers CANCELLED',
  },
  host: {
    full: 'A host implementing every method',
    oldHost: 'An older host without face.verify in host.getInfo (the client refuses locally)',
    bridge10:
      'A bridge 1.0.0 host: location.get ignores the challenge and signs no fix; its auth codes say 1.0.0',
    slow: 'Every method but host.getInfo answers after slowDelayMs (beyond a client timeout)',
    failing: 'Every method but host.getInfo fails unexpectedly: INTERNAL',
  },
  locationPolicy: {
    development: 'The backend accepts an unsigned fix from a host below bridge 1.1 (a 1.1 host must sign)',
    strict: 'The backend refuses every unsigned fix: LOCATION_TICKET_REQUIRED',
  },
  network: {
    delivered: 'Every backend reply reaches the app',
    loseNextActionReply:
      'The next action (暂存, 申报, 修改, 变更, 撤销, 认证) is carried out, its reply lost (a network error), once',
    stalled: 'Every backend reply is held for slowDelayMs (beyond the app’s 15 s deadline by default)',
  },
} as const satisfies {
  locationPolicy: Record<LocationPolicyScenario, string>;
  network: Record<NetworkScenario, string>;
  location: Record<LocationScenario, string>;
  face: Record<FaceScenario, string>;
  auth: Record<AuthScenario, string>;
  host: Record<HostScenario, string>;
};

/** A WGS-84 position with the accuracy radius the host reports for it. */
export type ScenarioFix = Pick<LocationGetResult, 'lat' | 'lng' | 'accuracy'>;

/**
 * The WGS-84 truth of each located scenario. The Erenhot fence's south edge runs at about 43.67088° N
 * at 111.9698° E; one metre of latitude is 1/111 320 degree.
 */
export const SCENARIO_FIXES = {
  inside: { lat: 43.672, lng: 111.97, accuracy: 8 },
  outside: { lat: 43.66773, lng: 111.9698, accuracy: 10 },
  far: { lat: 40.8424, lng: 111.749, accuracy: 10 },
  lowAccuracy: { lat: 43.671056, lng: 111.9698, accuracy: 40 },
  gcj02: { lat: 43.672, lng: 111.97, accuracy: 8 },
  mocked: { lat: 43.672, lng: 111.97, accuracy: 8 },
  attestationUnavailable: { lat: 43.672, lng: 111.97, accuracy: 8 },
} as const satisfies Record<string, ScenarioFix>;

/** The logged-in user of the mock super-app. The full account seed extends this. */
export interface MockPerson {
  /** The person id the host's face service binds tickets to (`sub`). */
  personId: string;
}

/** The scenario the mock host plays, as a whole. */
export interface Scenarios {
  location: LocationScenario;
  face: FaceScenario;
  auth: AuthScenario;
  host: HostScenario;
  /** Whether the backend accepts an unsigned fix from a host below bridge 1.1. */
  locationPolicy: LocationPolicyScenario;
  /** What the network does to the backend's replies. */
  network: NetworkScenario;
  /** How long the `slow` host, or the `stalled` network, holds each reply, ms. */
  slowDelayMs: number;
  /** The logged-in mock user. */
  currentPerson: MockPerson;
}

/** A change to some of the {@link Scenarios}. */
export type ScenarioPatch = Partial<Scenarios>;

/** The happy path: every method answers, the user is inside the fence and passes face verification. */
export const DEFAULT_SCENARIOS: Scenarios = {
  location: 'inside',
  face: 'pass',
  auth: 'loggedIn',
  host: 'full',
  locationPolicy: 'development',
  network: 'delivered',
  // Beyond the client's default 15 s call timeout.
  slowDelayMs: 20_000,
  currentPerson: { personId: 'P0001' },
};

/** Longest accepted {@link Scenarios.slowDelayMs}: ten minutes. */
const MAX_SLOW_DELAY_MS = 600_000;

const oneOf = <T extends string>(list: readonly T[], value: unknown): value is T =>
  typeof value === 'string' && (list as readonly string[]).includes(value);

/**
 * Checks a scenario change received as JSON (a `PUT /__mock/scenarios` body or stored state).
 * @returns The patch, or the problems found, one English sentence each.
 */
export function parseScenarioPatch(
  value: unknown,
): { ok: true; patch: ScenarioPatch } | { ok: false; problems: string[] } {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    return { ok: false, problems: ['The body must be a JSON object'] };
  }
  const input = value as Record<string, unknown>;
  const patch: ScenarioPatch = {};
  const problems: string[] = [];
  for (const key of Object.keys(input)) {
    if (!(key in DEFAULT_SCENARIOS)) problems.push(`Unknown field ${key}`);
  }
  const choose = <T extends string>(
    key: 'location' | 'face' | 'auth' | 'host' | 'locationPolicy' | 'network',
    list: readonly T[],
  ): T | undefined => {
    const chosen = input[key];
    if (chosen === undefined) return undefined;
    if (oneOf(list, chosen)) return chosen;
    problems.push(`${key} must be one of ${list.join(', ')}`);
    return undefined;
  };
  const location = choose('location', LOCATION_SCENARIOS);
  const face = choose('face', FACE_SCENARIOS);
  const auth = choose('auth', AUTH_SCENARIOS);
  const host = choose('host', HOST_SCENARIOS);
  const locationPolicy = choose('locationPolicy', LOCATION_POLICIES);
  const network = choose('network', NETWORK_SCENARIOS);
  if (location) patch.location = location;
  if (face) patch.face = face;
  if (auth) patch.auth = auth;
  if (host) patch.host = host;
  if (locationPolicy) patch.locationPolicy = locationPolicy;
  if (network) patch.network = network;
  const delay = input.slowDelayMs;
  if (delay !== undefined) {
    if (Number.isInteger(delay) && (delay as number) >= 0 && (delay as number) <= MAX_SLOW_DELAY_MS) {
      patch.slowDelayMs = delay as number;
    } else {
      problems.push(`slowDelayMs must be an integer from 0 to ${MAX_SLOW_DELAY_MS}`);
    }
  }
  const person = input.currentPerson;
  if (person !== undefined) {
    const personId: unknown =
      typeof person === 'object' && person !== null && 'personId' in person ? person.personId : undefined;
    if (typeof personId === 'string' && /^[A-Za-z0-9_-]{1,64}$/.test(personId)) {
      patch.currentPerson = { personId };
    } else {
      problems.push('currentPerson.personId must be 1 to 64 letters, digits, _ or -');
    }
  }
  return problems.length > 0 ? { ok: false, problems } : { ok: true, patch };
}
