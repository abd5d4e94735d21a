/**
 * The measuring harness of `npm run bench`: runs an operation in batches and reports the median time of
 * one operation. Batching makes sub-microsecond operations measurable with a nanosecond clock.
 */

/** Options of {@link measure}. */
export interface MeasureOptions {
  /** Operations timed together in one sample. */
  batch?: number;
  /** Samples taken (the median is over these). */
  samples?: number;
  /** Untimed batches run first, to let the JIT settle. */
  warmupBatches?: number;
}

/** Timing of one operation. */
export interface Measurement {
  name: string;
  medianNs: number;
  p90Ns: number;
  operations: number;
}

/** Times `operation` (sync or async) and returns the median and p90 time of one call. */
export async function measure(
  name: string,
  operation: () => unknown,
  { batch = 100, samples = 200, warmupBatches = 20 }: MeasureOptions = {},
): Promise<Measurement> {
  const runBatch = async (): Promise<void> => {
    for (let i = 0; i < batch; i += 1) {
      const result = operation();
      if (result instanceof Promise) await result;
    }
  };
  for (let i = 0; i < warmupBatches; i += 1) await runBatch();
  const perOperation: number[] = [];
  for (let i = 0; i < samples; i += 1) {
    const start = process.hrtime.bigint();
    await runBatch();
    perOperation.push(Number(process.hrtime.bigint() - start) / batch);
  }
  perOperation.sort((a, b) => a - b);
  const at = (q: number): number =>
    perOperation[Math.min(perOperation.length - 1, Math.floor(q * perOperation.length))] ?? NaN;
  return { name, medianNs: at(0.5), p90Ns: at(0.9), operations: batch * samples };
}

/** Formats nanoseconds in the most readable unit. */
export function formatNs(ns: number): string {
  if (ns >= 1e6) return `${(ns / 1e6).toFixed(2)} ms`;
  if (ns >= 1e3) return `${(ns / 1e3).toFixed(2)} µs`;
  return `${ns.toFixed(0)} ns`;
}

/**
 * Prints one measurement against its target and returns whether the median met it.
 * @example report(await measure('call()', () => bridge.call('app.close', {})), 50_000)
 */
export function report(result: Measurement, targetMedianNs?: number): boolean {
  const met = targetMedianNs === undefined || result.medianNs <= targetMedianNs;
  const target =
    targetMedianNs === undefined ? '' : ` (target ≤ ${formatNs(targetMedianNs)}: ${met ? 'met' : 'MISSED'})`;
  console.log(
    `${result.name}: median ${formatNs(result.medianNs)}, p90 ${formatNs(result.p90Ns)} over ${result.operations} runs${target}`,
  );
  return met;
}
