import {
  challengesAfterCursor,
  type ChallengeStoreQueries,
} from '../cypher/challenges.cypher-repository';
import { cypher } from '../cypher/statement';
import { KUZU_DIALECT } from './kuzu-dialect';

/**
 * Kuzu 0.11 has no CALL subqueries: per municipality, order, cut the page out of the collected
 * ids (lists are 1-based), then read only those, in order (Kuzu keeps an ORDER BY in a WITH only
 * with SKIP or LIMIT); the totals are a second statement.
 */
export const KUZU_CHALLENGE_QUERIES: ChallengeStoreQueries = {
  pagesByMunicipality: {
    pages: cypher(`
      UNWIND $groupKeys AS code
      MATCH (m:Municipality {code: code})-[:FACES]->(c:Challenge)
      WHERE ${challengesAfterCursor(KUZU_DIALECT)}
      WITH m, c ORDER BY c.createdAt DESC, c.id SKIP 0
      WITH m, list_slice(collect(c.id), 1, $limit) AS pageIds
      UNWIND pageIds AS challengeId
      MATCH (c:Challenge {id: challengeId})
      OPTIONAL MATCH (c)-[:REQUIRES]->(s:Skill)
      WITH m, c, collect(s.id) AS skillIds
      ORDER BY c.createdAt DESC, c.id SKIP 0
      RETURN m.code AS groupKey, collect({
        id: c.id, title: c.title, description: c.description, theme: c.theme,
        status: c.status, createdAt: c.createdAt, updatedAt: c.updatedAt,
        municipalityCode: m.code, skillIds: skillIds}) AS items`),
    totals: cypher(`
      UNWIND $groupKeys AS code
      MATCH (m:Municipality {code: code})-[:FACES]->(c:Challenge)
      RETURN m.code AS groupKey, count(c) AS total`),
  },
};
