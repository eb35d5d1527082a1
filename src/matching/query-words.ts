/**
 * The words a "similar challenge" search asks for. Both stores get the same plain words, so
 * input is data, never full-text syntax, and the two analyzers see the same query:
 *
 * - only runs of letters and digits survive (no quotes, operators, wildcards or Cypher);
 * - lower case, each word once (a repeated word would count twice in Lucene, once in Kuzu);
 * - Dutch stop words are dropped: Lucene's Dutch analyzer drops them, Kuzu's (English) does not,
 *   and in a disjunctive BM25 query "de" and "van" would match almost every challenge;
 * - numbers are dropped: Kuzu's tokenizer skips digits, Lucene's indexes them;
 * - at most MAX_QUERY_WORDS words (Lucene refuses queries of more than 1024 clauses).
 */
export const MAX_QUERY_WORDS = 256;

/** The Snowball Dutch stop words, the list Lucene's Dutch analyzer uses. */
const DUTCH_STOP_WORDS = new Set(
  (
    'de en van ik te dat die in een hij het niet zijn is was op aan met als voor had er maar om ' +
    'hem dan zou of wat mijn men dit zo door over ze zich bij ook tot je mij uit der daar haar ' +
    'naar heb hoe heeft hebben deze u want nog zal me zij nu ge geen omdat iets worden toch al ' +
    'waren veel meer doen toen moet ben zonder kan hun dus alles onder ja eens hier wie werd ' +
    'altijd doch wordt wezen kunnen ons zelf tegen na reeds wil kon niets uw iemand geweest andere'
  ).split(' '),
);

export function queryWords(text: string): string[] {
  const words = new Set<string>();
  for (const match of text.toLowerCase().matchAll(/[\p{L}\p{N}]+/gu)) {
    const word = match[0];
    if (/^\p{N}+$/u.test(word) || DUTCH_STOP_WORDS.has(word)) continue;
    words.add(word);
    if (words.size === MAX_QUERY_WORDS) break;
  }
  return [...words];
}
