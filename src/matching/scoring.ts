import { ExperienceRole, Outcome } from '../experiences/experience-role';
import { Availability } from '../people/models/availability.enum';
import { type ExpertFeedback } from './expert-feedback.repository';
import { type ScoringWeights, SIGNALS } from './scoring-weights';

/**
 * The recommendation score, as pure functions (docs/matching.md explains each choice). Every
 * signal is scaled to 0..1, so the score is a weighted mean when the weights add up to 1:
 *
 *   score = Σ weight(signal) × signal, × 0.9 for LIMITED availability
 */

/** A lead carries the experience; a member knows the work; an advisor saw it from aside. */
export const ROLE_QUALITY: Readonly<Record<ExperienceRole, number>> = {
  [ExperienceRole.LEAD]: 1,
  [ExperienceRole.MEMBER]: 0.7,
  [ExperienceRole.ADVISOR]: 0.5,
};

/**
 * A solved problem is what the asker wants to learn from. Someone still at it, or whose attempt
 * failed, knows the pitfalls but not the way through, so they count only a little: enough to
 * be found when nobody solved it, not enough to outrank the members of a solved team.
 */
export const OUTCOME_QUALITY: Readonly<Record<Outcome, number>> = {
  [Outcome.SOLVED]: 1,
  [Outcome.PARTIAL]: 0.6,
  [Outcome.ONGOING]: 0.2,
  [Outcome.FAILED]: 0.05,
};

/** Recency: 1 this year, 0.1 less per year back, never below 0.5; unknown year 0.7. */
export function recency(year: number | null, referenceYear: number): number {
  if (year === null) return 0.7;
  return Math.max(0.5, 1 - 0.1 * Math.max(0, referenceYear - year));
}

export interface RatedExperience {
  readonly role: ExperienceRole;
  readonly outcome: Outcome;
  readonly year: number | null;
}

/** How much one experience is worth, 0..1: role × outcome × recency. */
export function experienceQuality(experience: RatedExperience, referenceYear: number): number {
  return (
    ROLE_QUALITY[experience.role] *
    OUTCOME_QUALITY[experience.outcome] *
    recency(experience.year, referenceYear)
  );
}

/**
 * Text relevance scaled per query: the best match is 1, the rest relative to it. BM25 scores
 * are not comparable across queries or stores; their ratios within one query are what both
 * stores roughly agree on.
 */
export function textSimilarities(
  hits: readonly { readonly challengeId: string; readonly score: number }[],
): Map<string, number> {
  const best = Math.max(0, ...hits.map((hit) => hit.score));
  return new Map(hits.map((hit) => [hit.challengeId, best > 0 ? hit.score / best : 0]));
}

/**
 * How far a challenge requires the wanted skills, 0..1: a weighted Jaccard overlap of the
 * wanted skills and the challenge's required skills, each weighted by its rarity. Required
 * skills that are not wanted have no measured rarity; they weigh as much as an average wanted
 * skill.
 */
export function requirementOverlap(
  rarity: ReadonlyMap<string, number>,
  requiredSkillIds: readonly string[],
): number {
  if (rarity.size === 0) return 0;
  const weights = [...rarity.values()];
  const average = weights.reduce((sum, weight) => sum + weight, 0) / weights.length;
  let shared = 0;
  let union = weights.reduce((sum, weight) => sum + weight, 0);
  for (const skillId of new Set(requiredSkillIds)) {
    const weight = rarity.get(skillId);
    if (weight === undefined) union += average;
    else shared += weight;
  }
  return union > 0 ? shared / union : 0;
}

/** How much a skill learnt from the most similar challenges weighs, relative to a wanted one. */
export const FEEDBACK_WEIGHT = 0.5;

/**
 * The wanted skills, completed by what the most similar challenges require (pseudo-relevance
 * feedback): an asker names one or two skills, while the same problem elsewhere needed a few
 * more. Each skill that `mostSimilar` (the required skills of each of the best challenges)
 * require beyond the wanted ones joins with weight FEEDBACK_WEIGHT × the average wanted rarity ×
 * the share of those challenges that require it. Without wanted skills nothing is added.
 */
