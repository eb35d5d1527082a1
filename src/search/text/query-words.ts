import { DUTCH_STOP_WORDS } from './dutch-stop-words';
import { dutchStem } from './dutch-stemmer';

/**
 * The words of a text: runs of letters and digits, lower-cased, without Dutch stop words, each
 * once. Everything else (quotes, wildcards, brackets, operators' punctuation, Cypher) is a
 * separator, so query syntax in input is data and never reaches a query parser; "AND", "OR"
 * and "NOT" become the plain words "and", "or" and "not".
 */
export function queryWords(text: string): string[] {
  const words = (text.match(/[\p{L}\p{N}]+/gu) ?? []).map((word) => word.toLowerCase());
  return [...new Set(words.filter((word) => !DUTCH_STOP_WORDS.has(word)))];
}

/** More words add little to a search a person types, and each costs an index look-up. */
export const MAX_SEARCH_WORDS = 10;

/**
 * The words a search looks for: queryWords, one per stem ("aanbesteding aanbestedingen" is one
 * word), at most MAX_SEARCH_WORDS.
 */
export function searchWords(query: string): string[] {
  const stems = new Set<string>();
  const words: string[] = [];
  for (const word of queryWords(query)) {
    const stem = dutchStem(word);
    if (stems.has(stem)) continue;
    stems.add(stem);
    words.push(word);
  }
  return words.slice(0, MAX_SEARCH_WORDS);
}
