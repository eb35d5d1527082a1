import {
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
};
