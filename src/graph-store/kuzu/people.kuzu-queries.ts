import {
  PEOPLE_AFTER,
  PEOPLE_FILTER,
  PERSON_MAP,
  type PeopleStoreQueries,
} from '../cypher/people.cypher-repository';
import { cypher } from '../cypher/statement';
import { VISIBLE_PERSON } from '../cypher/visibility-condition';

// Kuzu keeps an ORDER BY in a WITH only together with SKIP/LIMIT; this one keeps every row.
const ALL_ROWS = 2_147_483_647;

/**
 * Kuzu 0.11 has no CALL subqueries: one statement collects each group's people in name order and
 * cuts the page (lists are 1-based), a second counts each group.
 */
const PAGE_PER_GROUP = `
  ORDER BY p.name, p.id
  SKIP 0 LIMIT ${ALL_ROWS}
  WITH groupKey, collect(${PERSON_MAP}) AS items
  RETURN groupKey, items[1:$limit] AS items`;

export const KUZU_PEOPLE_QUERIES: PeopleStoreQueries = {
  pagesByMunicipality: (source) => ({
    pages: cypher(`
      ${source} ${PEOPLE_FILTER}
        AND m.code IN $groupKeys ${PEOPLE_AFTER}
      WITH m.code AS groupKey, p, w, m ${PAGE_PER_GROUP}`),
    totals: cypher(`
      ${source} ${PEOPLE_FILTER}
        AND m.code IN $groupKeys
      RETURN m.code AS groupKey, count(p) AS total`),
  }),

  pagesBySkill: {
    pages: cypher(`
      MATCH (p:Person)-[h:HAS_SKILL]->(s:Skill), (p)-[w:WORKS_AT]->(m:Municipality)
      WHERE s.id IN $groupKeys AND h.level >= $minLevel AND ${VISIBLE_PERSON} ${PEOPLE_AFTER}
      WITH s.id AS groupKey, p, w, m ${PAGE_PER_GROUP}`),
    totals: cypher(`
      MATCH (p:Person)-[h:HAS_SKILL]->(s:Skill), (p)-[:WORKS_AT]->(m:Municipality)
      WHERE s.id IN $groupKeys AND h.level >= $minLevel AND ${VISIBLE_PERSON}
      RETURN s.id AS groupKey, count(p) AS total`),
  },
};
