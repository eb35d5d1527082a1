import { type LatencySummary } from './latency-stats';
import { OPERATION_NAMES } from './operations';
import { type Measurement, SERVERS } from './results';

/** A latency summary for the benchmark specs: 100 requests, no errors, unless overridden. */
export const summary = (overrides: Partial<LatencySummary> = {}): LatencySummary => ({
  requests: 100,
  errors: 0,
  p50Ms: 5,
  p95Ms: 10,
  p99Ms: 12,
  meanMs: 6,
  throughput: 100,
  ...overrides,
});

/** The service's person lookup on Kuzu at one client, unless overridden. */
export const measurement = (overrides: Partial<Measurement>): Measurement => ({
  server: SERVERS.service,
  store: 'kuzu',
  operation: OPERATION_NAMES.lookup,
  clients: 1,
  summary: summary(),
  otherCpuShare: 0,
  ...overrides,
});
