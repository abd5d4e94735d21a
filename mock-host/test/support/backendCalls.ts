// Calls of the customs backend's `handle` as the sdk client would make them, for tests and the bench.
import type { BackendRouteName } from '@hushi/sdk';
import type { BackendRequest, CustomsBackend } from '../../src/backend/customsBackend';
import type { BackendReply } from '../../src/backend/idempotency';
import type { FaceTicketVerifier } from '../../src/backend/faceTicketVerifier';

/** A stand-in for the JWS verifier: a ticket "face:<person>:<purpose>:<bizId>:<nonce>" is genuine and claims that. */
export const standInFaceVerifier: FaceTicketVerifier = (ticket) => {
  const [scheme, sub, purpose, bizId, nonce, ...rest] = ticket.split(':');
  return Promise.resolve(
    scheme === 'face' &&
      sub !== undefined &&
      (purpose === 'declare' || purpose === 'authorize') &&
      bizId !== undefined &&
      nonce !== undefined &&
      rest.length === 0
      ? { ok: true, claims: { sub, purpose, bizId, nonce } }
      : { ok: false, code: 'BAD_TICKET' },
  );
};

/** `declaration` with each goods line of quantity 1 at `price` 元 (so worth `price` per line). */
export const priced = <D extends { goods: { quantity: string; unitPrice: string; totalPrice: string }[] }>(
  declaration: D,
  price: string,
): D => ({
  ...declaration,
  goods: declaration.goods.map((g) => ({ ...g, quantity: '1', unitPrice: price, totalPrice: price })),
});

/** A request of `handle`, with what is not given empty. */
export const backendRequest = (patch: Partial<BackendRequest> = {}): BackendRequest => ({
  params: {},
  query: new URLSearchParams(),
  body: null,
  authorization: null,
  idempotencyKey: null,
  ...patch,
});

let keys = 0;
/** Keeps the keys of two processes on one data directory apart. */
const KEY_PREFIX = `key-${process.pid}-${Date.now().toString(36)}`;

/** One logged-in person under one identity, calling `handle` with their bearer token. */
export interface BackendCaller {
  personId: string;
  call(route: BackendRouteName, patch?: Partial<BackendRequest>): Promise<BackendReply>;
  /** A face ticket of the stand-in verifier for a fresh challenge. */
  faceTicket(purpose: 'submit' | 'authenticate', businessId: string): Promise<string>;
}

/**
 * Logs a seed person in and picks an identity; `hostBridgeVersion` is the bridge version of the host
 * that minted the auth code (none: a host that did not say).
 */
export async function loginCaller(
  backend: CustomsBackend,
  personId: string,
  role: string,
  { hostBridgeVersion }: { hostBridgeVersion?: string } = {},
): Promise<BackendCaller> {
  const authCode = await backend.mintAuthCode(
    personId,
    hostBridgeVersion === undefined ? {} : { hostBridgeVersion },
  );
  const session = await backend.handle('exchangeSession', backendRequest({ body: { authCode } }));
  const authorization = `Bearer ${(session.body as { token: string }).token}`;
  const call: BackendCaller['call'] = (route, patch = {}) =>
    backend.handle(
      route,
      backendRequest({ authorization, idempotencyKey: `${KEY_PREFIX}-${++keys}`, ...patch }),
    );
  const picked = await call('selectIdentity', { body: { role } });
  if (picked.status !== 200) throw new Error(`cannot pick ${role}: ${JSON.stringify(picked.body)}`);
  return {
    personId,
    call,
    async faceTicket(purpose, businessId) {
      const challenge = await call('createFaceChallenge', { body: { purpose, businessId } });
      const { nonce } = challenge.body as { nonce: string };
      return `face:${personId}:${purpose === 'submit' ? 'declare' : 'authorize'}:${businessId}:${nonce}`;
    },
  };
}
