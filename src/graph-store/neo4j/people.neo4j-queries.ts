import {
  PEOPLE_AFTER,
  PEOPLE_FILTER,
  PERSON_MAP,
  type PeopleStoreQueries,
  type PersonRow,
} from '../cypher/people.cypher-repository';
import { type GroupPageQueries } from '../cypher/pages';
import { cypher, type CypherParams } from '../cypher/statement';
import { VISIBLE_PERSON } from '../cypher/visibility-condition';

/**
 * One page per group key in one round trip: for each key, the first $limit rows after the cursor
 * (one more than the page proves a next page) and the group's total, which ignores the cursor.
 * `match` binds p, w and m for the key `groupKey`.
 */
function pagePerGroup<P extends CypherParams>(
  match: string,
  matchAfterCursor: string,
): GroupPageQueries<P, PersonRow> {
  return {
    pagesWithTotals: cypher(`
      UNWIND $groupKeys AS groupKey
      CALL (groupKey) {
        ${matchAfterCursor}
        WITH p, w, m ORDER BY p.name, p.id LIMIT $limit
        RETURN collect(${PERSON_MAP}) AS items
      }
      CALL (groupKey) {
        ${match}
        RETURN count(p) AS total
      }
      RETURN groupKey, items, total`),
  };
}

const HOLDING_SKILL = `
  MATCH (p:Person)-[h:HAS_SKILL]->(:Skill {id: groupKey}), (p)-[w:WORKS_AT]->(m:Municipality)
  WHERE h.level >= $minLevel AND ${VISIBLE_PERSON}`;

export const NEO4J_PEOPLE_QUERIES: PeopleStoreQueries = {
  pagesByMunicipality: (source) => {
    const inGroup = `${source} ${PEOPLE_FILTER} AND m.code = groupKey`;
    return pagePerGroup(inGroup, `${inGroup} ${PEOPLE_AFTER}`);
  },
  pagesBySkill: pagePerGroup(HOLDING_SKILL, `${HOLDING_SKILL} ${PEOPLE_AFTER}`),
};
