import { parseVersion } from '@hushi/bridge-spec';
import { BACKEND_ROUTES, createFenceChecker, loadFences } from '@hushi/sdk';
import { toWgs84 } from '@hushi/sdk/mainland';
import type { BackendRouteName, DeclarationReceipt, ExchangeRates, FenceCollection } from '@hushi/sdk';
import { sqlState, UNIQUE_VIOLATION } from '../database/sqlDatabase';
import type { Sql, SqlDatabase } from '../database/sqlDatabase';
import { openMemoryDatabase } from '../database/memoryDatabase';
import { migrate } from '../database/migrate';
import { createChallengeStore } from '../host/challengeStore';
import type { BackendContext } from './backendContext';
import { BackendFailure } from './backendFailure';
import type { BackendRequest } from './backendRequest';
import { stepCustoms } from './customsPipeline';
import { receipt } from './declarationViews';
import { findDeclaration } from './declarationStore';
import type { StoredDeclaration } from './declarationStore';
import { DEMO_EXCHANGE_RATES } from './exchangeRates';
import { rejectAllFaceTickets } from './faceTicketVerifier';
import type { FaceTicketVerifier } from './faceTicketVerifier';
import type { LocationPolicy } from './locationCheck';
import { rejectAllLocationTickets } from './locationTicketVerifier';
import type { LocationTicketVerifier } from './locationTicketVerifier';
import { idempotencyKeyProblem, replayOrRecord } from './idempotency';
import type { BackendReply } from './idempotency';
import { ATTACHMENT_ROUTES } from './routes/attachmentRoutes';
import { AUTHENTICATION_ROUTES } from './routes/authenticationRoutes';
import { DECLARATION_ROUTES } from './routes/declarationRoutes';
import { QUERY_ROUTES } from './routes/queryRoutes';
import { REFERENCE_ROUTES } from './routes/referenceRoutes';
import { RESIDENT_ROUTES } from './routes/residentRoutes';
import type { RouteHandler } from './routes/routeHandler';
import { SESSION_ROUTES } from './routes/sessionRoutes';
import { requestRefusal } from '../requestRefusals';
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
  /**
   * Verifies bridge 1.1 location tickets; default {@link rejectAllLocationTickets}. Pass the JWS verifier
   * of `locationTickets.ts`.
   */
  verifyLocationTicket?: LocationTicketVerifier;
  /**
   * Whether an unsigned fix is accepted from a host below bridge 1.1, read at every submit (a scenario
   * may switch it); default `strict`: a fix must be signed.
   */
  locationPolicy?: () => LocationPolicy;
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
  /** Fill a new database with the demo declarations (default true). */
  seed?: boolean;
  /**
   * Where the backend keeps its state (declarations, numbering, sessions, idempotency keys): PGlite in
   * a data directory or IndexedDB, or a PostgreSQL server. Migrated and, the first time, seeded on
   * open. Default: a fresh in-memory PGlite. Face challenges are never kept (they live 5 minutes).
   */
  database?: SqlDatabase | Promise<SqlDatabase>;
}

/** The simulated customs backend: every route of `BACKEND_ROUTES`, over its database. */
export interface CustomsBackend {
  /**
   * Resolves when the database is open, migrated and seeded; rejects when it cannot be. The database
   * opens on the first request or the first read of `ready`.
   */
  readonly ready: Promise<void>;
  /** Answers one request of route `route`; never rejects (failures are error replies). */
  handle(route: BackendRouteName, request: BackendRequest): Promise<BackendReply>;
  /**
   * A fresh single-use auth code that logs in a seed person, as the host's `auth.getSession` gives it;
   * `hostBridgeVersion` is the bridge version of the host asking (its sessions must sign fixes from 1.1).
   */
  mintAuthCode(personId: string, options?: { hostBridgeVersion?: string }): Promise<string>;
  /** Moves a declaration one step along the simulated customs pipeline (see `stepCustoms`). */
  stepCustoms(preEntryNumber: string, event: unknown): Promise<DeclarationReceipt>;
  /** Ends every session, to try "登录超时". */
  expireSessions(): Promise<void>;
  /** Back to the seed: declarations, sessions and idempotency keys (numbering goes on, never reissued). */
  reset(): Promise<void>;
  /** A stored declaration (tests, demos); undefined when there is none. */
  declaration(preEntryNumber: string): Promise<StoredDeclaration | undefined>;
  /** How many declarations are stored. */
  declarationCount(): Promise<number>;
  /** The open database (after {@link ready}). */
  database(): Promise<SqlDatabase>;
  /** Closes the database. */
  close(): Promise<void>;
}

