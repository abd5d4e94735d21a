import { BACKEND_ROUTES, createFenceChecker, loadFences, toWgs84 } from '@hushi/sdk';
import type { BackendRouteName, DeclarationReceipt, ExchangeRates, FenceCollection } from '@hushi/sdk';
import { createFaceChallengeStore } from '../faceChallengeStore';
import type { HostStorage } from '../hostStorage';
import type { BackendContext } from './backendContext';
import { BackendFailure } from './backendFailure';
import { isRecord } from '../isRecord';
import type { BackendRequest } from './backendRequest';
import type { BackendState } from './backendState';
import { stepCustoms } from './customsPipeline';
import { receipt } from './declarationViews';
import { DEMO_EXCHANGE_RATES } from './exchangeRates';
import { rejectAllFaceTickets } from './faceTicketVerifier';
import type { FaceTicketVerifier } from './faceTicketVerifier';
import { createIdempotencyStore } from './idempotency';
import type { BackendReply } from './idempotency';
import { createNumbering } from './numbering';
import { loadBackendState, saveBackendState } from './persistedState';
import { AUTHENTICATION_ROUTES } from './routes/authenticationRoutes';
import { DECLARATION_ROUTES } from './routes/declarationRoutes';
import { QUERY_ROUTES } from './routes/queryRoutes';
import { REFERENCE_ROUTES } from './routes/referenceRoutes';
import type { RouteHandler } from './routes/routeHandler';
import { SESSION_ROUTES } from './routes/sessionRoutes';
import { seedDeclarations } from './seedDeclarations';
import { SEED_CONNECTED_HEAD_CUSTOMS, SEED_FENCES } from './seedFences';
import { DEMO_AUTH_CODE, SEED_PERSONS, SEED_PERSONS_BY_ID } from './seedPersons';
import { createSessionStore } from './sessions';
import type { SessionRecord } from './sessions';

export type { BackendRequest } from './backendRequest';

/** Options of {@link createCustomsBackend}. */
export interface CustomsBackendOptions {
  /** Verifies face tickets; default {@link rejectAllFaceTickets}. Pass the JWS verifier of `faceTickets.ts`. */
  verifyFaceTicket?: FaceTicketVerifier;
  /** Clock, epoch ms (default `Date.now`). */
  now?: () => number;
  /** Inactivity after which a session ends, ms (default 30 min). */
  sessionTtlMs?: number;
  /** The electronic fences (default {@link SEED_FENCES}). */
  fences?: FenceCollection;
  /** Head customs districts connected to the fence interface (default {@link SEED_CONNECTED_HEAD_CUSTOMS}). */
  connectedHeadCustoms?: readonly string[];
  /** 人民币 rates of foreign 币制 for the daily allowance (default {@link DEMO_EXCHANGE_RATES}). */
  exchangeRates?: ExchangeRates;
  /** Start with the demo declarations (default true). */
  seed?: boolean;
  /**
   * Where the declarations and number sequences persist, so that they survive a restart of the
   * backend (in the browser: a page reload); the backend starts from what it holds. Default: memory
   * only. Sessions, face challenges and idempotency keys are never kept.
   */
  storage?: HostStorage;
}

/** The simulated customs backend: every route of `BACKEND_ROUTES`, over an in-memory, resettable store. */
export interface CustomsBackend {
  /** The in-memory data (for tests and the control page). */
  readonly state: BackendState;
  /** Answers one request of route `route`; never rejects (failures are error replies). */
  handle(route: BackendRouteName, request: BackendRequest): Promise<BackendReply>;
  /** A fresh single-use auth code that logs in a seed person, as the host's `auth.getSession` gives it. */
  mintAuthCode(personId: string): string;
  /** Moves a declaration one step along the simulated customs pipeline (see `stepCustoms`). */
  stepCustoms(preEntryNumber: string, event: unknown): DeclarationReceipt;
  /** Ends every session, to try "登录超时". */
  expireSessions(): void;
  /** Back to the seed: declarations, sessions, challenges and idempotency keys (and saves that). */
  reset(): void;
}

const SESSION_TTL_MS = 30 * 60_000;
const AUTH_CODE_TTL_MS = 5 * 60_000;

/** The handler of every route of `BACKEND_ROUTES`. */
const ROUTE_HANDLERS: Record<BackendRouteName, RouteHandler> = {
  ...SESSION_ROUTES,
  ...REFERENCE_ROUTES,
  ...DECLARATION_ROUTES,
  ...QUERY_ROUTES,
  ...AUTHENTICATION_ROUTES,
};

/**
 * What an action asks for, without the evidence each attempt brings anew (the fix, the face ticket with
 * its single-use nonce): a retry of the same action carries the same content and fresh evidence.
 */
