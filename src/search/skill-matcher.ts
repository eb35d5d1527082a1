import { type SkillLabels } from './people-search.repository';
import { dutchStem } from '../text/dutch-stemmer';
import { queryWords } from '../text/query-words';

/**
 * Which skills a query is about, matched on the skill's name and each alias.
 *
 * This happens here, not in a store's full-text index: Kuzu's full-text search cannot index a
 * STRING[] column (the aliases), and a Skill index in Kuzu 0.11.3 would sit on the import path's
 * known defects with indexed tables (see graph-import.kuzu-repository.ts). Matching in the
 * service also makes it identical on both stores. The catalogue is small (about 150 skills in
 * the demo, 5,000 at national scale) and read as three lists; each label's stems are cached.
 *
 * A label (the name, or one alias) matches when at least half of its words — Dutch stop words
 * left out, every word reduced by the Snowball Dutch stemmer — occur among the query's words:
 * "aanbestedingen" matches the skill "Aanbesteden", "BIO" the alias "BIO", "schulden" the name
 * "Vroegsignalering van schulden" (one of two words), but "werk" not "Beschut werk en sociale
 * werkvoorziening" (one of four). A skill's relevance is its best label's share of matched
 * words; the query words it covers are those found in any of its matching labels.
 */
export const MIN_LABEL_COVERAGE = 0.5;

export interface SkillMatch {
  readonly skill: SkillLabels;
  /** MIN_LABEL_COVERAGE..1: the share of the best-matching label's words found in the query. */
  readonly relevance: number;
  /** The query words (as given to matchSkills) that its matching labels contain. */
  readonly words: readonly string[];
}

/**
 * The stems of a label's words. Labels are the same in every search, so their stems are cached;
 * the cache holds a pure function's results, so it is never stale, and it is bounded.
 */
const LABEL_CACHE_LIMIT = 50_000;
const labelStems = new Map<string, readonly string[]>();

function stemsOfLabel(label: string): readonly string[] {
  const cached = labelStems.get(label);
  if (cached) return cached;
  const stems = [...new Set(queryWords(label).map(dutchStem))];
  if (labelStems.size >= LABEL_CACHE_LIMIT) labelStems.clear();
  labelStems.set(label, stems);
  return stems;
}

/**
 * The skills of `catalogue` that the query's words (see searchWords) match, most relevant
 * first, then by name and id.
 */
export function matchSkills(
  catalogue: readonly SkillLabels[],
  words: readonly string[],
): SkillMatch[] {
  const wordOfStem = new Map(words.map((word) => [dutchStem(word), word]));
  if (wordOfStem.size === 0) return [];
  const matches: SkillMatch[] = [];
  for (const skill of catalogue) {
    let relevance = 0;
    const covered = new Set<string>();
    for (const label of [skill.name, ...skill.aliases]) {
      const stems = stemsOfLabel(label);
      const found = stems.filter((stem) => wordOfStem.has(stem));
      if (stems.length === 0 || found.length / stems.length < MIN_LABEL_COVERAGE) continue;
      relevance = Math.max(relevance, found.length / stems.length);
      for (const stem of found) covered.add(wordOfStem.get(stem) as string);
    }
    if (relevance > 0) matches.push({ skill, relevance, words: [...covered] });
  }
  return matches.sort(
    (a, b) =>
      b.relevance - a.relevance ||
      compare(a.skill.name, b.skill.name) ||
      compare(a.skill.id, b.skill.id),
  );
}

const compare = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);
