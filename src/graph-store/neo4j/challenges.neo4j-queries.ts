import {
  challengesAfterCursor,
  type ChallengeStoreQueries,
} from '../cypher/challenges.cypher-repository';
import { cypher } from '../cypher/statement';
import { NEO4J_DIALECT } from './neo4j-dialect';

/** Per municipality: its first $limit challenges after the cursor, and its total (all of them). */
export const NEO4J_CHALLENGE_QUERIES: ChallengeStoreQueries = {
  pagesByMunicipality: {
    pagesWithTotals: cypher(`
      UNWIND $groupKeys AS groupKey
      CALL (groupKey) {
        MATCH (m:Municipality {code: groupKey})-[:FACES]->(c:Challenge)
        WHERE ${challengesAfterCursor(NEO4J_DIALECT)}
        WITH m, c ORDER BY c.createdAt DESC, c.id LIMIT $limit
        RETURN collect({
          id: c.id, title: c.title, description: c.description, theme: c.theme,
          status: c.status, createdAt: c.createdAt, updatedAt: c.updatedAt,
          municipalityCode: m.code,
          skillIds: COLLECT { MATCH (c)-[:REQUIRES]->(s:Skill) RETURN s.id }}) AS items
      }
      RETURN groupKey, items,
        COUNT { MATCH (:Municipality {code: groupKey})-[:FACES]->(:Challenge) } AS total`),
  },
};
