import { type MatchingStoreQueries } from '../cypher/matching.cypher-repository';
import { cypher, cypherEachId } from '../cypher/statement';

// Kuzu 0.11 has no CALL subqueries: rows are ordered and collected per skill, then cut (lists are
// 1-based: [1:$perSkill] is the first $perSkill). It keeps an ORDER BY in a WITH only together
// with SKIP/LIMIT; this one keeps every row.
const ALL_ROWS = 2_147_483_647;

export const KUZU_MATCHING_QUERIES: MatchingStoreQueries = {
  // Kuzu 0.11 builds full-text indexes on node tables only; the lessons of a WORKED_ON are
  // searched in the matching snapshot's own index, which the embedded store always keeps.
  similarExperiences: null,

  challengesRequiring: cypher(`
    UNWIND $ids AS skillId
    MATCH (c:Challenge)-[:REQUIRES]->(:Skill {id: skillId})
    WHERE $excludeId IS NULL OR c.id <> $excludeId
    WITH skillId, c.id AS challengeId, c.createdAt AS createdAt
    ORDER BY createdAt DESC, challengeId
    SKIP 0 LIMIT ${ALL_ROWS}
    WITH skillId, collect(challengeId) AS challengeIds
    RETURN skillId, challengeIds[1:$perSkill] AS challengeIds`),

  skillHolders: cypher(`
    UNWIND $ids AS skillId
    MATCH (p:Person)-[h:HAS_SKILL]->(:Skill {id: skillId})
    WITH skillId, p.id AS personId, h.level AS level
    ORDER BY level DESC, personId
    SKIP 0 LIMIT ${ALL_ROWS}
    WITH skillId, collect({personId: personId, level: level}) AS holders
    RETURN skillId, holders[1:$perSkill] AS holders`),

  skillFrequencies: cypher(`
    UNWIND $ids AS id
    MATCH (s:Skill {id: id})
    OPTIONAL MATCH (p:Person)-[:HAS_SKILL]->(s)
    RETURN s.id AS skillId, s.name AS name, count(p) AS holders`),

  // Two statements, run side by side: a person's themes are rows of their own.
  people: {
    withoutThemes: cypherEachId(
      'id',
      `
      MATCH (p:Person {id: $id})-[:WORKS_AT]->(m:Municipality)
      RETURN p.id AS id, p.name AS name, p.availability AS availability,
             p.visibility AS visibility, m.code AS municipalityCode`,
    ),
    themes: cypherEachId(
      'personId',
      `
      MATCH (p:Person {id: $id})-[:WORKED_ON]->(c:Challenge)
      WHERE c.theme IS NOT NULL
      RETURN p.id AS personId, c.theme AS theme`,
    ),
  },

  // One breadth-first search from the asker to every target; KNOWS is stored once per pair and
  // read in both directions.
  shortestKnowsPaths: cypher(`
    MATCH p = (a:Person {id: $fromId})-[:KNOWS* ALL SHORTEST 1..3]-(b:Person)
    WHERE b.id IN $toIds
    RETURN b.id AS targetId, properties(nodes(p), 'id') AS personIds`),
};
