/**
 * How Kennissen cuts text into words, the one rule every search, match and store query uses.
 *
 * A word is a run of letters and digits (`[\p{L}\p{N}]+`, any script, with diacritics).
 * Everything else is a separator: quotes, wildcards, brackets, operators' punctuation and Cypher
 * in input become spaces, so input is data and never reaches a query parser.
 */
const WORD = /[\p{L}\p{N}]+/gu;

/** The words of `text` in order, as written (case kept, repeats kept). */
export function words(text: string): string[] {
  return text.match(WORD) ?? [];
}

/**
 * The words of `text` in order, each lower-cased (repeats kept). Lower case turns the upper-case
 * AND, OR and NOT of Lucene's query syntax into the plain words "and", "or" and "not".
 */
export function lowerCaseWords(text: string): string[] {
  return words(text).map((word) => word.toLowerCase());
}
