import { type MatchingStoreQueries } from '../cypher/matching.cypher-repository';
import { cypher, cypherEachId } from '../cypher/statement';

export const NEO4J_MATCHING_QUERIES: MatchingStoreQueries = {
  challengesRequiring: cypher(`
    UNWIND $ids AS skillId
    CALL (skillId) {
      MATCH (c:Challenge)-[:REQUIRES]->(:Skill {id: skillId})
      WHERE $excludeId IS NULL OR c.id <> $excludeId
      WITH c ORDER BY c.createdAt DESC, c.id LIMIT $perSkill
      RETURN collect(c.id) AS challengeIds
    }
    RETURN skillId, challengeIds`),

  skillHolders: cypher(`
    UNWIND $ids AS skillId
    CALL (skillId) {
      MATCH (p:Person)-[h:HAS_SKILL]->(:Skill {id: skillId})
      WITH p, h ORDER BY h.level DESC, p.id LIMIT $perSkill
      RETURN collect({personId: p.id, level: h.level}) AS holders
    }
    RETURN skillId, holders`),

  // COUNT { } of one relationship type at a bound node reads the node's degree, without expanding.
  skillFrequencies: cypher(`
    UNWIND $ids AS id
    MATCH (s:Skill {id: id})
    RETURN s.id AS skillId, s.name AS name, COUNT { (:Person)-[:HAS_SKILL]->(s) } AS holders`),

  people: {
    withThemes: cypherEachId(
      'id',
      `
      MATCH (p:Person {id: $id})-[:WORKS_AT]->(m:Municipality)
      RETURN p.id AS id, p.name AS name, p.availability AS availability,
             p.visibility AS visibility, m.code AS municipalityCode,
             COLLECT { MATCH (p)-[:WORKED_ON]->(c:Challenge) WHERE c.theme IS NOT NULL
                       RETURN c.theme } AS themes`,
    ),
  },

  // The relationship full-text index of migration 0006 (Lucene's Dutch analyzer, like the node
  // indexes); `$text` is a plain OR query of words (neo4j-dialect.ts, fullTextQuery).
  similarExperiences: cypher(`
    CALL db.index.fulltext.queryRelationships('experience_lessons', $text, {limit: $top})
    YIELD relationship AS w, score
    MATCH (p:Person)-[w]->(c:Challenge)
    RETURN p.id AS personId, c.id AS challengeId, score`),

  // A bidirectional breadth-first search per target; KNOWS is stored once per pair and read in
  // both directions. shortestPath refuses a path from a node to itself, hence b <> a.
  shortestKnowsPaths: cypher(`
    MATCH (a:Person {id: $fromId})
    UNWIND $toIds AS toId
    MATCH (b:Person {id: toId})
    WHERE b <> a
    MATCH p = allShortestPaths((a)-[:KNOWS*..3]-(b))
    RETURN toId AS targetId, [n IN nodes(p) | n.id] AS personIds`),
};
