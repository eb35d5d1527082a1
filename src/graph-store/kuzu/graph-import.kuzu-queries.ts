import { type CypherClient } from '../cypher/cypher-client';
import {
  type GraphImportStoreQueries,
  IMPORT_BATCH_SIZE,
  importInBatches,
  type IndexedNodes,
} from '../cypher/graph-import.cypher-repository';
import { cypher, type CypherParams } from '../cypher/statement';
import { kuzuCreateNew } from './kuzu-copy';
import { rebuildFullTextIndexes } from './kuzu-full-text';

const COUNTS = cypher<{
  municipalities: number;
  collaborations: number;
  people: number;
  skills: number;
  challenges: number;
}>(`
  MATCH (m:Municipality) WITH count(m) AS municipalities
  OPTIONAL MATCH (c:Collaboration) WITH municipalities, count(c) AS collaborations
  OPTIONAL MATCH (p:Person) WITH municipalities, collaborations, count(p) AS people
  OPTIONAL MATCH (s:Skill) WITH municipalities, collaborations, people, count(s) AS skills
  OPTIONAL MATCH (ch:Challenge)
  RETURN municipalities, collaborations, people, skills, count(ch) AS challenges`);

function* batches<T>(rows: readonly T[]): Generator<T[]> {
  for (let start = 0; start < rows.length; start += IMPORT_BATCH_SIZE) {
    yield rows.slice(start, start + IMPORT_BATCH_SIZE);
  }
}

/**
 * Two Kuzu 0.11.3 defects shape how people and challenges (full-text indexed) are imported: one
 * statement that updates indexed properties of several existing nodes crashes the process, and
 * one statement that creates several nodes indexes all of them with the first node's words (after
 * which updates of those nodes crash too). So existing nodes are updated one per statement while
 * the index is sound, new ones are created in bulk, and then the table's full-text indexes are
 * rebuilt. Mutations write one node per statement and are not affected.
 */
async function upsertIndexed<T extends { id: string }>(
  client: CypherClient,
  nodes: IndexedNodes<T>,
  rows: readonly T[],
  followUps: Parameters<typeof importInBatches<T>>[1],
): Promise<void> {
  const existing = new Set<string>();
  for (const batch of batches(rows)) {
    const found = await client.read(nodes.existing, { ids: batch.map((row) => row.id) });
    for (const row of found) existing.add(row.id);
  }
  for (const batch of batches(rows.filter((row) => existing.has(row.id)))) {
    await client.write(async (tx) => {
      for (const row of batch) await tx.run(nodes.updateOne, storedFields(nodes, row));
    });
  }
  const missing = rows.filter((row) => !existing.has(row.id));
  await importInBatches(client, [nodes.createMissing], missing);
  if (missing.length > 0) await rebuildFullTextIndexes(client, nodes.label);
  await importInBatches(client, followUps, rows);
}

/** The fields of `row` that `updateOne` names (Kuzu refuses parameters a statement does not use). */
function storedFields<T extends { id: string }>(nodes: IndexedNodes<T>, row: T): CypherParams {
  const fields = row as unknown as CypherParams;
  const named = new Set([...nodes.updateOne.text.matchAll(/\$(\w+)/g)].map((match) => match[1]));
  return Object.fromEntries([...named].map((name) => [name, fields[name]]));
}

export const KUZU_GRAPH_IMPORT_QUERIES: GraphImportStoreQueries = {
  counts: COUNTS,
  createNew: kuzuCreateNew,
  upsertIndexed,
  // KNOWS is stored once per pair, from the smaller id to the larger, and read undirected.
  acquaintances: cypher(`
    UNWIND $rows AS r
    MATCH (a:Person {id: r.personId}), (b:Person {id: r.otherPersonId})
    MERGE (a)-[:KNOWS]->(b)`),
};
