import type { SubmitterRole } from '@hushi/sdk';
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

/** Auth codes (the bridge's `auth.getSession`) and bearer sessions of the mock backend. */
export interface SessionStore {
  /**
   * A fresh single-use auth code that logs in `personId`, as the host's `auth.getSession` returns it.
   * @param options.reusable keep it valid after use (the fixed demo code)
   */
  mintAuthCode(personId: string, options?: { reusable?: boolean; code?: string }): string;
  /** Exchanges an auth code for a session; 401 when the code is unknown, used or expired. */
  exchange(authCode: string): SessionRecord;
  /** The session of an `Authorization` header; 401 when missing, unknown or expired. */
  authenticate(authorization: string | null): SessionRecord;
  /** Ends every session of every person (e.g. to try "登录超时"). */
  expireAll(): void;
  /** Forgets every code and session. */
  clear(): void;
}

const token = (prefix: string): string => `${prefix}_${randomBase64url(18)}`;

/** The message of a session that is missing or timed out, from the manual's FAQ. */
export const SESSION_TIMEOUT_MESSAGE = '长时间未操作，登录已超时，请重新登录';

/** Creates an in-memory {@link SessionStore}. */
export function createSessionStore(options: SessionStoreOptions): SessionStore {
  const codes = new Map<string, { personId: string; expiresAt: number; reusable: boolean }>();
  const sessions = new Map<string, SessionRecord>();
  return {
    mintAuthCode(personId, { reusable = false, code = token('ac') } = {}) {
      codes.set(code, {
        personId,
        reusable,
        expiresAt: reusable ? Number.POSITIVE_INFINITY : options.now() + options.authCodeTtlMs,
      });
      return code;
    },
    exchange(authCode) {
      const entry = codes.get(authCode);
      if (entry === undefined || entry.expiresAt <= options.now()) {
        throw new BackendFailure(401, 'AUTH_CODE_INVALID', '登录授权已失效，请重新登录');
      }
      if (!entry.reusable) codes.delete(authCode);
      const session: SessionRecord = {
        token: token('st'),
        personId: entry.personId,
        expiresAt: options.now() + options.sessionTtlMs,
      };
      sessions.set(session.token, session);
      return session;
    },
    authenticate(authorization) {
      const match = /^Bearer (\S+)$/.exec(authorization ?? '');
      const session = match?.[1] === undefined ? undefined : sessions.get(match[1]);
      if (session === undefined || session.expiresAt <= options.now()) {
        if (session !== undefined) sessions.delete(session.token);
        throw new BackendFailure(401, 'SESSION_EXPIRED', SESSION_TIMEOUT_MESSAGE);
      }
      session.expiresAt = options.now() + options.sessionTtlMs;
      return session;
    },
    expireAll: () => {
      sessions.clear();
    },
    clear() {
      codes.clear();
      sessions.clear();
    },
  };
}
