import { type MigrationReport } from '../graph-store';
import { readLedger, recordInLedger } from '../migrations/ledger';
import { applyMigrations } from '../migrations/migration-runner';
import { type GraphMigration } from '../migrations/migration-source';
import { type Neo4jClient } from './neo4j-client';
import { NEO4J_DIALECT } from './neo4j-dialect';

const LEDGER_CONSTRAINT =
  'CREATE CONSTRAINT schema_migration_id IF NOT EXISTS FOR (m:SchemaMigration) REQUIRE m.id IS UNIQUE';

/**
 * Verifies the server answers first (a clear UNAVAILABLE if not). Neo4j cannot mix schema changes
 * with data writes in one transaction, so each statement runs in its own auto-commit transaction
 * and the ledger entry follows; the migrations use IF NOT EXISTS, so a re-run after a failure (or
 * a second replica starting at the same time) is safe.
 */
export async function migrateNeo4j(
  client: Neo4jClient,
  migrations: readonly GraphMigration[],
): Promise<MigrationReport> {
  await client.verifyConnectivity();
  await client.script(LEDGER_CONSTRAINT);
  return applyMigrations(
    {
      readLedger: () => readLedger(client),
      apply: async (migration) => {
        for (const statement of migration.statements) await client.script(statement);
        await client.write((tx) => recordInLedger(tx, NEO4J_DIALECT, migration));
      },
    },
    migrations,
  );
}
