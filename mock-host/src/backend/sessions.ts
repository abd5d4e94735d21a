import type { SubmitterRole } from '@hushi/sdk';
import type { Sql } from '../database/sqlDatabase';
import { randomBase64url } from '../randomToken';
import { BackendFailure } from './backendFailure';

/** One logged-in session. */
export interface SessionRecord {
  token: string;
  personId: string;
  /** Epoch ms; every request pushes it back by the TTL (inactivity ends a session: "提示超时"). */
  expiresAt: number;
  /** The identity picked at 身份选择, once picked. */
  role?: SubmitterRole;
  /**
   * The bridge version the host declared when it minted the auth code of this session (its
   * `auth.getSession`); absent when it did not say (an older host, the fixed demo code).
   */
  hostBridgeVersion?: string;
}

/** Options of {@link SessionStore.mintAuthCode}. */
export interface MintAuthCodeOptions {
  /** Keep it valid after use (the fixed demo code). */
  reusable?: boolean;
  /** The code itself; default a fresh random one. */
  code?: string;
  /** The bridge version of the host minting it, handed on to the session it opens. */
  hostBridgeVersion?: string;
}

/** Options of {@link createSessionStore}. */
export interface SessionStoreOptions {
  /** Clock, epoch ms. */
  now: () => number;
  /** Inactivity after which a session ends, ms. */
  sessionTtlMs: number;
  /** Lifetime of a minted auth code, ms. */
  authCodeTtlMs: number;
}

/** Auth codes (the bridge's `auth.getSession`) and bearer sessions of the mock backend, in its database. */
export interface SessionStore {
  /** A fresh single-use auth code that logs in `personId`, as the host's `auth.getSession` returns it. */
  mintAuthCode(sql: Sql, personId: string, options?: MintAuthCodeOptions): Promise<string>;
  /** Exchanges an auth code for a session; 401 when the code is unknown, used or expired. */
  exchange(sql: Sql, authCode: string): Promise<SessionRecord>;
  /** The session of an `Authorization` header (scheme `Bearer`, any case); 401 when missing, unknown or expired. */
  authenticate(sql: Sql, authorization: string | null): Promise<SessionRecord>;
  /** Records the identity picked at 身份选择 for the session. */
  selectRole(sql: Sql, session: SessionRecord, role: SubmitterRole): Promise<void>;
  /** Ends every session of every person (e.g. to try "登录超时"). */
  expireAll(sql: Sql): Promise<void>;
  /** Forgets every code and session. */
  clear(sql: Sql): Promise<void>;
}

/** Most sessions one person keeps; logging in beyond ends their oldest. */
export const MAX_SESSIONS_PER_PERSON = 20;
/** Most unused auth codes one person keeps; minting beyond drops their oldest. */
export const MAX_AUTH_CODES_PER_PERSON = 20;
/** How often a session's expiry is pushed back, at most: once a minute of activity. */
const SESSION_TOUCH_INTERVAL_MS = 60_000;
/** Longest token or code looked up; anything longer is unknown without a query. */
const MAX_TOKEN_LENGTH = 128;

const token = (prefix: string): string => `${prefix}_${randomBase64url(18)}`;

/** The message of a session that is missing or timed out, from the manual's FAQ. */
export const SESSION_TIMEOUT_MESSAGE = '长时间未操作，登录已超时，请重新登录';

const expired = (): BackendFailure => new BackendFailure(401, 'SESSION_EXPIRED', SESSION_TIMEOUT_MESSAGE);

interface SessionRow {
  token: string;
  person_id: string;
  role: SubmitterRole | null;
  expires_at: number | string;
  host_bridge_version: string | null;
}

const fromRow = (row: SessionRow): SessionRecord => ({
  token: row.token,
  personId: row.person_id,
  expiresAt: Number(row.expires_at),
  ...(row.role === null ? {} : { role: row.role }),
  ...(row.host_bridge_version === null ? {} : { hostBridgeVersion: row.host_bridge_version }),
});

