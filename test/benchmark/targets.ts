import { OPERATION_NAMES } from './operations';
import { type BenchResults, comparisonRows, type Measurement, SERVERS } from './results';

/**
 * The design brief's targets (issue 11, "National scale"; skillGaps from issue 10), judged on one
 * run's results. Pure, so that each verdict's arithmetic is specified (targets.spec.ts).
 */
export type VerdictStatus = 'met' | 'missed' | 'not measured' | 'stated';

export interface Verdict {
  /** The target as the brief puts it. */
  readonly target: string;
  /** What was judged: store and client count. */
  readonly subject: string;
  readonly status: VerdictStatus;
  /** The number and by how much it is met or missed. */
  readonly detail: string;
}

export const LIMITS = {
  recommendP95Ms: 100,
  lookupP95Ms: 10,
  gapsP95Ms: 300,
  throughputVsNeo4jGraphql: 2,
  loadSeconds: { kuzu: 60, neo4j: 300 } as Record<string, number>,
  kuzuServiceRssMb: 1.5 * 1024,
} as const;

const fixed = (value: number, digits = 1): string => value.toFixed(digits);
const clientsText = (n: number): string => `${n} client${n === 1 ? '' : 's'}`;

/** A value against an upper limit: met when at or under it, and by how much either way. */
export function atMost(
  value: number,
  limit: number,
  unit: string,
): Omit<Verdict, 'target' | 'subject'> {
  if (Number.isNaN(value)) return { status: 'not measured', detail: 'no value' };
  const gap = Math.abs(limit - value);
  const share = fixed((gap / limit) * 100, 0);
  const within = value <= limit;
  return {
    status: within ? 'met' : 'missed',
    detail: `${fixed(value)} ${unit}, ${fixed(gap)} ${unit} (${share} %) ${within ? 'under' : 'over'} the ${limit} ${unit} limit`,
  };
}

/** A ratio against a lower limit (e.g. at least 2× the throughput). */
export function atLeast(ratio: number, limit: number): Omit<Verdict, 'target' | 'subject'> {
  if (!Number.isFinite(ratio)) return { status: 'not measured', detail: 'no value' };
  const share = fixed((Math.abs(ratio - limit) / limit) * 100, 0);
  const reached = ratio >= limit;
  return {
    status: reached ? 'met' : 'missed',
    detail: `${fixed(ratio, 2)}×, ${share} % ${reached ? 'above' : 'below'} the ${limit}× target`,
  };
}

export function verdicts(results: BenchResults): Verdict[] {
  const measured = results.stores.filter((run) => !run.skipped);
  const find = (store: string, operation: string, clients: number): Measurement | undefined =>
    results.measurements.find(
      (m) =>
        m.server === SERVERS.service &&
        m.store === store &&
        m.operation === operation &&
        m.clients === clients,
    );
  const p95 = (
    target: string,
    store: string,
    operation: string,
    clients: number,
    limit: number,
  ): Verdict => {
    const m = find(store, operation, clients);
    const subject = `${store}, ${clientsText(clients)}`;
    if (!m) return { target, subject, status: 'not measured', detail: 'no such measurement' };
    const errors = m.summary.errors > 0 ? ` (${m.summary.errors} failed requests)` : '';
    const judged = atMost(m.summary.p95Ms, limit, 'ms');
    return { target, subject, ...judged, detail: `p95 ${judged.detail}${errors}` };
  };

  const list: Verdict[] = [];
  for (const operation of [
    OPERATION_NAMES.recommendChallenge,
    OPERATION_NAMES.recommendDescription,
  ]) {
    for (const { store } of measured) {
      list.push(
        p95(
          `\`${operation}\` p95 ≤ ${LIMITS.recommendP95Ms} ms at 8 clients`,
          store,
          operation,
          8,
          LIMITS.recommendP95Ms,
        ),
      );
    }
  }
  for (const { store } of measured) {
    list.push(
      p95(
        `person lookup p95 ≤ ${LIMITS.lookupP95Ms} ms at 1 client`,
        store,
        OPERATION_NAMES.lookup,
        1,
        LIMITS.lookupP95Ms,
      ),
    );
  }
  const rows = comparisonRows(results.measurements);
  for (const operation of [OPERATION_NAMES.lookup, OPERATION_NAMES.filter]) {
    const target = `${operation} ≥ ${LIMITS.throughputVsNeo4jGraphql}× the throughput of @neo4j/graphql`;
    const compared = rows.filter(
      (row) => row.otherServer === SERVERS.neo4jGraphql && row.operation === operation,
    );
    if (compared.length === 0)
      list.push({
        target,
        subject: 'neo4j',
        status: 'not measured',
        detail: 'no @neo4j/graphql measurement',
      });
    for (const row of compared) {
      const judged = atLeast(row.throughputRatio, LIMITS.throughputVsNeo4jGraphql);
      list.push({
        target,
        subject: `${row.store}, ${clientsText(row.clients)}`,
        ...judged,
        detail: `${fixed(row.service.throughput, 0)}/s against ${fixed(row.other.throughput, 0)}/s: ${judged.detail}`,
      });
    }
  }
  for (const row of rows.filter(
    (each) => each.otherServer === SERVERS.emptyApollo && each.clients === 1,
  )) {
    list.push({
      target: 'per-request overhead of the service (its floor against an empty Apollo Server)',
      subject: `${row.store}, 1 client`,
      status: 'stated',
      detail: `p50 ${fixed(row.service.p50Ms, 2)} ms against ${fixed(row.other.p50Ms, 2)} ms: ${fixed(row.service.p50Ms - row.other.p50Ms, 2)} ms more per request; ${fixed(row.service.throughput, 0)}/s against ${fixed(row.other.throughput, 0)}/s (${fixed(row.throughputRatio, 2)}×)`,
    });
  }
  for (const run of measured) {
    const limit = LIMITS.loadSeconds[run.store];
    if (limit === undefined) continue;
    const target = `load into ${run.store} ≤ ${limit} s`;
    if (run.loadSeconds === null) {
      list.push({
        target,
        subject: run.store,
        status: 'not measured',
        detail: 'the demo population is seeded by the service, not imported',
      });
    } else {
      list.push({ target, subject: run.store, ...atMost(run.loadSeconds, limit, 's') });
    }
  }
  for (const run of measured.filter(({ store }) => store === 'kuzu')) {
    const target = 'service RSS ≤ 1.5 GB on Kuzu (peak, store included)';
    const peak = run.serviceMemory?.peakMb ?? null;
    list.push(
      peak === null
        ? { target, subject: 'kuzu', status: 'not measured', detail: 'no /proc here' }
        : { target, subject: 'kuzu', ...atMost(peak, LIMITS.kuzuServiceRssMb, 'MB') },
    );
  }
  if (results.scale === 'demo') {
    for (const operation of [OPERATION_NAMES.gapsCollaboration, OPERATION_NAMES.gapsMunicipality]) {
      for (const { store } of measured) {
        list.push(
          p95(
            `\`${operation}\` p95 ≤ ${LIMITS.gapsP95Ms} ms at demo scale, 1 client`,
            store,
            operation,
            1,
            LIMITS.gapsP95Ms,
          ),
        );
      }
    }
  }
  return list;
}
