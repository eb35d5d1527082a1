import { type MatchedChallengeContext } from './candidates';
import { type ChallengeContext, type Requirement } from './matching.records';
import { challengeSimilarity, requirementOverlap } from './scoring';

/** A challenge the search found, with its scaled text relevance (0..1; 0 if found by skills only). */
export interface FoundChallenge {
  readonly challenge: ChallengeContext;
  readonly text: number;
}

/**
 * The found challenges similar enough to count, each with its similarity: text relevance mixed
 * with how far it requires the wanted skills (scoring.ts, challengeSimilarity).
 */
export function matchedChallenges(
  found: readonly FoundChallenge[],
  rarity: ReadonlyMap<string, number>,
  settings: { readonly skillShare: number; readonly minSimilarity: number },
): Map<string, MatchedChallengeContext> {
  const matched = new Map<string, MatchedChallengeContext>();
  for (const { challenge, text } of found) {
    const similarity = challengeSimilarity(
      text,
      requirementOverlap(rarity, challenge.requiredSkillIds),
      settings.skillShare,
      rarity.size > 0,
    );
    if (similarity > 0 && similarity >= settings.minSimilarity) {
      matched.set(challenge.id, { challenge, similarity });
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
