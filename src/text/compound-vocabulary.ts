import { DUTCH_BASE_WORDS } from './dutch-base-words';
import { DUTCH_STOP_WORDS } from './dutch-stop-words';
import { lowerCaseWords } from './words';

/** What the vocabulary reads of a skill: its name and aliases (ESCO's alternative labels too). */
export interface LabelledTerm {
  readonly name: string;
  readonly aliases: readonly string[];
}

/** Compounds are written in letters; a word with a digit ("wi2021") or a number is no part. */
const LETTERS_ONLY = /^\p{L}+$/u;

/**
 * The words a CompoundSplitter may use as parts: DUTCH_BASE_WORDS, the words of every skill name
 * and alias, and the words of `texts` (challenge titles and descriptions), lower-cased, letters
 * only, without Dutch stop words. Words are taken as written, so plurals and whole compounds
 * found in the texts are in it too.
 */
export function compoundVocabulary(
  terms: readonly LabelledTerm[],
  texts: readonly string[],
): Set<string> {
  const vocabulary = new Set<string>();
  const add = (text: string): void => {
    for (const word of lowerCaseWords(text)) {
      if (LETTERS_ONLY.test(word) && !DUTCH_STOP_WORDS.has(word)) vocabulary.add(word);
    }
  };
  DUTCH_BASE_WORDS.forEach(add);
  for (const term of terms) [term.name, ...term.aliases].forEach(add);
  texts.forEach(add);
  return vocabulary;
}