const SESSION_TTL_MS = 30 * 60_000;
const AUTH_CODE_TTL_MS = 5 * 60_000;
/** The `host_settings` key that says the database was seeded once (a reset seeds again, a restart not). */
const SEEDED_KEY = 'backend.seeded';

/** The handler of every route of `BACKEND_ROUTES`. */
const ROUTE_HANDLERS: Record<BackendRouteName, RouteHandler> = {
  ...SESSION_ROUTES,
  ...REFERENCE_ROUTES,
  ...RESIDENT_ROUTES,
  ...ATTACHMENT_ROUTES,
  ...DECLARATION_ROUTES,
  ...QUERY_ROUTES,
  ...AUTHENTICATION_ROUTES,
};

/** SQLSTATEs after which an action is tried once more: it met a concurrent one (unique key, deadlock, serialisation). */
const RETRIED_STATES = new Set([UNIQUE_VIOLATION, '40P01', '40001']);

const failureReply = (failure: BackendFailure): BackendReply => ({
  status: failure.status,
  body: failure.toBody(),
});

/** The reply to an action that met a concurrent one twice. */
const CONCURRENT_REPLY: BackendReply = {
  status: 409,
  body: { code: 'CONFLICT', message: '该单据正在被其他请求处理，请稍后重试' },
};

/**
 * Creates the simulated customs backend. It enforces on the server side what the mini-app only
 * guides: the sdk's submit policy (fence check of the host-signed fix, or of the raw fix where the
 * location policy allows one, and the face ticket, through the injected verifiers with single-use
 * nonces), status machine, schema validation, daily allowance and who may see
 * or touch which declaration. Each action is one database transaction, checked and written in one
 * step; actions replay by `Idempotency-Key`, scoped to the person and identity.
 * @example
 * const backend = createCustomsBackend({ verifyFaceTicket: faceTickets.verify })
 * const server = setupServer(...backendHandlers(backend))
 */
