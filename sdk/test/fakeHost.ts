import type { BridgeRequest, HostGetInfoResult, MethodName } from '@hushi/bridge-spec';
import { methodFixtures } from '@hushi/bridge-spec/fixtures';
import { createInMemoryBinding } from '../src/bridge/transports/inMemoryTransport';
import type { InMemoryBinding } from '../src/bridge/transports/inMemoryTransport';

/** What a responder returns: a reply to deliver, or `undefined` for no reply at all. */
type Responder = (request: BridgeRequest) => unknown;

/** A scriptable host on the host end of an in-memory binding, answering from the spec's fixtures. */
export interface FakeHost extends InMemoryBinding {
  /** Every request the host received, in order. */
  requests: BridgeRequest[];
  /** Replaces how the host answers one method. */
  answer(method: MethodName, responder: Responder): void;
}

/** The fixture reply named `name` of `method`, addressed to `id`. */
export function fixtureReply(method: MethodName, id: string, name?: string): Record<string, unknown> {
  const replies = methodFixtures[method].responses.valid;
  const chosen = name === undefined ? replies[0] : replies.find((r) => r.name === name);
  if (!chosen) throw new Error(`No fixture reply "${String(name)}" for ${method}`);
  return { ...(chosen.message as Record<string, unknown>), id };
}

/** The host info of the fixture reply `name` of host.getInfo. */
export function fixtureHostInfo(name = 'full host'): HostGetInfoResult {
  return (fixtureReply('host.getInfo', 'x', name) as { result: HostGetInfoResult }).result;
}

/** Starts a fake host that answers every method with its first valid fixture reply. */
export function startFakeHost(info: HostGetInfoResult = fixtureHostInfo()): FakeHost {
  const binding = createInMemoryBinding();
  const requests: BridgeRequest[] = [];
  const responders = new Map<string, Responder>();
  responders.set('host.getInfo', (request) => ({ id: request.id, ok: true, result: info }));
  binding.host.onRequest((raw) => {
    const request = raw as BridgeRequest;
    requests.push(request);
    const responder = responders.get(request.method);
    const reply = responder ? responder(request) : fixtureReply(request.method as MethodName, request.id);
    if (reply !== undefined) binding.host.deliver(JSON.stringify(reply));
  });
  return {
    ...binding,
    requests,
    answer(method, responder) {
      responders.set(method, responder);
    },
  };
}
