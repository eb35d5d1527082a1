import { lowerCaseWords } from '../../text/words';
import { type CypherDialect, FULL_TEXT_INDEXES } from '../cypher/cypher-dialect';

/** Neo4j 5.26's Cypher: see CypherDialect. */
export const NEO4J_DIALECT: CypherDialect = {
  timestamp: (iso) => `datetime(${iso})`,

  float: (expression) => `toFloat(${expression})`,

  fullTextSearch: ({ label, query, node, top }) =>
    `CALL db.index.fulltext.queryNodes('${FULL_TEXT_INDEXES[label]}', ${query}` +
    `${top ? `, {limit: ${top}}` : ''}) YIELD node AS ${node}, score`,

  // A Lucene query of plain words: none of Lucene's syntax (+ - && || ! ( ) { } [ ] ^ " ~ * ? : \ /)
  // reaches the parser, so there is nothing to escape. Lower case, because the parser reads
  // upper-case AND, OR and NOT as operators (the analyzer lower-cases every term anyway); joined
  // by AND for every word (Kuzu's conjunctive), by OR for any. Unlike Kuzu's, the Dutch analyzer
  // drops stop words ("de", "het", "van"), so a text of stop words only matches nothing.
  fullTextQuery: (text, match) => {
    const found = lowerCaseWords(text);
    return found.length === 0 ? null : found.join(match === 'every' ? ' AND ' : ' OR ');
  },

  // Setting a property to its own value takes the node's write lock until the transaction ends,
  // so concurrent changes of one node queue instead of each starting from the same state.
  lockForUpdate: (node, property) => `SET ${node}.${property} = ${node}.${property}`,

  // The driver runs a transaction whose commit it could not confirm again.
  mayRepeatCommittedWrites: true,
};
