/** The store engines a query can go to, as metrics and traces name them. */
export type StoreSystem = 'neo4j' | 'kuzu' | 'postgres' | 'sqlite';

/** One call to a store: a read, a write (a whole transaction) or a schema change. */
export interface StoreQuery {
  readonly system: StoreSystem;
  readonly kind: 'read' | 'write' | 'schema';
  /** The statement as written, for traces: never its parameters, which may be personal data. */
  readonly text?: string;
}

/** How an API key check ended, and what it cost: an Argon2 hash, a cached verification, a re-read. */
export interface ApiKeyCheck {
  readonly result: 'accepted' | 'invalid' | 'malformed' | 'revoked' | 'expired';
  readonly checkedBy: 'hash' | 'cache' | 'recheck' | 'lookup' | 'form';
}

/**
 * What the service reports for its metrics and traces (src/observability implements it). The
 * stores and features report through this port, so they know nothing of Prometheus or
 * OpenTelemetry; where nothing is wired in (the command-line tools, unit tests) nothing is reported.
 */
export abstract class Instrumentation {
  /** Runs `run`, timing it (and tracing it, when tracing is on) as one store call. */
  abstract storeQuery<T>(query: StoreQuery, run: () => Promise<T>): Promise<T>;
  abstract apiKeyChecked(check: ApiKeyCheck): void;
  /** A request refused by the per-client or the per-address rate limit of an endpoint. */
  abstract rateLimitRefused(endpoint: string, limit: 'client' | 'address'): void;
}

/** Reports nothing; tests spread it and replace what they watch. */
export const NO_INSTRUMENTATION = {
  storeQuery: <T>(_query: StoreQuery, run: () => Promise<T>): Promise<T> => run(),
  apiKeyChecked: (_check: ApiKeyCheck): void => undefined,
  rateLimitRefused: (_endpoint: string, _limit: 'client' | 'address'): void => undefined,
} satisfies Instrumentation;
