import type { Sql } from '../database/sqlDatabase';
import { isRecord } from '../isRecord';
import { REQUEST_LIMITS } from '../jsonBody';

/** A reply of the mock backend: HTTP status and JSON body (none for 204). */
export interface BackendReply {
  status: number;
  body?: unknown;
}

/** The reply to a key reused for a different request (IETF draft "The Idempotency-Key HTTP Header Field"). */
export const KEY_REUSED_REPLY: BackendReply = {
  status: 422,
  body: { code: 'IDEMPOTENCY_KEY_REUSED', message: '请求内容与首次提交不一致，请重新提交' },
};

/** How long a stored reply is replayed, ms: a day covers any retry of a lost reply. */
export const IDEMPOTENCY_KEY_TTL_MS = 24 * 3_600_000;

/**
 * The 400 reply to a missing or unusable `Idempotency-Key` (longer than the request limit, or not
 * printable ASCII); undefined when the key is fine.
 */
export function idempotencyKeyProblem(key: string | null): BackendReply | undefined {
  if (key === null || key === '')
    return { status: 400, body: { code: 'IDEMPOTENCY_KEY_REQUIRED', message: '请求缺少请求标识' } };
  if (key.length > REQUEST_LIMITS.maxIdempotencyKeyLength || !/^[\x21-\x7e]+$/.test(key))
    return { status: 400, body: { code: 'IDEMPOTENCY_KEY_INVALID', message: '请求标识格式有误' } };
  return undefined;
}

/** The fields of a request that are evidence: the fix and the tickets, with their single-use nonces. */
const EVIDENCE: ReadonlySet<string> = new Set(['location', 'locationTicket', 'faceTicket']);

/**
 * What an action asks for, without the evidence each attempt brings anew (the fix, the location and
 * face tickets): a retry of the same action carries the same content and fresh evidence.
 */
function withoutEvidence(body: unknown): unknown {
  if (!isRecord(body)) return body;
  return Object.fromEntries(Object.entries(body).filter(([key]) => !EVIDENCE.has(key)));
}

/** SHA-256 (hex) of the request without its evidence: what "the same request" means for a key. */
async function fingerprint(request: readonly [unknown, unknown]): Promise<string> {
  const text = JSON.stringify([request[0], withoutEvidence(request[1])]);
  const digest = await globalThis.crypto.subtle.digest('SHA-256', new TextEncoder().encode(text));
  return [...new Uint8Array(digest)].map((byte) => byte.toString(16).padStart(2, '0')).join('');
}

/** Whose key it is and what it was sent with. */
export interface IdempotencyScope {
  personId: string;
  /** The identity of the session ('' before 身份选择): a key of one identity never replays for another. */
  role: string;
  route: string;
  key: string;
  /** Path parameters and body. */
  request: readonly [unknown, unknown];
  /** Epoch ms. */
  at: number;
}

/**
 * Runs an action once per (person, identity, route, key), inside the action's transaction: a repeat of
 * the same request replays the stored reply, so a double submit creates one declaration; the same key
 * with a different request is refused with {@link KEY_REUSED_REPLY}, never answered with the first
 * request's reply. Only successful replies (2xx) are stored, so a retry after e.g. a 422 runs again.
 * Concurrent uses of one key run one after the other (a transaction-scoped advisory lock on the key):
 * the second sees the first's stored reply and replays it.
 */
export async function replayOrRecord(
  sql: Sql,
  scope: IdempotencyScope,
  action: () => Promise<BackendReply>,
): Promise<BackendReply> {
  const print = await fingerprint(scope.request);
  const key = [scope.personId, scope.role, scope.route, scope.key];
  // One use of a key at a time: a concurrent repeat waits here until the first commits, then replays
  // its reply, instead of running the action beside it (and meeting, say, its face challenge used).
  // Taken first in the transaction, and one per transaction, so it orders before every other lock.
  await sql.query('SELECT pg_advisory_xact_lock(hashtextextended($1, 0))', [
    `idempotency:${JSON.stringify(key)}`,
  ]);
  await sql.query('DELETE FROM idempotency_keys WHERE created_at < $1', [scope.at - IDEMPOTENCY_KEY_TTL_MS]);
  const stored = await sql.query<{ fingerprint: string; status: number; body: unknown }>(
    `SELECT fingerprint, status, body FROM idempotency_keys
     WHERE person_id = $1 AND role = $2 AND route = $3 AND key = $4`,
    key,
  );
  const known = stored[0];
  if (known !== undefined) {
    if (known.fingerprint !== print) return KEY_REUSED_REPLY;
    return known.body === null ? { status: known.status } : { status: known.status, body: known.body };
  }
  const reply = await action();
  if (reply.status >= 200 && reply.status < 300) {
    await sql.query(
      `INSERT INTO idempotency_keys (person_id, role, route, key, fingerprint, status, body, created_at)
       VALUES ($1, $2, $3, $4, $5, $6, $7::jsonb, $8)`,
      [...key, print, reply.status, reply.body === undefined ? null : JSON.stringify(reply.body), scope.at],
    );
  }
  return reply;
}
