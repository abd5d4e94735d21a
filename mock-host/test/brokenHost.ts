// A deliberately broken bridge host, for testing that the conformance suite catches what it should:
// the mock host with the faults below put on its wire replies.
import { exportJWK } from 'jose';
import type { ConformanceArrange } from '@hushi/bridge-spec/conformance';
import type { BridgeResponse, LocationGetParams, LocationGetResult } from '@hushi/bridge-spec';
import { locationTicketFixture } from '@hushi/bridge-spec/fixtures';
import { createInMemoryBinding } from '@hushi/sdk';
import type { BridgeTransport } from '@hushi/sdk';
import { conformanceArrange } from '../src/host/conformanceArrange';
import { createMockHost } from '../src/createMockHost';
import { createMemoryStorage } from '../src/host/hostStorage';

/** What is broken, one line each (for the test's names and for a reader). */
export const BROKEN_HOST_FAULTS = {
  booleanFace: 'face.verify answers { ticket: true } instead of a signed ticket',
  wrongUnknownCode: 'an unknown method is answered INVALID_PARAMS instead of UNSUPPORTED_METHOD',
  droppedId: 'successful auth.getSession replies lose their id',
  major2: 'host.getInfo says bridgeVersion 2.0.0 (and still lists its methods at their 1.x contracts)',
  silentClose: 'app.close is never answered',
  badEventData: 'session.expired carries { reason: 42 }',
  bareInvalidParams: 'INVALID_PARAMS replies to location.get carry no data.errors',
  movedFix: 'a challenged WGS-84 location.get returns a fix 0.01° north of the one it signed',
  editedTicket:
    "a challenged GCJ-02 location.get's ticket is edited after signing (its fix moved, as returned)",
  staleTicket: 'location.get without a challenge carries a ticket anyway (the spec fixture’s)',
  unsignedWhenKeyless:
    'location.get that cannot sign answers the fix unsigned instead of ATTESTATION_UNAVAILABLE',
} as const;

/** The broken host's wire end and its `arrange` (the mock's, except for the malformed event). */
export interface BrokenHost {
  transport: BridgeTransport;
  arrange: ConformanceArrange;
  /** Resolves when its mock backend (which mints the auth codes) is open. */
  ready: Promise<void>;
  /** The public key its tickets are signed with (the mock host's), for the run's `hostKeys`. */
  publicJwk(): Promise<JsonWebKey>;
}

/** A latitude 0.01° (about 1.1 km) further north, to the micro-degree. */
const north = (lat: number): number => Number((lat + 0.01).toFixed(6));

/** `ticket` with the payload's signed fix moved {@link north}, the signature left as it was. */
function editTicket(ticket: string): string {
  const [header, payload, signature] = ticket.split('.') as [string, string, string];
  const claims = JSON.parse(Buffer.from(payload, 'base64url').toString('utf8')) as { fix: { lat: number } };
  claims.fix.lat = north(claims.fix.lat);
  return `${header}.${Buffer.from(JSON.stringify(claims)).toString('base64url')}.${signature}`;
}

/** A host that breaks the contract in every way {@link BROKEN_HOST_FAULTS} lists, and conforms otherwise. */
export function createBrokenHost(): BrokenHost {
  const mock = createMockHost({ storage: createMemoryStorage() });
  const binding = createInMemoryBinding();
  const arrangeMock = conformanceArrange(mock);

  /** The faults of location.get's results: movedFix, editedTicket, staleTicket. */
  function spoilFix(result: Record<string, unknown>, params: LocationGetParams): Record<string, unknown> {
    const { lat, ticket } = result as unknown as LocationGetResult;
    if (!params.challenge) return { ...result, ticket: locationTicketFixture.ticket };
    if (ticket === undefined) return result;
    if (params.datum === 'wgs84') return { ...result, lat: north(lat) };
    return { ...result, lat: north(lat), ticket: editTicket(ticket) };
  }

  async function answer(raw: unknown): Promise<void> {
    const method = (raw as { method?: unknown } | null)?.method;
    if (method === 'app.close') return; // silentClose
    let reply: BridgeResponse | null = await mock.host.handle(raw);
    if (!reply) return;
    const params = (raw as { params: LocationGetParams }).params;
    if (!reply.ok && reply.error.code === 'ATTESTATION_UNAVAILABLE') {
      // unsignedWhenKeyless: the same request without its challenge.
      const unchallenged = { ...params };
      delete unchallenged.challenge;
      reply = (await mock.host.handle({ ...(raw as object), params: unchallenged })) ?? reply;
    } else if (reply.ok && method === 'location.get') {
      reply.result = spoilFix(reply.result, params);
    }
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
    publicJwk: async () => exportJWK(await mock.faceTickets.publicKey()),
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
