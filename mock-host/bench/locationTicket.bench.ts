// The cost of a signed fix (bridge 1.1): the in-memory round trip of bridge.call('location.get') through
// the mock host's request loop, without a challenge and with one (the host signs an ES256 ticket), and
// the backend's verification of one ticket. Targets: a challenged round trip at most 2 ms at the median,
// and at most 1 ms over the unchallenged one; a verification at most 2 ms.
import { createBridge, createInMemoryBinding } from '@hushi/sdk';
import { formatNs, measure, report } from '../../scripts/benchmark';
import { createBridgeHost } from '../src/host/bridgeHost';
import { createFaceTicketService } from '../src/host/faceTickets';
import { createHostKeyRing } from '../src/host/hostKeyRing';
import { createLocationTicketService } from '../src/host/locationTickets';
import { scenarioMethods } from '../src/host/scenarioMethods';
import { createScenarioStore } from '../src/host/scenarioStore';
import { createMemoryStorage } from '../src/host/hostStorage';

const keys = createHostKeyRing();
const locationTickets = createLocationTicketService({ keys });
const store = createScenarioStore({ storage: createMemoryStorage() });
const host = createBridgeHost({
  methods: scenarioMethods(store, createFaceTicketService({ keys }), { locationTickets }),
});
const binding = createInMemoryBinding();
binding.host.onRequest((request) => {
  void host.handle(request).then((reply) => {
    if (reply) binding.host.deliver(reply);
  });
});
const bridge = await createBridge({ transport: binding.transport });
const challenge = {
  nonce: 'bench-nonce-0123456789abcdef',
  purpose: 'declare',
  bizId: 'draft-bench',
} as const;

const options = { batch: 20, samples: 100 };
const plain = await measure(
  'bridge.call(location.get) round trip, no challenge',
  () => bridge.call('location.get', { datum: 'wgs84' }),
  options,
);
const signed = await measure(
  'bridge.call(location.get) round trip, with a challenge (ES256 ticket)',
  () => bridge.call('location.get', { datum: 'wgs84', challenge }),
  options,
);
const { ticket } = await bridge.call('location.get', { datum: 'wgs84', challenge });
if (ticket === undefined) throw new Error('the mock host signed no ticket');
const verified = await measure(
  'backend verification of one location ticket',
  () => locationTickets.verify(ticket),
  options,
);

const met = [report(plain, 2_000_000), report(signed, 2_000_000), report(verified, 2_000_000)].every(Boolean);
const extra = signed.medianNs - plain.medianNs;
const extraMet = extra <= 1_000_000;
console.log(
  `${extraMet ? 'ok  ' : 'MISS'} signing adds ${formatNs(extra)} to the round trip (target ≤ 1 ms)`,
);
bridge.close();
process.exit(met && extraMet ? 0 : 1);
