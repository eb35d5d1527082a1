import { type Candidate, type Question } from './candidates';
import { type ExpertFeedback } from './expert-feedback.repository';
import { type SkillFrequency } from './matching.records';
import { buildReasons, lessonExcerpt } from './reasons';
import { type RecommendationResult } from './recommendation.types';
import { sizeClass } from './scoring';

/** Matched challenges listed per recommendation (the best first). */
export const MATCHES_SHOWN = 10;
/**
 * Matches below this similarity, whose lessons match less too, are listed but not told as reasons
 * (unless nothing else is); lessons matching at least this well are quoted.
 */
export const TELLING_SIMILARITY = 0.3;

export interface Placement {
  /** The final score (after availability and spread). */
  readonly score: number;
  readonly reachability: number;
  /** Person ids from the asker to the candidate, or null. */
  readonly path: readonly string[] | null;
  /** The names of the people on the path between the ends (all visible to the asker). */
  readonly introducers: readonly string[] | null;
  readonly question: Question;
  /** The wanted skills, by id. */
  readonly skills: ReadonlyMap<string, SkillFrequency>;
  /** What earlier introductions say of the candidate, when there were any. */
  readonly feedback: ExpertFeedback | null;
}

/** A ranked candidate as the service answers it, reasons included. */
export function toResult(candidate: Candidate, placement: Placement): RecommendationResult {
  const { question } = placement;
  const levels = candidate.levels;
  // The wanted skills the person has, the rarest at the highest level first.
  const shared = [...question.rarity]
    .filter(([skillId]) => levels.has(skillId))
    .map(([skillId, rarity]) => ({
      skillId,
      name: placement.skills.get(skillId)?.name ?? skillId,
      weight: rarity * (levels.get(skillId) ?? 0),
    }))
    .sort((a, b) => b.weight - a.weight || a.name.localeCompare(b.name, 'nl'));
  const asking = question.asking;
  const municipality = candidate.municipality;
  const telling = candidate.matches.filter(
    (match) =>
      match.similarity >= TELLING_SIMILARITY || match.lessonRelevance >= TELLING_SIMILARITY,
  );
  const reasons = buildReasons({
    experiences: (telling.length > 0 ? telling : candidate.matches.slice(0, 1)).map((match) => ({
      title: match.challenge.title,
      municipalityName: match.challenge.municipalityName,
      role: match.role,
      outcome: match.outcome,
      year: match.year,
      lesson:
        match.lessonsLearned !== null && match.lessonRelevance >= TELLING_SIMILARITY
          ? lessonExcerpt(match.lessonsLearned)
          : null,
    })),
    sharedSkillNames: shared.map((skill) => skill.name),
    theme:
      question.theme === null
        ? null
        : {
            slug: question.theme,
            count: candidate.person.challengeThemes.filter((theme) => theme === question.theme)
              .length,
          },
    municipalityName: municipality.name,
    sameMunicipality: asking?.code === municipality.code,
    sharedCollaborationNames: asking
      ? municipality.collaborations
          .filter(({ id }) => asking.collaborations.some((each) => each.id === id))
          .map(({ name }) => name)
      : [],
    similarSize:
      asking !== null && sizeClass(asking.population) === sizeClass(municipality.population),
    introducers: placement.introducers,
    availability: candidate.person.availability,
    introductions: placement.feedback && {
      helpful: placement.feedback.helpful,
      meanRating:
        placement.feedback.rated > 0
          ? placement.feedback.ratingSum / placement.feedback.rated
          : null,
      open: placement.feedback.open,
    },
  });
  return {
    personId: candidate.person.id,
    score: placement.score,
    reasons,
    matchedChallenges: candidate.matches.slice(0, MATCHES_SHOWN).map((match) => ({
      challengeId: match.challengeId,
      similarity: match.similarity,
      lessonRelevance: match.lessonRelevance,
      role: match.role,
      outcome: match.outcome,
      year: match.year,
    })),
    sharedSkillIds: shared.map((skill) => skill.skillId),
    introductionPath: placement.path && [...placement.path],
    signals: { ...candidate.signals, reachability: placement.reachability },
  };
}