function withoutEvidence(body: unknown): unknown {
  if (!isRecord(body)) return body;
  return Object.fromEntries(
    Object.entries(body).filter(([key]) => key !== 'location' && key !== 'faceTicket'),
  );
}

/**
 * Creates the simulated customs backend. It enforces on the server side what the mini-app only
 * guides: the sdk's submit policy (fence re-check of the raw fix, face ticket through the injected
 * verifier with single-use nonces), status machine, schema validation, quota and who may see or touch
 * which declaration; actions replay by `Idempotency-Key`.
 * @example
 * const backend = createCustomsBackend({ verifyFaceTicket: faceTickets.verify })
 * const server = setupServer(...backendHandlers(backend))
 */
export function createCustomsBackend(options: CustomsBackendOptions = {}): CustomsBackend {
  const now = options.now ?? Date.now;
  const fences = options.fences ?? SEED_FENCES;
  const connectedHeadCustoms = new Set(options.connectedHeadCustoms ?? SEED_CONNECTED_HEAD_CUSTOMS);
  const checker = createFenceChecker(loadFences(fences), { connectedHeadCustoms, toWgs84, now });
  const saved = options.storage ? loadBackendState(options.storage) : null;
  const state: BackendState = saved ?? { declarations: new Map(), numbering: createNumbering() };
  const context: BackendContext = {
    state,
    now,
    sessions: createSessionStore({
      now,
      sessionTtlMs: options.sessionTtlMs ?? SESSION_TTL_MS,
      authCodeTtlMs: AUTH_CODE_TTL_MS,
    }),
    challenges: createFaceChallengeStore({ now }),
    fences,
    connectedHeadCustoms,
    checker,
    verifyFaceTicket: options.verifyFaceTicket ?? rejectAllFaceTickets,
    exchangeRates: options.exchangeRates ?? DEMO_EXCHANGE_RATES,
  };
  const { sessions, challenges } = context;
  const idempotency = createIdempotencyStore();
  const persist = (): void => {
    if (options.storage) saveBackendState(options.storage, state);
  };

  const mintDemoAuthCode = (): void => {
    sessions.mintAuthCode(SEED_PERSONS.resident.id, { reusable: true, code: DEMO_AUTH_CODE });
  };

  function reset(): void {
    state.declarations.clear();
    state.numbering = createNumbering();
    sessions.clear();
    challenges.clear();
    idempotency.clear();
    mintDemoAuthCode();
    if (options.seed ?? true) seedDeclarations(state, now());
    persist();
  }
  if (saved === null) reset();
  else mintDemoAuthCode();

  async function run(
    route: BackendRouteName,
    request: BackendRequest,
    session: SessionRecord,
  ): Promise<BackendReply> {
    try {
      return await ROUTE_HANDLERS[route](context, request, session);
    } catch (error) {
      if (error instanceof BackendFailure) return { status: error.status, body: error.toBody() };
      throw error;
    }
  }

  /** Answers one request: the session, then the route, replayed by idempotency key where the route says. */
  async function answer(route: BackendRouteName, request: BackendRequest): Promise<BackendReply> {
    const spec = BACKEND_ROUTES[route];
    let session: SessionRecord;
    try {
      session = spec.auth
        ? sessions.authenticate(request.authorization)
        : { token: '', personId: '', expiresAt: Number.POSITIVE_INFINITY };
    } catch (error) {
      if (error instanceof BackendFailure) return { status: error.status, body: error.toBody() };
      throw error;
    }
    if (!spec.idempotent) return run(route, request, session);
    const key = request.idempotencyKey;
    if (key === null || key === '')
      return {
        status: 400,
        body: { code: 'IDEMPOTENCY_KEY_REQUIRED', message: '请求缺少 Idempotency-Key' },
      };
    const fingerprint = JSON.stringify([request.params, withoutEvidence(request.body)]);
    return idempotency.run({ personId: session.personId, route, key, fingerprint }, () =>
      run(route, request, session),
    );
  }

  return {
    state,
    async handle(route, request) {
      const reply = await answer(route, request);
      if (BACKEND_ROUTES[route].method !== 'GET') persist();
      return reply;
    },
    mintAuthCode: (personId) => {
      if (!SEED_PERSONS_BY_ID.has(personId)) throw new TypeError(`unknown seed person: ${personId}`);
      return sessions.mintAuthCode(personId);
    },
    stepCustoms: (preEntryNumber, event) => {
      const stepped = receipt(stepCustoms(state, preEntryNumber, event, now()));
      persist();
      return stepped;
    },
    expireSessions: () => {
      sessions.expireAll();
    },
    reset,
  };
}
