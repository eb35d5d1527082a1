import { type GraphMigration } from '../migrations/migration-source';
import { GraphStoreErrorCode, GraphStoreException } from '../graph-store.exception';
import { type MigrationReport } from '../graph-store';
import { type KuzuClient } from './kuzu-client';

const CREATE_LEDGER =
  'CREATE NODE TABLE IF NOT EXISTS SchemaMigration(id STRING PRIMARY KEY, checksum STRING, appliedAt TIMESTAMP)';
const READ_LEDGER = 'MATCH (m:SchemaMigration) RETURN m.id AS id, m.checksum AS checksum';
const RECORD =
  'CREATE (:SchemaMigration {id: $id, checksum: $checksum, appliedAt: timestamp($at)})';
const EXISTING_INDEXES = 'CALL SHOW_INDEXES() RETURN index_name AS name';

/**
 * Applies the Kuzu schema migrations that the ledger (SchemaMigration nodes) does not list yet.
 * A transactional migration is applied with its ledger entry in one transaction; a
 * non-transactional one statement by statement, skipping full-text indexes that already exist,
 * and recorded at the end, so re-running after a failure is safe.
 */
export async function migrateKuzu(
  client: KuzuClient,
  migrations: GraphMigration[],
): Promise<MigrationReport> {
  await client.script(CREATE_LEDGER);
  const ledger = new Map(
    (await client.read(READ_LEDGER)).map((row) => [row.id as string, row.checksum as string]),
  );
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
      await apply(client, migration);
    } catch (error) {
      const reason = error instanceof Error ? error.message : String(error);
      throw new GraphStoreException(
        GraphStoreErrorCode.MIGRATION_FAILED,
        `Graph migration ${migration.id} failed: ${reason}`,
        { cause: error },
      );
    }
    report.applied.push(migration.id);
  }
  return report;
}

async function apply(client: KuzuClient, migration: GraphMigration): Promise<void> {
  const record = { id: migration.id, checksum: migration.checksum, at: new Date().toISOString() };
  if (migration.transactional) {
    await client.write(async (tx) => {
      for (const statement of migration.statements) await tx.run(statement);
      await tx.run(RECORD, record);
    });
    return;
  }
  const existing = new Set((await client.read(EXISTING_INDEXES)).map((row) => row.name as string));
  for (const statement of migration.statements) {
    const index = /CREATE_FTS_INDEX\(\s*'[^']+'\s*,\s*'([^']+)'/.exec(statement)?.[1];
    if (index && existing.has(index)) continue;
    await client.script(statement);
  }
  await client.write((tx) => tx.run(RECORD, record));
}
