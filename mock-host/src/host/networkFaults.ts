import { BACKEND_ROUTES } from '@hushi/sdk';
import type { BackendRouteName } from '@hushi/sdk';
import type { ScenarioStore } from './scenarioStore';

/** What the network between the app and the customs backend does to one request. */
export interface NetworkFaults {
  /** Whether the backend cannot be reached at all (the page is offline): the request fails unsent. */
  unreachable(): boolean;
  /**
   * Called once the backend answered `route`: waits as long as the network holds the reply, then says
   * whether it arrives (`delivered`) or is lost on the way back (`lost`).
   */
  afterAnswer(route: BackendRouteName): Promise<'delivered' | 'lost'>;
}

/** Whether this runtime is a browser page that says it is offline (Node: never). */
function pageOffline(): boolean {
  return typeof navigator !== 'undefined' && (navigator as { onLine?: boolean }).onLine === false;
}

const timer = (ms: number): Promise<void> =>
  new Promise((resolve) => {
    setTimeout(resolve, ms);
  });

/** Options of {@link scenarioNetworkFaults}. */
export interface ScenarioNetworkFaultsOptions {
  /** Whether the page is offline; default `navigator.onLine === false`. */
  offline?: () => boolean;
  sleep?: (ms: number) => Promise<void>;
}

/**
 * The network faults the scenario store's `network` plays: a lost reply of the next action (once, then
 * `delivered` again), replies stalled for `slowDelayMs`, and no backend at all while the page is offline.
 */
export function scenarioNetworkFaults(
  scenarios: ScenarioStore,
  { offline = pageOffline, sleep = timer }: ScenarioNetworkFaultsOptions = {},
): NetworkFaults {
  return {
    unreachable: offline,
    async afterAnswer(route) {
      const { network, slowDelayMs } = scenarios.get();
      if (network === 'stalled') await sleep(slowDelayMs);
      if (network !== 'loseNextActionReply' || !BACKEND_ROUTES[route].idempotent) return 'delivered';
      scenarios.set({ network: 'delivered' });
      return 'lost';
    },
  };
}
