import {
  HOLDERS_RANKED,
  type PeopleSearchStoreQueries,
  WORD_HITS,
} from '../cypher/people-search.cypher-repository';
import { cypher } from '../cypher/statement';
import { NEO4J_DIALECT } from './neo4j-dialect';

// Per word, in one statement: each word is a run of lower-case letters and digits (searchWords),
// so none of Lucene's syntax reaches the parser, and "and", "or", "not" stay terms (only upper
// case is an operator). Lucene's Dutch analyzer stems the word.
export const NEO4J_PEOPLE_SEARCH_QUERIES: PeopleSearchStoreQueries = {
  textMatches: {
    allWords: cypher(`
      UNWIND $words AS word
      CALL (word) {
        ${NEO4J_DIALECT.fullTextSearch({ label: 'Person', query: 'word', match: 'any', node: 'p' })}
        ${WORD_HITS}
      }
      RETURN word, ids, names, visibilities, municipalityCodes, scores`),
  },
  // Each skill found by its index; lists are 0-based.
  skillHolders: cypher(`
    UNWIND range(0, size($skillIds) - 1) AS i
    MATCH (s:Skill {id: $skillIds[i]})<-[h:HAS_SKILL]-(p:Person)-[:WORKS_AT]->(m:Municipality)
    WITH p, m, s, h, $weights[i] AS weight
    ${HOLDERS_RANKED}`),
};
