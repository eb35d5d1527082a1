import { type CypherClient } from '../cypher/cypher-client';
import { cypher } from '../cypher/statement';

const TABLE_INDEXES = cypher<{
  tableName: string;
  indexName: string;
  indexType: string;
  definition: string;
}>(
  'CALL SHOW_INDEXES() RETURN table_name AS tableName, index_name AS indexName, index_type AS indexType, index_definition AS definition',
);

/** A table's full-text indexes: their names and the statements that created them. */
export async function fullTextIndexes(
  client: CypherClient,
  table: string,
): Promise<Array<{ indexName: string; definition: string }>> {
  return (await client.read(TABLE_INDEXES)).filter(
    (index) => index.tableName === table && index.indexType === 'FTS',
  );
}

/**
 * Runs `work` with the table's full-text indexes dropped, and re-creates them from their own
 * recorded definitions afterwards, also when `work` fails (so the migration files stay the only
 * place that defines them). Kuzu builds them only in auto-commit mode; queries on the index fail
 * meanwhile, which happens only while importing (at start, or with the service stopped).
 */
export async function withoutFullTextIndexes<T>(
  client: CypherClient,
  table: string,
  work: () => Promise<T>,
): Promise<T> {
  const indexes = await fullTextIndexes(client, table);
  for (const index of indexes) {
    await client.script(`CALL DROP_FTS_INDEX('${table}', '${index.indexName}')`);
  }
  try {
    return await work();
  } finally {
    for (const index of indexes) await client.script(index.definition);
  }
}

/** Drops and re-creates the full-text indexes of one table (see withoutFullTextIndexes). */
export async function rebuildFullTextIndexes(client: CypherClient, table: string): Promise<void> {
  await withoutFullTextIndexes(client, table, () => Promise.resolve());
}