export function feedbackSkills(
  rarity: ReadonlyMap<string, number>,
  mostSimilar: readonly (readonly string[])[],
): Map<string, number> {
  const expanded = new Map(rarity);
  if (rarity.size === 0 || mostSimilar.length === 0) return expanded;
  const average = [...rarity.values()].reduce((sum, weight) => sum + weight, 0) / rarity.size;
  const counts = new Map<string, number>();
  for (const required of mostSimilar) {
    for (const skillId of new Set(required)) {
      if (!rarity.has(skillId)) counts.set(skillId, (counts.get(skillId) ?? 0) + 1);
    }
  }
  for (const [skillId, count] of counts) {
    expanded.set(skillId, (FEEDBACK_WEIGHT * average * count) / mostSimilar.length);
  }
  return expanded;
}

/**
 * The similarity of a found challenge to the question, 0..1: its scaled text relevance, mixed
 * with how far it requires the wanted skills when skills are wanted (`skillShare` of it).
 * Different words for the same problem often come with the same required skills.
 */
export function challengeSimilarity(
  text: number,
  overlap: number,
  skillShare: number,
  skillsWanted: boolean,
): number {
  return skillsWanted ? (1 - skillShare) * text + skillShare * overlap : text;
}

/**
 * How much of its similarity a found challenge keeps for being on or off the asked topic: 1 when
 * it is of the asked theme, has no theme, the theme is unknown, or it requires one of the wanted
 * skills; else 1 − `penalty`. Two problems can be told in the same words ("inkoop" of youth care
 * and of ICT; "participatie" under the Omgevingswet and the Participatiewet): the theme and the
 * skills tell them apart where the words do not.
 */
export function topicFactor(
  challenge: { readonly theme: string | null; readonly requiredSkillIds: readonly string[] },
  askedTheme: string | null,
  wanted: ReadonlyMap<string, number>,
  penalty: number,
): number {
  if (askedTheme === null || challenge.theme === null || challenge.theme === askedTheme) return 1;
  if (challenge.requiredSkillIds.some((skillId) => wanted.has(skillId))) return 1;
  return 1 - penalty;
}

/**
 * The relevance of one experience as a document (what the person worked on and what they wrote
 * about it): the similarity of its challenge to the question, plus `lessonShare` × how well their
 * lessons match the question's words (0..1, scaled by the best lessons of this question). Lessons
 * add to the challenge's similarity and never take from it: most experiences have none.
 */
export function documentRelevance(
  similarity: number,
  lessonRelevance: number,
  lessonShare: number,
): number {
  return similarity + lessonShare * lessonRelevance;
}

/**
 * The unscaled experience of one person, document-centric: the sum of their `documents` best
 * experience weights (relevance × quality). A few well-matching experiences count; a long tail of
 * loosely related ones does not outweigh them, as it does when every document is summed
 * (documents = Infinity, the earlier model, kept for the evaluation's comparison).
 */
export function documentEvidence(weights: readonly number[], documents: number): number {
  return [...weights]
    .sort((a, b) => b - a)
    .slice(0, documents)
    .reduce((sum, weight) => sum + weight, 0);
}

/** Scales values to 0..1 by the largest (all zero stays zero). */
export function scaleByMax(values: ReadonlyMap<string, number>): Map<string, number> {
  const max = Math.max(0, ...values.values());
  return new Map([...values].map(([key, value]) => [key, max > 0 ? value / max : 0]));
}

/** Rarity of a skill held by `holders` of `people`: smoothed IDF, at least 1. */
export function inverseFrequency(holders: number, people: number): number {
  return Math.log((people + 1) / (holders + 1)) + 1;
}

/**
 * Skill overlap, 0..1: the rarity-weighted share of the wanted skills the person has, each
 * counted by level (5 = fully). `rarity` holds every wanted skill.
 */
export function skillSignal(
  rarity: ReadonlyMap<string, number>,
  levels: ReadonlyMap<string, number>,
): number {
  let wanted = 0;
  let held = 0;
  for (const [skillId, weight] of rarity) {
    wanted += weight;
    held += (weight * Math.min(5, levels.get(skillId) ?? 0)) / 5;
  }
  return wanted > 0 ? held / wanted : 0;
}

