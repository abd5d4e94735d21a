/**
 * A fresh `Idempotency-Key` for one logical action (a 申报, 修改, 变更, 撤销 or 认证): a UUID v4 where the
 * runtime has `crypto.randomUUID`, else a time-and-random key of the same length. Send the same key
 * again on every retry of that action, so the backend does it once.
 */
export function createIdempotencyKey(): string {
  const cryptoApi = (globalThis as { crypto?: { randomUUID?: () => string } }).crypto;
  if (typeof cryptoApi?.randomUUID === 'function') return cryptoApi.randomUUID();
  // Mini-program runtimes may lack crypto: time keeps keys of different moments apart, random the rest.
  let random = '';
  while (random.length < 24) random += Math.random().toString(36).slice(2);
  return `${Date.now().toString(36)}-${random.slice(0, 24)}`.padEnd(36, '0');
}
