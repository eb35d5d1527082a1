import {
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
};
