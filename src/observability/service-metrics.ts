import { collectDefaultMetrics, Counter, Gauge, Histogram, Registry } from 'prom-client';
import { type CircuitState, type StoreCircuit } from '../common/availability/store-circuit';
import { type ApiKeyCheck, type StoreQuery } from '../common/observability/instrumentation';

/** Seconds; from a cached lookup to a slow matching run. */
const OPERATION_BUCKETS = [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10];
/** Seconds; a store round trip is usually a few milliseconds. */
const QUERY_BUCKETS = [0.001, 0.0025, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5];

/** A store the service depends on, as the store-up gauge reads it at each scrape. */
export interface WatchedStore {
  readonly store: 'graph' | 'relational';
  readonly system: string;
  /** A server store's circuit breaker; null for an embedded one (up while the process runs). */
  readonly circuit: StoreCircuit | null;
}

/**
 * The service's Prometheus metrics, in a registry of its own (two applications in one process,
 * as in tests, do not share counts). Every label has a bounded set of values: operation types,
 * root fields of the schema, error codes, route patterns, never ids, names or query text.
 */
export class ServiceMetrics {
  readonly registry = new Registry();

  private readonly graphqlOperations = new Histogram({
    name: 'kennissen_graphql_operation_duration_seconds',
    help: 'GraphQL operations by type, root field and outcome (its _count is the request count)',
    labelNames: ['operation_type', 'root_field', 'outcome'],
    buckets: OPERATION_BUCKETS,
    registers: [this.registry],
  });

  private readonly graphqlErrors = new Counter({
    name: 'kennissen_graphql_errors_total',
    help: 'Errors in GraphQL responses by extensions.code',
    labelNames: ['code'],
    registers: [this.registry],
  });

  private readonly httpRequests = new Histogram({
    name: 'kennissen_http_request_duration_seconds',
    help: 'HTTP requests by method, route pattern and status code',
    labelNames: ['method', 'route', 'status'],
    buckets: OPERATION_BUCKETS,
    registers: [this.registry],
  });

  private readonly storeQueries = new Histogram({
    name: 'kennissen_store_query_duration_seconds',
    help: 'Calls to the stores by system (neo4j, kuzu, postgres, sqlite), kind and outcome',
    labelNames: ['system', 'kind', 'outcome'],
    buckets: QUERY_BUCKETS,
    registers: [this.registry],
  });

  private readonly circuitOpenings = new Counter({
    name: 'kennissen_store_circuit_openings_total',
    help: 'Times a store server was found unreachable and requests began to fail fast',
    labelNames: ['store', 'system'],
    registers: [this.registry],
  });

  private readonly rateLimitRefusals = new Counter({
    name: 'kennissen_rate_limit_refusals_total',
    help: 'Requests refused by a rate limit, by endpoint and by limit (client or address)',
    labelNames: ['endpoint', 'limit'],
    registers: [this.registry],
  });

  private readonly apiKeyChecks = new Counter({
    name: 'kennissen_api_key_checks_total',
    help: 'API key checks by result and by what the check cost (hash, cache, recheck, lookup, form)',
    labelNames: ['result', 'checked_by'],
    registers: [this.registry],
  });

  constructor(build: { version: string; graphStore: string; relationalStore: string }) {
    collectDefaultMetrics({ register: this.registry });
    new Gauge({
      name: 'kennissen_build_info',
      help: 'Always 1; the labels say which version runs on which stores',
      labelNames: ['version', 'graph_store', 'relational_store'],
      registers: [this.registry],
    }).set(
      {
        version: build.version,
        graph_store: build.graphStore,
        relational_store: build.relationalStore,
      },
      1,
    );
  }

  /** Store up/down at each scrape, and a count of each time a server's circuit opened. */
  watchStores(stores: readonly WatchedStore[]): void {
    new Gauge({
      name: 'kennissen_store_up',
      help: '1 while the store answers (its circuit breaker is closed), 0 while requests fail fast',
      labelNames: ['store', 'system'],
      registers: [this.registry],
      collect() {
        for (const { store, system, circuit } of stores) {
          this.set({ store, system }, !circuit || circuit.state === 'closed' ? 1 : 0);
        }
      },
    });
    for (const { store, system, circuit } of stores) {
      this.circuitOpenings.inc({ store, system }, 0); // present from the start, so rate() works
      let previous: CircuitState = circuit?.state ?? 'closed';
      circuit?.onChange((state) => {
        if (state === 'open' && previous === 'closed') this.circuitOpenings.inc({ store, system });
        previous = state;
      });
    }
  }

  graphqlOperation(
    labels: { operationType: string; rootField: string; ok: boolean },
    seconds: number,
  ): void {
    this.graphqlOperations.observe(
      {
        operation_type: labels.operationType,
        root_field: labels.rootField,
        outcome: labels.ok ? 'ok' : 'error',
      },
      seconds,
    );
  }

  graphqlError(code: string): void {
    this.graphqlErrors.inc({ code });
  }

  httpRequest(labels: { method: string; route: string; status: number }, seconds: number): void {
    this.httpRequests.observe(
      { method: labels.method, route: labels.route, status: String(labels.status) },
      seconds,
    );
  }

  storeQuery(query: StoreQuery, ok: boolean, seconds: number): void {
    this.storeQueries.observe(
      { system: query.system, kind: query.kind, outcome: ok ? 'ok' : 'error' },
      seconds,
    );
  }

  rateLimitRefused(endpoint: string, limit: 'client' | 'address'): void {
    this.rateLimitRefusals.inc({ endpoint, limit });
  }

  apiKeyChecked(check: ApiKeyCheck): void {
    this.apiKeyChecks.inc({ result: check.result, checked_by: check.checkedBy });
  }

  /** The Prometheus text exposition of every metric. */
  async exposition(): Promise<{ contentType: string; body: string }> {
    return { contentType: this.registry.contentType, body: await this.registry.metrics() };
  }
}
