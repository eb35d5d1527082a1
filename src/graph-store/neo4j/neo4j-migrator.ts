import { type MigrationReport } from '../graph-store';
import { applyMigrations, type MigrationTarget } from '../migrations/migration-runner';
import { type GraphMigration } from '../migrations/migration-source';
import { type Neo4jClient } from './neo4j-client';

const LEDGER_CONSTRAINT =
  'CREATE CONSTRAINT schema_migration_id IF NOT EXISTS FOR (m:SchemaMigration) REQUIRE m.id IS UNIQUE';
const READ_LEDGER = 'MATCH (m:SchemaMigration) RETURN m.id AS id, m.checksum AS checksum';
const RECORD = `
  MERGE (m:SchemaMigration {id: $id})
  ON CREATE SET m.checksum = $checksum, m.appliedAt = datetime($at)`;

/**
 * Neo4j's ledger is a SchemaMigration node per applied file. Neo4j cannot mix schema changes with
 * data writes in one transaction, so each statement runs in its own auto-commit transaction and
 * the ledger entry follows; the migrations use IF NOT EXISTS, so a re-run after a failure (or a
 * second replica starting at the same time) is safe.
 */
export async function migrateNeo4j(
  client: Neo4jClient,
  migrations: GraphMigration[],
): Promise<MigrationReport> {
  await client.script(LEDGER_CONSTRAINT);
  const target: MigrationTarget = {
    readLedger: async () =>
      new Map(
        (await client.read(READ_LEDGER)).map((row) => [row.id as string, row.checksum as string]),
      ),
    apply: async (migration) => {
      for (const statement of migration.statements) await client.script(statement);
      await client.write((tx) =>
        tx.run(RECORD, {
          id: migration.id,
          checksum: migration.checksum,
          at: new Date().toISOString(),
        }),
      );
    },
  };
  return applyMigrations(target, migrations);
}
