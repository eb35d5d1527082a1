import {
  HOLDERS_RANKED,
  type PeopleSearchStoreQueries,
  WORD_HITS,
} from '../cypher/people-search.cypher-repository';
import { cypher } from '../cypher/statement';
import { KUZU_DIALECT } from './kuzu-dialect';

// $word is one run of letters and digits (searchWords), so Kuzu's query syntax (wildcards) never
// reaches the index; QUERY_FTS_INDEX is a table function, which takes no variable: one statement
// per word.
export const KUZU_PEOPLE_SEARCH_QUERIES: PeopleSearchStoreQueries = {
  textMatches: {
    perWord: cypher(`
      ${KUZU_DIALECT.fullTextSearch({ label: 'Person', query: '$word', match: 'any', node: 'p' })}
      ${WORD_HITS}`),
  },
  // The skills bound by `s.id IN`, not `UNWIND … MATCH (:Skill {id: …})`, which Kuzu 0.11 plans
  // as a hash join over every HAS_SKILL (national set: 677 against 276 ms for the three most
  // held skills). Lists are 1-based, as list_position answers.
  skillHolders: cypher(`
    MATCH (s:Skill)<-[h:HAS_SKILL]-(p:Person)-[:WORKS_AT]->(m:Municipality)
    WHERE s.id IN $skillIds
    WITH p, m, s, h, $weights[list_position($skillIds, s.id)] AS weight
    ${HOLDERS_RANKED}`),
};