/** Creates the {@link SessionStore} over the `sessions` and `auth_codes` tables. */
export function createSessionStore(options: SessionStoreOptions): SessionStore {
  return {
    async mintAuthCode(sql, personId, { reusable = false, code = token('ac'), hostBridgeVersion } = {}) {
      const at = options.now();
      await sql.query('DELETE FROM auth_codes WHERE expires_at <= $1', [at]);
      await sql.query(
        `DELETE FROM auth_codes WHERE code IN (SELECT code FROM auth_codes WHERE person_id = $1 AND NOT reusable
           ORDER BY expires_at DESC OFFSET $2)`,
        [personId, MAX_AUTH_CODES_PER_PERSON - 1],
      );
      await sql.query(
        `INSERT INTO auth_codes (code, person_id, reusable, expires_at, host_bridge_version)
         VALUES ($1, $2, $3, $4, $5)
         ON CONFLICT (code) DO UPDATE SET person_id = EXCLUDED.person_id, reusable = EXCLUDED.reusable,
           expires_at = EXCLUDED.expires_at, host_bridge_version = EXCLUDED.host_bridge_version`,
        [code, personId, reusable, reusable ? null : at + options.authCodeTtlMs, hostBridgeVersion ?? null],
      );
      return code;
    },
    async exchange(sql, authCode) {
      const at = options.now();
      const invalid = new BackendFailure(401, 'AUTH_CODE_INVALID', '登录授权已失效，请重新登录');
      if (authCode.length > MAX_TOKEN_LENGTH) throw invalid;
      // Deleting a single-use code is what uses it: two exchanges of one code cannot both succeed.
      type CodeRow = { person_id: string; host_bridge_version: string | null };
      const used = await sql.query<CodeRow>(
        `DELETE FROM auth_codes WHERE code = $1 AND NOT reusable AND expires_at > $2
         RETURNING person_id, host_bridge_version`,
        [authCode, at],
      );
      const reusable =
        used.length > 0
          ? []
          : await sql.query<CodeRow>(
              'SELECT person_id, host_bridge_version FROM auth_codes WHERE code = $1 AND reusable',
              [authCode],
            );
      const code = used[0] ?? reusable[0];
      if (code === undefined) throw invalid;
      const personId = code.person_id;
      await sql.query('DELETE FROM sessions WHERE expires_at <= $1', [at]);
      await sql.query(
        `DELETE FROM sessions WHERE token IN (SELECT token FROM sessions WHERE person_id = $1
           ORDER BY expires_at DESC OFFSET $2)`,
        [personId, MAX_SESSIONS_PER_PERSON - 1],
      );
      const session = fromRow({
        token: token('st'),
        person_id: personId,
        role: null,
        expires_at: at + options.sessionTtlMs,
        host_bridge_version: code.host_bridge_version,
      });
      await sql.query(
        'INSERT INTO sessions (token, person_id, expires_at, host_bridge_version) VALUES ($1, $2, $3, $4)',
        [session.token, session.personId, session.expiresAt, code.host_bridge_version],
      );
      return session;
    },
    async authenticate(sql, authorization) {
      const match = /^bearer[ \t]+(\S+)[ \t]*$/i.exec(authorization ?? '');
      const presented = match?.[1];
      if (presented === undefined || presented.length > MAX_TOKEN_LENGTH) throw expired();
      const at = options.now();
      const rows = await sql.query<SessionRow>(
        `SELECT token, person_id, role, expires_at, host_bridge_version FROM sessions
         WHERE token = $1 AND expires_at > $2`,
        [presented, at],
      );
      if (rows[0] === undefined) throw expired();
      const session = fromRow(rows[0]);
      // Inactivity is counted to the minute: a read does not write the session back every time.
      if (session.expiresAt - at < options.sessionTtlMs - SESSION_TOUCH_INTERVAL_MS) {
        session.expiresAt = at + options.sessionTtlMs;
        await sql.query('UPDATE sessions SET expires_at = $2 WHERE token = $1', [
          presented,
          session.expiresAt,
        ]);
      }
      return session;
    },
    async selectRole(sql, session, role) {
      await sql.query('UPDATE sessions SET role = $2 WHERE token = $1', [session.token, role]);
      session.role = role;
    },
    async expireAll(sql) {
      await sql.query('DELETE FROM sessions');
    },
    async clear(sql) {
      await sql.query('DELETE FROM sessions');
      await sql.query('DELETE FROM auth_codes');
    },
  };
}
