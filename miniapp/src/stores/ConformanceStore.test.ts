import { describe, expect, it } from 'vitest';
import { when } from 'mobx';
import { BRIDGE_VERSION, METHOD_SINCE } from '@hushi/bridge-spec';
import { conformanceSuite } from '@hushi/bridge-spec/conformance';
import { createInMemoryBinding } from '@hushi/sdk';
import { ConformanceStore } from './ConformanceStore';

/** A host that answers the handshake and fails every other request with INTERNAL. */
function failingHost() {
  const binding = createInMemoryBinding();
  binding.host.onRequest((raw) => {
    const request = raw as { id?: unknown; method?: unknown };
    if (typeof request.id !== 'string') return;
    binding.host.deliver(
      JSON.stringify(
        request.method === 'host.getInfo'
          ? {
              id: request.id,
              ok: true,
              result: {
                hostName: 'test-host',
                hostVersion: '0.0.1',
                bridgeVersion: BRIDGE_VERSION,
                platform: 'web',
                methods: METHOD_SINCE,
              },
            }
          : {
              id: request.id,
              ok: false,
              error: { code: 'INTERNAL', message: 'broken', retryable: true },
            },
      ),
    );
  });
  return binding.transport;
}

describe('ConformanceStore', () => {
  it('asks the operator for every condition with its description, skips what was not arranged, and keeps the report', async () => {
    const transport = failingHost();
    const store = new ConformanceStore({ transport: () => Promise.resolve(transport) });
    const asked: string[] = [];
    const run = store.start();
    expect(store.phase).toBe('running');
    for (;;) {
      await when(() => store.prompt !== undefined || store.phase !== 'running');
      const prompt = store.prompt;
      if (!prompt) break;
      asked.push(prompt.condition);
      expect(prompt.description).toBe(conformanceSuite.conditions[prompt.condition]?.description);
      // Only the normal state is "arranged"; every other condition is skipped.
      store.respond(prompt.condition === 'default');
    }
    await run;
    const conditions = new Set(conformanceSuite.cases.flatMap((c) => (c.given ? [c.given] : [])));
    expect(new Set(asked.filter((c) => c !== 'default'))).toEqual(conditions);
    expect(asked[0]).toBe('default');
    expect(store.phase).toBe('done');
    expect(store.results).toHaveLength(conformanceSuite.cases.length);
    const report = store.report;
    expect(report?.totals.total).toBe(conformanceSuite.cases.length);
    const skipped = report?.cases.filter((c) => c.status === 'skip').map((c) => c.id) ?? [];
    expect(skipped).toEqual(conformanceSuite.cases.filter((c) => c.given).map((c) => c.id));
    expect(report?.cases.find((c) => c.id === 'handshake.getInfo')?.status).toBe('pass');
    expect(report?.cases.find((c) => c.id === 'location.get.wgs84')?.status).toBe('fail');
    expect(JSON.parse(store.reportJson ?? '{}')).toEqual(report);
  });

  it('says in Chinese why the check could not start when the host cannot be reached', async () => {
    const store = new ConformanceStore({ transport: () => Promise.reject(new Error('no binding')) });
    await store.start();
    expect(store.phase).toBe('failed');
    expect(store.error).toBe('no binding');
    expect(store.prompt).toBeUndefined();
  });
});
