import { type CypherClient, type CypherTransaction } from '../cypher/cypher-client';
import { type CypherDialect } from '../cypher/cypher-dialect';
import { cypher } from '../cypher/statement';
import { type GraphMigration } from './migration-source';

/**
 * The record of applied migrations, the same on every store: a SchemaMigration node per applied
 * file with its checksum (the store creates the node table or the uniqueness constraint first).
 */
const READ_LEDGER = cypher<{ id: string; checksum: string }>(
  'MATCH (m:SchemaMigration) RETURN m.id AS id, m.checksum AS checksum',
);

/** Applied migration ids with the checksum recorded when each was applied. */
export async function readLedger(client: CypherClient): Promise<Map<string, string>> {
  return new Map((await client.read(READ_LEDGER)).map((row) => [row.id, row.checksum]));
}

/** Records `migration` as applied; MERGE keeps a second replica's record from doubling it. */
export async function recordInLedger(
  tx: CypherTransaction,
  dialect: CypherDialect,
  migration: GraphMigration,
): Promise<void> {
  const record = cypher<object, { id: string; checksum: string; at: string }>(`
    MERGE (m:SchemaMigration {id: $id})
    ON CREATE SET m.checksum = $checksum, m.appliedAt = ${dialect.timestamp('$at')}`);
  await tx.run(record, {
    id: migration.id,
    checksum: migration.checksum,
    at: new Date().toISOString(),
  });
}
