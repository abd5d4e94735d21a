// A deliberately broken bridge host, for testing that the conformance suite catches what it should:
// the mock host with the faults below put on its wire replies.
import type { ConformanceArrange } from '@hushi/bridge-spec/conformance';
import type { BridgeResponse } from '@hushi/bridge-spec';
import { createInMemoryBinding } from '@hushi/sdk';
import type { BridgeTransport } from '@hushi/sdk';
import { conformanceArrange } from '../src/conformanceArrange';
import { createMockHost } from '../src/handlers/index';
import { createMemoryStorage } from '../src/hostStorage';

/** What is broken, one line each (for the test's names and for a reader). */
export const BROKEN_HOST_FAULTS = {
  booleanFace: 'face.verify answers { ticket: true } instead of a signed ticket',
  wrongUnknownCode: 'an unknown method is answered INVALID_PARAMS instead of UNSUPPORTED_METHOD',
  droppedId: 'successful auth.getSession replies lose their id',
  major2: 'host.getInfo says bridgeVersion 2.0.0 (and still lists its methods at 1.0.0)',
  silentClose: 'app.close is never answered',
  badEventData: 'session.expired carries { reason: 42 }',
  bareInvalidParams: 'INVALID_PARAMS replies to location.get carry no data.errors',
} as const;

/** The broken host's wire end and its `arrange` (the mock's, except for the malformed event). */
export interface BrokenHost {
  transport: BridgeTransport;
  arrange: ConformanceArrange;
  /** Resolves when its mock backend (which mints the auth codes) is open. */
  ready: Promise<void>;
}

/** A host that breaks the contract in every way {@link BROKEN_HOST_FAULTS} lists, and conforms otherwise. */
export function createBrokenHost(): BrokenHost {
  const mock = createMockHost({ storage: createMemoryStorage() });
  const binding = createInMemoryBinding();
  const arrangeMock = conformanceArrange(mock);

  async function answer(raw: unknown): Promise<void> {
    const method = (raw as { method?: unknown } | null)?.method;
    if (method === 'app.close') return; // silentClose
    const reply: BridgeResponse | null = await mock.host.handle(raw);
    if (!reply) return;
    if (reply.ok && method === 'host.getInfo') reply.result = { ...reply.result, bridgeVersion: '2.0.0' };
    if (reply.ok && method === 'face.verify') reply.result = { ticket: true };
    if (!reply.ok && reply.error.code === 'INVALID_PARAMS' && method === 'location.get') {
      reply.error = { code: 'INVALID_PARAMS', message: 'Bad location params', retryable: false };
    }
    if (!reply.ok && reply.error.code === 'UNSUPPORTED_METHOD') {
      reply.error = { code: 'INVALID_PARAMS', message: 'Bad params', retryable: false };
    }
    if (reply.ok && method === 'auth.getSession') {
      binding.host.deliver({ ok: reply.ok, result: reply.result });
      return;
    }
    binding.host.deliver(reply);
  }

  binding.host.onRequest((raw) => {
    void answer(raw);
  });
  return {
    transport: binding.transport,
    ready: mock.ready,
    arrange(condition) {
      if (condition === 'event.sessionExpired') {
        binding.host.deliver({ event: 'session.expired', data: { reason: 42 } });
        return true;
      }
      if (condition === 'event.appHidden') {
        binding.host.deliver({ event: 'app.visibility', data: { visible: false } });
        return true;
      }
      return arrangeMock(condition);
    },
  };
}