export function createCustomsBackend(options: CustomsBackendOptions = {}): CustomsBackend {
  const now = options.now ?? Date.now;
  const fences = options.fences ?? SEED_FENCES;
  const connectedHeadCustoms = new Set(options.connectedHeadCustoms ?? SEED_CONNECTED_HEAD_CUSTOMS);
  const base = {
    now,
    sessions: createSessionStore({
      now,
      sessionTtlMs: options.sessionTtlMs ?? SESSION_TTL_MS,
      authCodeTtlMs: AUTH_CODE_TTL_MS,
    }),
    challenges: createChallengeStore({ now }),
    locationChallenges: createChallengeStore({ now }),
    locationPolicy: options.locationPolicy ?? ((): LocationPolicy => 'strict'),
    fences,
    connectedHeadCustoms,
    checker: createFenceChecker(loadFences(fences), { connectedHeadCustoms, toWgs84, now }),
    verifyFaceTicket: options.verifyFaceTicket ?? rejectAllFaceTickets,
    verifyLocationTicket: options.verifyLocationTicket ?? rejectAllLocationTickets,
    exchangeRates: options.exchangeRates ?? DEMO_EXCHANGE_RATES,
  };
  const { sessions, challenges, locationChallenges } = base;

  /** Back to the seed: the demo declarations, no sessions or keys but the demo auth code. */
  async function seedInto(sql: Sql): Promise<void> {
    await sql.query('DELETE FROM declarations');
    await sql.query('DELETE FROM attachments');
    await sessions.clear(sql);
    await sql.query('DELETE FROM idempotency_keys');
    await sessions.mintAuthCode(sql, SEED_PERSONS.resident.id, { reusable: true, code: DEMO_AUTH_CODE });
    if (options.seed ?? true) await seedDeclarations(sql, now());
    await sql.query(
      `INSERT INTO host_settings (key, value) VALUES ($1, 'true') ON CONFLICT (key) DO NOTHING`,
      [SEEDED_KEY],
    );
  }

  /** The open, migrated, seeded database: opened on first use, so a mock host that is never asked costs nothing. */
  let opened: Promise<SqlDatabase> | undefined;
  const open = (): Promise<SqlDatabase> => {
    opened ??= (async () => {
      const database = await (options.database ?? openMemoryDatabase());
      await migrate(database);
      await database.transaction(async (sql) => {
        const seeded = await sql.query('SELECT 1 FROM host_settings WHERE key = $1', [SEEDED_KEY]);
        if (seeded.length === 0) await seedInto(sql);
      });
      return database;
    })();
    return opened;
  };

  /** Runs `work` in one transaction of the open database. */
  async function inTransaction<T>(work: (sql: Sql) => Promise<T>): Promise<T> {
    return (await open()).transaction(work);
  }

  /** One attempt at a request: session, idempotent replay, route, all in one transaction. */
  async function attempt(route: BackendRouteName, request: BackendRequest): Promise<BackendReply> {
    const spec = BACKEND_ROUTES[route];
    return inTransaction(async (sql) => {
      const session: SessionRecord = spec.auth
        ? await sessions.authenticate(sql, request.authorization)
        : { token: '', personId: '', expiresAt: Number.POSITIVE_INFINITY };
      const context: BackendContext = { ...base, sql };
      const run = (): Promise<BackendReply> =>
        Promise.resolve(ROUTE_HANDLERS[route](context, request, session));
      if (!spec.idempotent) return run();
      return replayOrRecord(
        sql,
        {
          personId: session.personId,
          role: session.role ?? '',
          route,
          key: request.idempotencyKey ?? '',
          request: [request.params, request.body],
          at: now(),
        },
        run,
      );
    });
  }

  /** Answers one request: bad keys first, then the attempt, once more after a concurrent conflict. */
  async function answer(route: BackendRouteName, request: BackendRequest): Promise<BackendReply> {
    if (BACKEND_ROUTES[route].idempotent) {
      const problem = idempotencyKeyProblem(request.idempotencyKey);
      if (problem !== undefined) return problem;
    }
    for (let tries = 0; ; tries++) {
      try {
        return await attempt(route, request);
      } catch (error) {
        if (error instanceof BackendFailure) return failureReply(error);
        const state = sqlState(error);
        if (state === undefined || !RETRIED_STATES.has(state)) throw error;
        if (tries >= 1) return CONCURRENT_REPLY;
      }
    }
  }

  return {
    get ready() {
      return open().then(() => undefined);
    },
    async handle(route, request) {
      try {
        return await answer(route, request);
      } catch (error) {
        // An unexpected error: logged here, never a stack or a path in the reply.
        console.error(`hushi mock backend: ${route} failed`, error);
        return requestRefusal('SERVER');
      }
    },
    mintAuthCode: (personId, { hostBridgeVersion } = {}) => {
      if (!SEED_PERSONS_BY_ID.has(personId))
        return Promise.reject(new TypeError(`unknown seed person: ${personId}`));
      if (hostBridgeVersion !== undefined && parseVersion(hostBridgeVersion) === null)
        return Promise.reject(new TypeError(`not a bridge version: ${hostBridgeVersion}`));
      return inTransaction((sql) =>
        sessions.mintAuthCode(sql, personId, hostBridgeVersion === undefined ? {} : { hostBridgeVersion }),
      );
    },
    stepCustoms: (preEntryNumber, event) =>
      inTransaction(async (sql) => receipt(await stepCustoms(sql, preEntryNumber, event, now()))),
    expireSessions: () => inTransaction((sql) => sessions.expireAll(sql)),
    reset: async () => {
      await inTransaction(seedInto);
      challenges.clear();
      locationChallenges.clear();
    },
    declaration: (preEntryNumber) => inTransaction((sql) => findDeclaration(sql, preEntryNumber)),
    declarationCount: () =>
      inTransaction(async (sql) => {
        const rows = await sql.query<{ n: number | string }>('SELECT count(*) AS n FROM declarations');
        return Number(rows[0]?.n ?? 0);
      }),
    database: open,
    close: async () => {
      if (opened !== undefined) await (await opened).close();
    },
  };
}
