import { CompoundSplitter } from '../text/compound-splitter';
import { compoundVocabulary } from '../text/compound-vocabulary';
import { DUTCH_STOP_WORDS } from '../text/dutch-stop-words';
import { dutchStem } from '../text/dutch-stemmer';
import { lowerCaseWords } from '../text/words';

/** A skill as query expansion reads it; the aliases include ESCO's alternative labels. */
export interface SkillLabel {
  readonly id: string;
  readonly name: string;
  readonly aliases: readonly string[];
}

export interface QueryExpansion {
  /** The query's words, then the compound parts not among them; at most MAX_EXPANDED_WORDS. */
  readonly words: string[];
  /** The skills the query names, by id. */
  readonly skillIds: string[];
  /** For each skill of skillIds, the label that matched: its name, else its first such alias. */
  readonly sources: Map<string, string>;
}

/** The same bound as a "similar challenge" search: Lucene refuses more than 1024 clauses. */
export const MAX_EXPANDED_WORDS = 256;

/**
 * A one-word label shorter than this (an abbreviation: "Wmo", "PW", "BIO") matches only a word
 * the person typed, never a compound part: short parts turn up inside unrelated compounds.
 */
export const MIN_PART_MATCHED_LABEL_LENGTH = 4;

interface CompiledLabel {
  readonly label: string;
  /** The stems of the label's content words; all must be found. */
  readonly stems: readonly string[];
  /** True for a short one-word label, which only the typed words may match. */
  readonly typedOnly: boolean;
}

interface CompiledSkill {
  readonly id: string;
  readonly labels: readonly CompiledLabel[];
}

/**
 * Widens a short search-box query for the recommendation ranker: compound words add their parts
 * ("jeugdhulpregio" also looks for "jeugdhulp", "regio", "jeugd", "hulp"), and words that name a
 * skill add that skill to the wanted skills. Built once from the skill catalogue and the corpus
 * (challenge titles and descriptions), which also give the splitter its vocabulary.
 *
 * A label matches when every content word of it (lower-cased, no stop words, no numbers: "Wet
 * inburgering 2021" needs "wet" and "inburgering") has its Dutch stem among the expanded words'
 * stems. Unlike search's skill matcher, which is content with half the words, all are needed:
 * expansion adds words the person did not type, so one shared word is too weak a sign.
 */
export class QueryLexicon {
  private readonly splitter: CompoundSplitter;
  private readonly skills: readonly CompiledSkill[];

  constructor(skills: readonly SkillLabel[], texts: readonly string[]) {
    this.splitter = new CompoundSplitter(compoundVocabulary(skills, texts));
    this.skills = [...skills]
      .sort((a, b) => compare(a.id, b.id))
      .map((skill) => ({
        id: skill.id,
        labels: [skill.name, ...skill.aliases]
          .map(compileLabel)
          .filter((label) => label.stems.length > 0),
      }));
  }

  /** `words`: the query's words, lower-case (see queryWords). Both steps below at once. */
  expand(words: readonly string[]): QueryExpansion {
    const expanded = this.expandWords(words);
    return { words: expanded, ...this.namedSkills(words, expanded) };
  }

  /** The query's words, then the compound parts not among them; at most MAX_EXPANDED_WORDS. */
  expandWords(words: readonly string[]): string[] {
    const expanded = new Set(words.slice(0, MAX_EXPANDED_WORDS));
    for (const word of [...expanded]) {
      for (const part of this.splitter.expand(word)) {
        if (expanded.size >= MAX_EXPANDED_WORDS) break;
        expanded.add(part);
      }
    }
    return [...expanded];
  }

  /**
   * The skills the query names: `typed` are the words as asked (they alone match a short label),
   * `expanded` those words with their compound parts (expandWords).
   */
  namedSkills(
    typed: readonly string[],
    expanded: readonly string[],
  ): Pick<QueryExpansion, 'skillIds' | 'sources'> {
    const typedStems = new Set(typed.slice(0, MAX_EXPANDED_WORDS).map(stemOf));
    const allStems = new Set(expanded.map(stemOf));
    const skillIds: string[] = [];
    const sources = new Map<string, string>();
    for (const skill of this.skills) {
      const match = skill.labels.find(({ stems, typedOnly }) =>
        stems.every((stem) => (typedOnly ? typedStems : allStems).has(stem)),
      );
      if (match === undefined) continue;
      skillIds.push(skill.id);
      sources.set(skill.id, match.label);
    }
    return { skillIds, sources };
  }
}

function compileLabel(label: string): CompiledLabel {
  const content = [
    ...new Set(
      lowerCaseWords(label).filter(
        (word) => !/^\p{N}+$/u.test(word) && !DUTCH_STOP_WORDS.has(word),
      ),
    ),
  ];
  return {
    label,
    stems: [...new Set(content.map(dutchStem))],
    typedOnly: content.length === 1 && content[0].length < MIN_PART_MATCHED_LABEL_LENGTH,
  };
}

const stemOf = (word: string): string => dutchStem(word.toLowerCase());

const compare = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);
