import type { ConformanceArrange } from '@hushi/bridge-spec/conformance';
import type { BridgeHost } from './bridgeHost';
import type { ScenarioPatch } from './scenarios';
import type { ScenarioStore } from './scenarioStore';

/** How long the `slow` host holds replies for the conformance suite's `host.slowReplies`, ms. */
const CONFORMANCE_SLOW_DELAY_MS = 150;

/** Each state condition of the conformance suite as a scenario change (from the defaults). */
const STATES: Record<string, ScenarioPatch> = {
  default: {},
  'location.permissionDenied': { location: 'permissionDenied' },
  'location.unavailable': { location: 'unavailable' },
  'location.timeout': { location: 'timeout' },
  'location.attestationUnavailable': { location: 'attestationUnavailable' },
  'face.livenessFailed': { face: 'livenessFailed' },
  'face.notMatched': { face: 'notMatched' },
  'face.cancelled': { face: 'cancelled' },
  'auth.loggedOut': { auth: 'loggedOut' },
  'auth.loginCancelled': { auth: 'loginCancelled' },
  'host.failing': { host: 'failing' },
  'host.slowReplies': { host: 'slow', slowDelayMs: CONFORMANCE_SLOW_DELAY_MS },
  // The mock only answers app.close; nothing closes.
  'app.closeHarmless': {},
};

/**
 * The `arrange` callback of the bridge conformance suite for the mock host: state conditions switch
 * the scenario store (from the defaults, keeping the logged-in person), trigger conditions make the host
 * emit the event. Any other condition answers `false`, so its cases are skipped.
 * @example runConformance({ transport, arrange: conformanceArrange(mock) })
 */
export function conformanceArrange(mock: { host: BridgeHost; scenarios: ScenarioStore }): ConformanceArrange {
  return (condition) => {
    if (condition === 'event.sessionExpired') {
      mock.host.emit('session.expired', { reason: 'logout' });
      return true;
    }
    if (condition === 'event.appHidden') {
      mock.host.emit('app.visibility', { visible: false });
      return true;
    }
    const patch = STATES[condition];
    if (!patch) return false;
    const { currentPerson } = mock.scenarios.get();
    mock.scenarios.reset();
    mock.scenarios.set({ ...patch, currentPerson });
    return true;
  };
}
