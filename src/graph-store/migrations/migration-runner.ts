import { GraphStoreErrorCode, GraphStoreException } from '../graph-store.exception';
import { type MigrationReport } from '../graph-store';
import { type GraphMigration } from './migration-source';

/** What a store offers the runner: its ledger of applied migrations and a way to apply one. */
export interface MigrationTarget {
  /** Applied migration ids with the checksum recorded when each was applied. */
  readLedger(): Promise<Map<string, string>>;
  /** Applies one migration and records it in the ledger; safe to repeat after a failure. */
  apply(migration: GraphMigration): Promise<void>;
}

/**
 * The runner semantics shared by every graph store: migrations apply in version order, each
 * applied one is recorded with its checksum, an applied file that was edited afterwards stops
 * the start, and any failure stops it with the migration's name and the store's reason.
 */
export async function applyMigrations(
  target: MigrationTarget,
  migrations: readonly GraphMigration[],
): Promise<MigrationReport> {
  const ledger = await target.readLedger();
  const report: MigrationReport = { applied: [], alreadyApplied: [] };
  for (const migration of migrations) {
    const recorded = ledger.get(migration.id);
    if (recorded !== undefined) {
      if (recorded !== migration.checksum) {
        throw new GraphStoreException(
          GraphStoreErrorCode.MIGRATION_FAILED,
          `Graph migration ${migration.id} was changed after it was applied. Restore the original file and add the change as a new migration.`,
        );
      }
      report.alreadyApplied.push(migration.id);
      continue;
    }
    try {
      await target.apply(migration);
    } catch (error) {
      if (error instanceof GraphStoreException && error.code === GraphStoreErrorCode.UNAVAILABLE)
        throw error;
      const reason = (error as { message?: unknown } | null)?.message;
      throw new GraphStoreException(
        GraphStoreErrorCode.MIGRATION_FAILED,
        `Graph migration ${migration.id} failed: ${typeof reason === 'string' ? reason : String(error)}`,
        { cause: error },
      );
    }
    report.applied.push(migration.id);
  }
  return report;
}
