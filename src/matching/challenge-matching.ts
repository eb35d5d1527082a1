import { type MatchedChallengeContext } from './candidates';
import { type ChallengeContext, type Requirement } from './matching.records';
import {
  challengeSimilarity,
  dominantTheme,
  feedbackSkills,
  requirementOverlap,
  topicFactor,
} from './scoring';

/** A challenge the search found, with its scaled text relevance (0..1; 0 if found by skills only). */
export interface FoundChallenge {
  readonly challenge: ChallengeContext;
  readonly text: number;
}

export interface MatchingSettings {
  readonly skillShare: number;
  readonly minSimilarity: number;
  /** How many of the most similar challenges complete the wanted skills (0: none). */
  readonly feedbackChallenges: number;
  /** The share of its similarity a challenge off the asked topic loses (scoring.ts, topicFactor). */
  readonly topicPenalty: number;
}

/**
 * The found challenges similar enough to count, each with its similarity: text relevance mixed
 * with how far it requires the wanted skills (scoring.ts, challengeSimilarity). It is worked
 * out twice: first with the wanted skills, then with the skills the best
 * `feedbackChallenges` of that first pass require added to them (scoring.ts, feedbackSkills).
 * Then a challenge off the asked topic — another theme than `askedTheme` (for a description:
 * the theme most similar challenges requiring a wanted skill share; none without wanted skills)
 * and none of the wanted skills — keeps only part of
 * its similarity: it shares words with the question, not the problem (scoring.ts, topicFactor).
 */
export function matchedChallenges(
  found: readonly FoundChallenge[],
  rarity: ReadonlyMap<string, number>,
  settings: MatchingSettings,
  askedTheme: string | null = null,
): Map<string, MatchedChallengeContext> {
  const similarities = (wanted: ReadonlyMap<string, number>): MatchedChallengeContext[] =>
    found.map(({ challenge, text }) => ({
      challenge,
      similarity: challengeSimilarity(
        text,
        requirementOverlap(wanted, challenge.requiredSkillIds),
        settings.skillShare,
        wanted.size > 0,
      ),
    }));
  const first = similarities(rarity);
  const best = [...first]
    .sort((a, b) => b.similarity - a.similarity || a.challenge.id.localeCompare(b.challenge.id))
    .slice(0, settings.feedbackChallenges)
    .map(({ challenge }) => challenge.requiredSkillIds);
  const final = best.length > 0 ? similarities(feedbackSkills(rarity, best)) : first;
  // A description's theme comes from the challenges that need the wanted skills: the words
  // alone would pick the theme of whichever problem is told in the same words.
  const theme =
    askedTheme ??
    dominantTheme(
      first.filter(({ challenge }) => challenge.requiredSkillIds.some((id) => rarity.has(id))),
    );
  const matched = new Map<string, MatchedChallengeContext>();
  for (const match of final) {
    const similarity =
      match.similarity * topicFactor(match.challenge, theme, rarity, settings.topicPenalty);
    if (similarity > 0 && similarity >= settings.minSimilarity) {
      matched.set(match.challenge.id, { ...match, similarity });
    }
  }
  return matched;
}

/**
 * The `count` challenges that require the most of the wanted skills, weighted by rarity (ties
 * by id): problems described in other words often need the same skills.
 */
export function mostRequiring(
  requirements: readonly Requirement[],
  rarity: ReadonlyMap<string, number>,
  count: number,
): string[] {
  const weight = new Map<string, number>();
  for (const { challengeId, skillId } of requirements) {
    weight.set(challengeId, (weight.get(challengeId) ?? 0) + (rarity.get(skillId) ?? 0));
  }
  return [...weight]
    .sort(([a, x], [b, y]) => y - x || a.localeCompare(b))
    .slice(0, count)
    .map(([id]) => id);
}
