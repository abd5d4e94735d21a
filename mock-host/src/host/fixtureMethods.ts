import type { BridgeMethods, MethodName } from '@hushi/bridge-spec';
import { methodFixtures } from '@hushi/bridge-spec/fixtures';
import type { HostMethods } from '@hushi/bridge-spec/host';

/** The result of the first valid success reply of `method` in the spec's fixtures. */
function fixtureResult<M extends MethodName>(method: M): BridgeMethods[M]['result'] {
  const reply = methodFixtures[method].responses.valid
    .map((entry) => entry.message as { ok: boolean; result?: BridgeMethods[M]['result'] })
    .find((message) => message.ok);
  if (!reply?.result) throw new Error(`No success fixture for ${method}`);
  return reply.result;
}

/**
 * Method implementations that answer with the spec's fixture results: the happy path of every v1
 * method. Scenarios (outside the fence, face failures, ...) replace single methods.
 */
export function fixtureMethods(): Required<HostMethods> {
  return {
    'auth.getSession': () => ({ ...fixtureResult('auth.getSession'), expiresAt: Date.now() + 5 * 60_000 }),
    'auth.login': () => ({ ...fixtureResult('auth.login'), expiresAt: Date.now() + 5 * 60_000 }),
    // The fixture fix is WGS-84; like a real host that cannot convert, it says so instead of relabelling.
    'location.get': () => ({ ...fixtureResult('location.get'), timestamp: Date.now() }),
    'face.verify': () => fixtureResult('face.verify'),
    'app.close': () => ({}),
  };
}
