import { type MigrationReport } from '../graph-store';
import { applyMigrations, type MigrationTarget } from '../migrations/migration-runner';
import { type GraphMigration } from '../migrations/migration-source';
import { type KuzuClient } from './kuzu-client';

const CREATE_LEDGER =
  'CREATE NODE TABLE IF NOT EXISTS SchemaMigration(id STRING PRIMARY KEY, checksum STRING, appliedAt TIMESTAMP)';
const READ_LEDGER = 'MATCH (m:SchemaMigration) RETURN m.id AS id, m.checksum AS checksum';
const RECORD =
  'CREATE (:SchemaMigration {id: $id, checksum: $checksum, appliedAt: timestamp($at)})';
const EXISTING_INDEXES = 'CALL SHOW_INDEXES() RETURN index_name AS name';

/**
 * Kuzu's ledger is a SchemaMigration node table. A transactional migration is applied with its
 * ledger entry in one transaction; a non-transactional one (full-text indexes, which Kuzu builds
 * only in auto-commit mode) statement by statement, skipping indexes that already exist, and
 * recorded at the end, so re-running after a failure is safe.
 */
export async function migrateKuzu(
  client: KuzuClient,
  migrations: GraphMigration[],
): Promise<MigrationReport> {
  await client.script(CREATE_LEDGER);
  const target: MigrationTarget = {
    readLedger: async () =>
      new Map(
        (await client.read(READ_LEDGER)).map((row) => [row.id as string, row.checksum as string]),
      ),
    apply: (migration) => apply(client, migration),
  };
  return applyMigrations(target, migrations);
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
