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
  abstract close(): Promise<void>;
}
