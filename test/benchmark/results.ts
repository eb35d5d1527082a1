import { type Scale } from './bench-args';
import { type DataSize } from './bench-app';
import { type LatencySummary } from './latency-stats';

/**
 * Everything one `npm run bench` measured, as written to docs/benchmarks-<scale>.json: the raw
 * numbers the Markdown report (report.ts) is rendered from.
 */
export const SERVERS = {
  service: 'Kennissen',
  neo4jGraphql: '@neo4j/graphql',
  emptyApollo: 'empty Apollo',
} as const;
export type ServerName = (typeof SERVERS)[keyof typeof SERVERS];

export interface Measurement {
  /** Which server answered: the service, or a comparison server. */
  readonly server: ServerName;
  /** The graph store the server read; "none" for the empty Apollo server. */
  readonly store: string;
  readonly operation: string;
  readonly clients: number;
  readonly summary: LatencySummary;
  /** CPU time other software used while this was measured (0..1 of all CPUs); null when unknown. */
  readonly otherCpuShare: number | null;
  /** The first failure's answer, when a request failed. */
  readonly failure?: string;
}

export interface MemoryFigures {
  /** VmHWM at the end: the peak since the process started (its start and, for Neo4j, the import). */
  readonly peakMb: number | null;
  /** The highest VmRSS sampled while the load ran. */
  readonly servingPeakMb: number | null;
}

export interface StoreRun {
  readonly store: string;
  /** Set when the store could not be benchmarked; the other fields are then null. */
  readonly skipped?: string;
  readonly size: DataSize | null;
  /** The bulk import's wall time (s); null at demo scale, where the service seeds itself. */
  readonly loadSeconds: number | null;
  /** The store's size on disk after the load (bytes). */
  readonly diskBytes: number | null;
  /** From starting the service to its first answer (s), the demo seed included at demo scale. */
  readonly startSeconds: number | null;
  readonly serviceMemory: MemoryFigures | null;
  /** Neo4j's JVM; null for Kuzu, which runs inside the service process. */
  readonly storeMemory: MemoryFigures | null;
}

export interface BenchResults {
  readonly scale: Scale;
  readonly seed: number | null;
  readonly smoke: boolean;
  readonly command: string;
  readonly date: string;
  readonly machine: {
    cpus: number;
    cpuModel: string;
    memoryGb: number;
    node: string;
    os: string;
    /** 1-minute load average before the run started anything, and at its end (its own work included). */
    load: readonly [number, number];
  };
  readonly settings: {
    warmUp: number;
    measured: number;
    /** The time cap per phase (BENCH_MAX_SECONDS), null when none. */
    maxPhaseSeconds?: number | null;
    clients: readonly number[];
  };
  /** The generated folder and how long generating it took (null: cached, or demo scale). */
  readonly dataset: { folder: string; generatedSeconds: number | null } | null;
  readonly operations: ReadonlyArray<{ server: ServerName; name: string; description: string }>;
  readonly stores: readonly StoreRun[];
  readonly measurements: readonly Measurement[];
  /** Steps that failed (a comparison server that did not start, ...): the run then fails. */
  readonly failures: readonly string[];
}

/** One row of the side-by-side table: the service against a comparison server. */
export interface ComparisonRow {
  readonly operation: string;
  readonly clients: number;
  readonly store: string;
  readonly service: LatencySummary;
  readonly other: LatencySummary;
  readonly otherServer: ServerName;
  /** Service throughput ÷ the other's: above 1, the service answers more per second. */
  readonly throughputRatio: number;
  /** Service p95 ÷ the other's: below 1, the service is faster. */
  readonly p95Ratio: number;
}

/**
 * Pairs each comparison server's measurement with the service's on the same operation, client
 * count and store (the empty Apollo floor with the service's floor on every store).
 */
export function comparisonRows(measurements: readonly Measurement[]): ComparisonRow[] {
  const service = measurements.filter((m) => m.server === SERVERS.service);
  return measurements
    .filter((m) => m.server !== SERVERS.service)
    .flatMap((other) =>
      service
        .filter(
          (own) =>
            own.operation === other.operation &&
            own.clients === other.clients &&
            (other.server === SERVERS.emptyApollo || own.store === other.store),
        )
        .map((own) => ({
          operation: other.operation,
          clients: other.clients,
          store: own.store,
          service: own.summary,
          other: other.summary,
          otherServer: other.server,
          throughputRatio: own.summary.throughput / other.summary.throughput,
          p95Ratio: own.summary.p95Ms / other.summary.p95Ms,
        })),
    );
}
