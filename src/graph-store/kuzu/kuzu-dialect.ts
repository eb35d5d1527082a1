import { words } from '../../text/words';
import { type CypherDialect, FULL_TEXT_INDEXES } from '../cypher/cypher-dialect';

/** Kuzu 0.11's Cypher: see CypherDialect. */
export const KUZU_DIALECT: CypherDialect = {
  timestamp: (iso) => `timestamp(${iso})`,

  // QUERY_FTS_INDEX is a table function: its query cannot be a variable of the statement.
  // A batch whose values are all null types them as STRING; the cast keeps it a DOUBLE.
  float: (expression) => `CAST(${expression} AS DOUBLE)`,

  fullTextSearch: ({ label, query, match, node, top }) =>
    `CALL QUERY_FTS_INDEX('${label}', '${FULL_TEXT_INDEXES[label]}', ${query}` +
    `${match === 'every' ? ', conjunctive := true' : ''}${top ? `, top := ${top}` : ''})
     WITH node AS ${node}, score`,

  // Kuzu's query syntax has wildcards ("*", "?"); its tokenizer splits at every other non-letter,
  // so plain words joined by spaces are the same query without them. Every word or any word is
  // chosen by `conjunctive` in the call.
  fullTextQuery: (text) => {
    const found = words(text);
    return found.length === 0 ? null : found.join(' ');
  },

  // Kuzu runs one write transaction at a time.
  lockForUpdate: () => '',

  mayRepeatCommittedWrites: false,
};
