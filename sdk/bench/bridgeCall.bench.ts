// In-memory round trip of bridge.call(), including params validation, JSON encoding both ways,
// envelope and result validation and reply matching. Target: median ≤ 50 µs.
import { createBridge } from '../src/bridge/createBridge';
import { createInMemoryBinding } from '../src/bridge/transports/inMemoryTransport';
import { measure, report } from '../../scripts/benchmark';

const binding = createInMemoryBinding();
const info = {
  hostName: 'bench-host',
  hostVersion: '1.0.0',
  bridgeVersion: '1.0.0',
  platform: 'devtools',
  methods: { 'host.getInfo': '1.0.0', 'location.get': '1.0.0' },
};
binding.host.onRequest((raw) => {
  const request = raw as { id: string; method: string };
  const result =
    request.method === 'host.getInfo'
      ? info
      : {
          lat: 21.9736,
          lng: 106.7048,
          datum: 'wgs84',
          accuracy: 12,
          timestamp: 1764057600000,
          source: 'gps',
        };
  binding.host.deliver(JSON.stringify({ id: request.id, ok: true, result }));
});

const bridge = await createBridge({ transport: binding.transport });
const met = report(
  await measure(
    'bridge.call(location.get) in-memory round trip',
    () => bridge.call('location.get', { datum: 'wgs84' }),
    {
      batch: 200,
      samples: 200,
    },
  ),
  50_000,
);
bridge.close();
process.exit(met ? 0 : 1);
