import { type StoreCircuit } from '../common/availability/store-circuit';

/**
 * The lifecycle of whichever graph database is configured: schema migrations at start,
 * a readiness probe, and an orderly close. Repository ports per aggregate live with their features.
 */
export abstract class GraphStore {
  /** Human-readable store name for logs and health ("kuzu", "neo4j"). */
  abstract readonly name: string;
  /**
   * Whether the service may start while this store is unreachable and bring it up to date when
   * it comes back (a server such as Neo4j), instead of refusing to start (an embedded store).
   */
  readonly canStartUnavailable: boolean = false;
  /** Applies pending schema migrations; throws GraphStoreException(MIGRATION_FAILED) on failure. */
  abstract migrate(): Promise<MigrationReport>;
  /** True when a trivial query succeeds now. */
  abstract isReady(): Promise<boolean>;
  /** The circuit breaker of a server store, for metrics; null for an embedded store. */
  get circuit(): StoreCircuit | null {
    return null;
  }
  abstract close(): Promise<void>;
}

export interface MigrationReport {
  readonly applied: string[];
  readonly alreadyApplied: string[];
}
