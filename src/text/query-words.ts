import { DUTCH_STOP_WORDS } from './dutch-stop-words';
import { dutchStem } from './dutch-stemmer';
import { lowerCaseWords, words } from './words';

/**
 * The words of a text to look for: its words (see words.ts), lower-cased, without Dutch stop
 * words, each once. Searching people and matching skill labels use these.
 */
export function queryWords(text: string): string[] {
  return [...new Set(lowerCaseWords(text).filter((word) => !DUTCH_STOP_WORDS.has(word)))];
}

/** More words add little to a search a person types, and each costs an index look-up. */
export const MAX_SEARCH_WORDS = 10;

/**
 * The words a search looks for: queryWords, one per stem ("aanbesteding aanbestedingen" is one
 * word), at most MAX_SEARCH_WORDS.
 */
export function searchWords(query: string): string[] {
  const stems = new Set<string>();
  const found: string[] = [];
  for (const word of queryWords(query)) {
    const stem = dutchStem(word);
    if (stems.has(stem)) continue;
    stems.add(stem);
    found.push(word);
  }
  return found.slice(0, MAX_SEARCH_WORDS);
}

/** Lucene refuses queries of more than 1024 clauses; a long challenge text stays well below. */
export const MAX_SIMILAR_CHALLENGE_WORDS = 256;

/**
 * The words a "similar challenge" search asks for: one OR query over both stores' full-text
 * indexes, so both get the same plain words and their analyzers see the same query:
 *
 * - lower case, each word once: a repeated word would count twice in Lucene, once in Kuzu;
 * - no Dutch stop words: Lucene's Dutch analyzer drops them, Kuzu's (English) does not, and in
 *   an OR query "de" and "van" would match almost every challenge;
 * - unlike queryWords, no numbers: Kuzu's tokenizer skips digits and Lucene's indexes them, so
 *   a number would find challenges on Neo4j only (a word of letters and digits, "wmo2015",
 *   stays);
 * - unlike queryWords, at most MAX_SIMILAR_CHALLENGE_WORDS words, the first ones.
 *
 * The whole text is lower-cased before it is cut into words, as this search always did; for a
 * few letters (such as "İ", whose lower case adds a combining dot) that cuts differently from
 * lower-casing word by word.
 */
export function similarChallengeWords(text: string): string[] {
  const found = new Set<string>();
  for (const word of words(text.toLowerCase())) {
    if (/^\p{N}+$/u.test(word) || DUTCH_STOP_WORDS.has(word)) continue;
    found.add(word);
    if (found.size === MAX_SIMILAR_CHALLENGE_WORDS) break;
  }
  return [...found];
}
