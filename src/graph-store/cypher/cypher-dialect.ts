/** The full-text indexes the migrations create, by the node label they index. */
export const FULL_TEXT_INDEXES = {
  Person: 'person_text',
  Challenge: 'challenge_text',
} as const;

export type FullTextLabel = keyof typeof FULL_TEXT_INDEXES;

/** How a full-text search combines the words of its query. */
export type WordMatch = 'every' | 'any';

/** A full-text search as a clause: which index, the query parameter, and what it binds. */
export interface FullTextSearch {
  readonly label: FullTextLabel;
  /** A parameter such as `$text`, bound to what `fullTextQuery` made of the words. */
  readonly query: string;
  readonly match: WordMatch;
  /** The variable bound to each matching node; `score` is bound to its BM25 score. */
  readonly node: string;
  /** A parameter with the most hits the index should return, when the search needs only the best. */
  readonly top?: string;
}

/**
 * What differs between the Cypher of the stores below the level of whole statements: a few
 * expressions and clauses, and the traits the adapters must respect. Statements that differ as a
 * whole are typed query objects next to each adapter (see e.g. PeopleStoreQueries).
 */
export interface CypherDialect {
  /** A TIMESTAMP (Kuzu) / DATETIME (Neo4j) made of an ISO-8601 string expression, e.g. `$createdAt`. */
  timestamp(iso: string): string;

  /**
   * A FLOAT of a number expression: Neo4j would store a whole number sent from JavaScript as an
   * INTEGER; Kuzu types a list-of-maps parameter from its values, so an all-null field would be
   * a STRING its DOUBLE column refuses.
   */
  float(expression: string): string;

  /** The clause that searches a full-text index, binding `node` and `score`. */
  fullTextSearch(search: FullTextSearch): string;

  /**
   * The query string for `fullTextSearch` from free text: its runs of letters and digits, so
   * index syntax in input stays data; null when the text has none (nothing can match).
   */
  fullTextQuery(text: string, match: WordMatch): string | null;

  /**
   * A clause, after `node` is bound and before anything is written, that makes concurrent changes
   * of the node queue behind this transaction (setting `property`, which every such node has, to
   * its own value takes the node's write lock), or '' where writes run one at a time anyway.
   */
  lockForUpdate(node: string, property: string): string;

  /**
   * Whether the driver may run a write again after it committed without confirming the commit
   * (Neo4j's managed transactions do): a create must then recognise its own earlier attempt.
   */
  readonly mayRepeatCommittedWrites: boolean;
}
