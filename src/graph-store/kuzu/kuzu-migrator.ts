import { type MigrationReport } from '../graph-store';
import { cypher } from '../cypher/statement';
import { readLedger, recordInLedger } from '../migrations/ledger';
import { applyMigrations } from '../migrations/migration-runner';
import { type GraphMigration } from '../migrations/migration-source';
import { type KuzuClient } from './kuzu-client';
import { KUZU_DIALECT } from './kuzu-dialect';

const CREATE_LEDGER =
  'CREATE NODE TABLE IF NOT EXISTS SchemaMigration(id STRING PRIMARY KEY, checksum STRING, appliedAt TIMESTAMP)';
const EXISTING_INDEXES = cypher<{ name: string }>('CALL SHOW_INDEXES() RETURN index_name AS name');

/**
 * A transactional migration is applied with its ledger entry in one transaction; a
 * non-transactional one (full-text indexes, which Kuzu builds only in auto-commit mode) statement
 * by statement, skipping indexes that already exist, and recorded at the end, so re-running after
 * a failure is safe.
 */
export async function migrateKuzu(
  client: KuzuClient,
  migrations: readonly GraphMigration[],
): Promise<MigrationReport> {
  await client.script(CREATE_LEDGER);
  return applyMigrations(
    { readLedger: () => readLedger(client), apply: (migration) => apply(client, migration) },
    migrations,
  );
}

async function apply(client: KuzuClient, migration: GraphMigration): Promise<void> {
  if (migration.transactional) {
    await client.write(async (tx) => {
      for (const statement of migration.statements) await tx.run(cypher(statement));
      await recordInLedger(tx, KUZU_DIALECT, migration);
    });
    return;
  }
  const existing = new Set((await client.read(EXISTING_INDEXES)).map((row) => row.name));
  for (const statement of migration.statements) {
    const index = /CREATE_FTS_INDEX\(\s*'[^']+'\s*,\s*'([^']+)'/.exec(statement)?.[1];
    if (index && existing.has(index)) continue;
    await client.script(statement);
  }
  await client.write((tx) => recordInLedger(tx, KUZU_DIALECT, migration));
}
