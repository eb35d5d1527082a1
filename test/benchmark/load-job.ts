import { type LatencySummary } from './latency-stats';

/** One measured phase, as data for the client process (load-client.ts). */
export interface LoadJob {
  /** http://127.0.0.1:<port>/graphql */
  readonly url: string;
  /** E.g. the service's `authorization: Bearer <key>`; none for the comparison servers. */
  readonly headers: Readonly<Record<string, string>>;
  /** JSON request bodies, sent in turn (deterministic, so runs are comparable). */
  readonly bodies: readonly string[];
  readonly clients: number;
  readonly warmUpRequests: number;
  readonly measuredRequests: number;
  /** Each phase stops after this many seconds with the answers it has; null: no cap. */
  readonly maxPhaseSeconds: number | null;
  /** A request slower than this counts as an error. */
  readonly timeoutSeconds: number;
  /** The benchmark's own processes (service, Neo4j, servers), whose CPU time is not "other". */
  readonly watchPids: readonly number[];
}

export interface PhaseResult {
  readonly summary: LatencySummary;
  /** The share of CPU time that processes other than the client and `watchPids` used; null off Linux. */
  readonly otherCpuShare: number | null;
  /** The first failure's answer or reason, when a request failed. */
  readonly failure?: string;
}
