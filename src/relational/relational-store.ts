import { type StoreCircuit } from '../common/availability/store-circuit';
import { type RelationalDriver } from './database-url';

/**
 * The lifecycle of the relational database (operational records): a readiness probe and an
 * orderly close. Opening and migrating happen when the module starts; repository ports per
 * aggregate live with their features.
 */
export abstract class RelationalStore {
  /** Which database is behind it, for logs and health. */
  abstract readonly driver: RelationalDriver;
  /** True when a trivial query succeeds now. */
  abstract isReady(): Promise<boolean>;
  /** The circuit breaker in front of a server (PostgreSQL), for metrics; null for SQLite. */
  abstract readonly circuit: StoreCircuit | null;
  abstract close(): Promise<void>;
}
