import { describe, expect, it } from 'vitest';
import { when } from 'mobx';
import { calculateJwkThumbprint, exportJWK, generateKeyPair, SignJWT } from 'jose';
import { BRIDGE_VERSION, METHOD_CONTRACTS, methodContract } from '@hushi/bridge-spec';
import type { MethodName } from '@hushi/bridge-spec';
import { conformanceSuite } from '@hushi/bridge-spec/conformance';
import { createInMemoryBinding } from '@hushi/sdk';
import { ConformanceStore } from './ConformanceStore';
import { FAILURE_MESSAGES } from '../failureMessages';

/**
 * A host that answers the handshake, `location.get` with `location` when given (whatever the params),
 * and fails every other request with INTERNAL.
 */
function failingHost(location?: Record<string, unknown>) {
  const binding = createInMemoryBinding();
  binding.host.onRequest((raw) => {
    const request = raw as { id?: unknown; method?: unknown };
    if (typeof request.id !== 'string') return;
    binding.host.deliver(
      JSON.stringify(
        location && request.method === 'location.get'
          ? { id: request.id, ok: true, result: location }
          : request.method === 'host.getInfo'
            ? {
                id: request.id,
                ok: true,
                result: {
                  hostName: 'test-host',
                  hostVersion: '0.0.1',
                  bridgeVersion: BRIDGE_VERSION,
                  platform: 'web',
                  // Every method at the contract it has in this bridge version.
                  methods: Object.fromEntries(
                    (Object.keys(METHOD_CONTRACTS) as MethodName[]).map((method) => [
                      method,
                      methodContract(method, BRIDGE_VERSION),
                    ]),
                  ),
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

/** Runs the suite on `store`, arranging only the normal state; the report. */
async function runArrangingDefault(store: ConformanceStore) {
  const run = store.start();
  for (;;) {
    await when(() => store.prompt !== undefined || store.phase !== 'running');
    const prompt = store.prompt;
    if (!prompt) break;
    store.respond(prompt.condition === 'default');
  }
  await run;
  return store.report;
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

  it('checks the ticket signatures with the host keys it was given, and skips that check without', async () => {
    const { privateKey, publicKey } = await generateKeyPair('ES256');
    const jwk = await exportJWK(publicKey);
    const fix = {
      lat: 43.672,
      lng: 111.97,
      datum: 'wgs84',
      accuracy: 8,
      timestamp: Date.now(),
      source: 'gps',
    };
    const ticket = await new SignJWT({ fix, mocked: false })
      .setProtectedHeader({ alg: 'ES256', typ: 'hushi-location+jwt', kid: await calculateJwkThumbprint(jwk) })
      .sign(privateKey);
    const transport = failingHost({ ...fix, mocked: false, ticket });
    const signatureCase = async (hostKeys?: JsonWebKey[]) =>
      (
        await runArrangingDefault(
          new ConformanceStore({ transport: () => Promise.resolve(transport) }, hostKeys),
        )
      )?.cases.find((c) => c.id === 'location.get.ticketSignature')?.status;
    expect(await signatureCase()).toBe('skip');
    expect(await signatureCase([jwk])).toBe('pass');
  });

  it('says in Chinese why the check could not start when the host cannot be reached', async () => {
    const store = new ConformanceStore({ transport: () => Promise.reject(new Error('no binding')) });
    await store.start();
    expect(store.phase).toBe('failed');
    // The runtime's English words stay in the logs (issue 16 item 6).
    expect(store.error).toBe(FAILURE_MESSAGES.unknown);
    expect(store.prompt).toBeUndefined();
  });
});
