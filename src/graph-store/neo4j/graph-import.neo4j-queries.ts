import {
  type GraphImportStoreQueries,
  importInBatches,
} from '../cypher/graph-import.cypher-repository';
import { cypher } from '../cypher/statement';

export const NEO4J_GRAPH_IMPORT_QUERIES: GraphImportStoreQueries = {
  // COUNT { } on a single label is answered from Neo4j's count store, without scanning.
  counts: cypher(`
    RETURN COUNT { (:Municipality) } AS municipalities,
           COUNT { (:Collaboration) } AS collaborations,
           COUNT { (:Person) } AS people,
           COUNT { (:Skill) } AS skills,
           COUNT { (:Challenge) } AS challenges`),

  // MERGE and SET keep the full-text index right in bulk; a node and what follows it (its
  // WORKS_AT, FACES) land in the same transaction.
  // Batched UNWIND MERGE is Neo4j's bulk path already.
  createNew: null,

  upsertIndexed: (client, nodes, rows, followUps) =>
    importInBatches(client, [nodes.upsert, ...followUps], rows),

  // KNOWS is stored once per pair, from the smaller id to the larger (the rows arrive in that
  // order), and read undirected. The undirected MERGE also finds a pair stored the other way
  // round, so it never adds a second KNOWS to a pair.
  acquaintances: cypher(`
    UNWIND $rows AS r
    MATCH (a:Person {id: r.personId}), (b:Person {id: r.otherPersonId})
    MERGE (a)-[:KNOWS]-(b)`),
};
