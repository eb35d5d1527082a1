/** Latency figures of one measured phase. */
export interface LatencySummary {
  readonly requests: number;
  readonly errors: number;
  readonly p50Ms: number;
  readonly p95Ms: number;
  readonly p99Ms: number;
  readonly meanMs: number;
  /** Completed requests per second of wall time. */
  readonly throughput: number;
}

/** The nearest-rank percentile (p in 0..100) of ascending `sorted` values. */
export function percentile(sorted: readonly number[], p: number): number {
  if (sorted.length === 0) return Number.NaN;
  const rank = Math.ceil((p / 100) * sorted.length);
  return sorted[Math.min(sorted.length, Math.max(1, rank)) - 1];
}

export function summarise(
  latenciesMs: readonly number[],
  errors: number,
  wallMs: number,
): LatencySummary {
  const sorted = [...latenciesMs].sort((a, b) => a - b);
  const total = sorted.reduce((sum, each) => sum + each, 0);
  return {
    requests: sorted.length,
    errors,
    p50Ms: percentile(sorted, 50),
    p95Ms: percentile(sorted, 95),
    p99Ms: percentile(sorted, 99),
    meanMs: sorted.length === 0 ? Number.NaN : total / sorted.length,
    throughput: wallMs > 0 ? (sorted.length / wallMs) * 1000 : Number.NaN,
  };
}