/** Theme, 0..1: 0.5 for one earlier challenge of the theme, 0.75 for two, and so on. */
export function themeSignal(challengeThemes: readonly string[], theme: string | null): number {
  if (theme === null) return 0;
  const count = challengeThemes.filter((each) => each === theme).length;
  return 1 - 0.5 ** count;
}

/**
 * The theme of a free-text question: the theme whose matched challenges add up to the most
 * similarity (ties by name), or null without matches.
 */
export function dominantTheme(
  matches: readonly {
    readonly challenge: { readonly theme: string | null };
    readonly similarity: number;
  }[],
): string | null {
  const totals = new Map<string, number>();
  for (const {
    challenge: { theme },
    similarity,
  } of matches) {
    if (theme !== null) totals.set(theme, (totals.get(theme) ?? 0) + similarity);
  }
  const ranked = [...totals].sort(([a, x], [b, y]) => y - x || a.localeCompare(b));
  return ranked[0]?.[0] ?? null;
}

/** The CBS size classes of municipalities by population (gemeentegrootteklassen). */
const SIZE_CLASS_BOUNDS = [5_000, 10_000, 20_000, 50_000, 100_000, 150_000, 250_000];

export function sizeClass(population: number): number {
  const index = SIZE_CLASS_BOUNDS.findIndex((bound) => population < bound);
  return index === -1 ? SIZE_CLASS_BOUNDS.length : index;
}

export interface MunicipalityProfile {
  readonly code: string;
  readonly population: number;
  readonly collaborationIds: readonly string[];
}

/**
 * Municipality likeness, 0..1: 1 when the person's municipality is the asking one or shares a
 * collaboration with it, 0.5 when it is of the same CBS size class, else 0.
 */
export function likenessSignal(
  asking: MunicipalityProfile | null,
  other: MunicipalityProfile,
): number {
  if (asking === null) return 0;
  if (
    asking.code === other.code ||
    other.collaborationIds.some((id) => asking.collaborationIds.includes(id))
  ) {
    return 1;
  }
  return sizeClass(asking.population) === sizeClass(other.population) ? 0.5 : 0;
}

/** Reachability by the number of KNOWS hops on the introduction path; no path: 0. */
export function reachabilitySignal(hops: number | null): number {
  switch (hops) {
    case 1:
      return 1;
    case 2:
      return 0.67;
    case 3:
      return 0.33;
    default:
      return 0;
  }
}

/** LIMITED people rank a little lower; UNAVAILABLE ones go after everyone else (ranking.ts). */
export const LIMITED_FACTOR = 0.9;

export function availabilityFactor(availability: Availability): number {
  return availability === Availability.LIMITED ? LIMITED_FACTOR : 1;
}

export type Signals = Readonly<Record<keyof ScoringWeights, number>>;

/** Σ weight × signal. */
export function weightedScore(signals: Signals, weights: ScoringWeights): number {
  return SIGNALS.reduce((sum, signal) => sum + weights[signal] * signals[signal], 0);
}

/** How far earlier introductions move a score either way: ±10 % at the extremes. */
export const FEEDBACK_SPREAD = 0.2;

/**
 * What earlier introductions say of an expert, as a factor of 0.9..1.1 (1 without any): the
 * mean of three smoothed shares, each starting from an even 0.5 so one answer moves little —
 * completed introductions called helpful, requests accepted, and the ratings (1..5 as 0..1).
 */
export function feedbackFactor(feedback: ExpertFeedback): number {
  const helpful = (feedback.helpful + 1) / (feedback.helpful + feedback.unhelpful + 2);
  const accepted = (feedback.accepted + 1) / (feedback.accepted + feedback.declined + 2);
  const rating = (feedback.ratingSum - feedback.rated + 2) / (4 * feedback.rated + 4);
  return 1 + FEEDBACK_SPREAD * ((helpful + accepted + rating) / 3 - 0.5);
}

/** The share of the score an expert at the open-request cap loses. */
export const LOAD_PENALTY = 0.4;

/**
 * Spreads requests: an expert's score falls in proportion to the requests already waiting for
 * them, to 0.6 of itself at the open-request cap (where a new request would be refused anyway),
 * so the same few people are not asked again and again.
 */
export function loadFactor(open: number, cap: number): number {
  return 1 - (LOAD_PENALTY * Math.min(open, cap)) / Math.max(1, cap);
}
