// A closed-loop load: a few clients, each sending its next request when the last one is answered.
import type { HttpReply } from './httpCaller';

/** Throughput and latency of one load. */
export interface LoadResult {
  requests: number;
  reqPerSec: number;
  p50Ms: number;
  p99Ms: number;
}

/** The `q` quantile of sorted values (nearest rank). */
export function quantile(sorted: readonly number[], q: number): number {
  return sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil(q * sorted.length) - 1))] ?? NaN;
}

/**
 * Sends `requests` requests from `clients` concurrent clients; `send(i)` makes request `i`, whose reply
 * must have status `expected`.
 * @throws Error on the first other status (figures of a load that failed would mean nothing).
 */
export async function runLoad(
  requests: number,
  clients: number,
  expected: number,
  send: (i: number) => Promise<HttpReply>,
): Promise<LoadResult> {
  const latencies: number[] = [];
  let next = 0;
  const client = async (): Promise<void> => {
    while (next < requests) {
      const i = next++;
      const start = performance.now();
      const reply = await send(i);
      latencies.push(performance.now() - start);
      if (reply.status !== expected)
        throw new Error(
          `request ${i}: status ${reply.status}, expected ${expected}: ${JSON.stringify(reply.body)}`,
        );
    }
  };
  const start = performance.now();
  await Promise.all(Array.from({ length: clients }, client));
  const seconds = (performance.now() - start) / 1000;
  latencies.sort((a, b) => a - b);
  return {
    requests,
    reqPerSec: requests / seconds,
    p50Ms: quantile(latencies, 0.5),
    p99Ms: quantile(latencies, 0.99),
  };
}

/**
 * Runs `step(client)` from `clients` concurrent clients (numbered from 0) until `durationMs` has passed
 * (each client finishes the step it is in); returns how many steps were done.
 */
export async function runFor(
  durationMs: number,
  clients: number,
  step: (client: number) => Promise<void>,
): Promise<number> {
  const end = performance.now() + durationMs;
  let steps = 0;
  const client = async (_: unknown, index: number): Promise<void> => {
    while (performance.now() < end) {
      await step(index);
      steps += 1;
    }
  };
  await Promise.all(Array.from({ length: clients }, client));
  return steps;
}
