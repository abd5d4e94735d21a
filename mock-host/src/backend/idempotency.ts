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

/**
 * Remembers the reply of each action by `Idempotency-Key`, scoped by person and route: the same key
 * on the same route by the same person replays the first reply, so a double submit creates one
 * declaration. A request that arrives while the first is still running waits for it. The same key with
 * a different request (`fingerprint`) is refused with {@link KEY_REUSED_REPLY}, never answered with the
 * first request's reply. Failed replies (not 2xx) are forgotten, so a retry with the same key after
 * e.g. a 422 runs again.
 */
export interface IdempotencyStore {
  /** Runs `action` once per (person, route, key) and answers every repeat of the same request with its reply. */
  run(
    scope: { personId: string; route: string; key: string; fingerprint: string },
    action: () => Promise<BackendReply>,
  ): Promise<BackendReply>;
  /** Forgets every key. */
  clear(): void;
}

/** Creates an in-memory {@link IdempotencyStore}. */
export function createIdempotencyStore(): IdempotencyStore {
  const replies = new Map<string, { fingerprint: string; reply: Promise<BackendReply> }>();
  return {
    run({ personId, route, key, fingerprint }, action) {
      const id = JSON.stringify([personId, route, key]);
      const known = replies.get(id);
      if (known !== undefined) {
        return known.fingerprint === fingerprint ? known.reply : Promise.resolve(KEY_REUSED_REPLY);
      }
      const reply = action().then((result) => {
        if (result.status < 200 || result.status >= 300) replies.delete(id);
        return result;
      });
      replies.set(id, { fingerprint, reply });
      // A rejected action is a bug, not a reply: forget it too.
      reply.catch(() => replies.delete(id));
      return reply;
    },
    clear: () => {
      replies.clear();
    },
  };
}
