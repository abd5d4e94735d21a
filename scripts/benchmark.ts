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

/** The two timings of {@link measurePair} and the ratio of the second to the first. */
export interface PairedMeasurement {
  base: Measurement;
  other: Measurement;
  /** Median over the alternating batch pairs of other / base, with its quartiles. */
  ratio: { median: number; lower: number; upper: number };
  /** Number of batch pairs. */
  pairs: number;
}

/** The `q`-quantile of `values` (0 ≤ q ≤ 1), by the nearest rank below. */
function quantile(values: readonly number[], q: number): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))] ?? NaN;
}

/**
 * Times two synchronous operations in alternating batches, so that other work on the machine slows both
 * alike, and returns each one's median and p90 and the ratio other / base: the median of the batch pairs'
 * ratios, with its quartiles. A ratio measured this way holds on a busy machine, where two separate
 * {@link measure} runs can differ by half.
 * @example const { ratio } = measurePair('WGS-84', () => check(wgs()), 'GCJ-02', () => check(gcj()))
 */
export function measurePair(
  baseName: string,
  base: () => unknown,
  otherName: string,
  other: () => unknown,
  { batch = 1_000, samples = 300, warmupBatches = 20 }: MeasureOptions = {},
): PairedMeasurement {
  const timeBatch = (operation: () => unknown): number => {
    const start = process.hrtime.bigint();
    for (let i = 0; i < batch; i += 1) operation();
    return Number(process.hrtime.bigint() - start) / batch;
  };
  for (let i = 0; i < warmupBatches; i += 1) {
    timeBatch(base);
    timeBatch(other);
  }
  const baseNs: number[] = [];
  const otherNs: number[] = [];
  const ratios: number[] = [];
  for (let i = 0; i < samples; i += 1) {
    const b = timeBatch(base);
    const o = timeBatch(other);
    baseNs.push(b);
    otherNs.push(o);
    ratios.push(o / b);
  }
  const summary = (name: string, values: readonly number[]): Measurement => ({
    name,
    medianNs: quantile(values, 0.5),
    p90Ns: quantile(values, 0.9),
    operations: values.length * batch,
  });
  return {
    base: summary(baseName, baseNs),
    other: summary(otherName, otherNs),
    ratio: { median: quantile(ratios, 0.5), lower: quantile(ratios, 0.25), upper: quantile(ratios, 0.75) },
    pairs: samples,
  };
}
