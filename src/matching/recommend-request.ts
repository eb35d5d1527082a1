import {
  MatchingException,
  MAX_DESCRIPTION_LENGTH,
  MAX_RECOMMENDATIONS,
} from './matching.exception';
import { similarChallengeWords } from '../text/query-words';
import { type RecommendOptions, type RecommendRequest } from './recommendation.types';
import { DEFAULT_WEIGHTS, type ScoringWeights } from './scoring-weights';

/** The tuning of one recommend call: the options given, defaults for the rest. */
export interface RecommendSettings {
  readonly weights: ScoringWeights;
  readonly similarChallenges: number;
  readonly minSimilarity: number;
  readonly skillShare: number;
  readonly feedbackChallenges: number;
  readonly topicPenalty: number;
  readonly similarExperiences: number;
  readonly lessonShare: number;
  readonly evidenceDocuments: number;
  readonly splitCompounds: boolean;
  readonly skillsFromText: boolean;
  readonly spreadPenalty: number;
  readonly referenceYear: number;
  readonly introductionFeedback: boolean;
}

export function settingsOf(options: RecommendOptions): RecommendSettings {
  return {
    weights: options.weights ?? DEFAULT_WEIGHTS,
    similarChallenges: options.similarChallenges ?? 100,
    minSimilarity: options.minSimilarity ?? 0.05,
    skillShare: options.skillShare ?? 0.8,
    feedbackChallenges: options.feedbackChallenges ?? 5,
    topicPenalty: options.topicPenalty ?? 0.5,
    similarExperiences: options.similarExperiences ?? 100,
    lessonShare: options.lessonShare ?? 0.5,
    evidenceDocuments: options.evidenceDocuments ?? 3,
    splitCompounds: options.splitCompounds ?? true,
    skillsFromText: options.skillsFromText ?? true,
    spreadPenalty: options.spreadPenalty ?? 0.03,
    referenceYear: options.referenceYear ?? new Date().getUTCFullYear(),
    introductionFeedback: options.introductionFeedback ?? true,
  };
}

/**
 * Checks the rules of a request that need no store, the same for GraphQL (whose input
 * validation says it first) and for direct callers such as the evaluation. Returns the words of
 * the description (null when a challengeId was sent instead).
 */
export function assertValidRequest(request: RecommendRequest): string[] | null {
  const hasChallenge = request.challengeId !== undefined;
  const hasDescription = request.description !== undefined;
  if (hasChallenge === hasDescription) throw MatchingException.subjectInvalid();
  if (
    !Number.isInteger(request.first) ||
    request.first < 1 ||
    request.first > MAX_RECOMMENDATIONS
  ) {
    throw MatchingException.inputInvalid(
      `first must be a whole number from 1 to ${MAX_RECOMMENDATIONS}`,
    );
  }
  if (request.includeOwnMunicipality && !request.askerId && !request.municipalityCode) {
    throw MatchingException.inputInvalid(
      'includeOwnMunicipality needs the asking municipality: send askerId or municipalityCode, or leave includeOwnMunicipality out',
    );
  }
  if (request.description === undefined) return null;
  if (request.description.length > MAX_DESCRIPTION_LENGTH) {
    throw MatchingException.inputInvalid(
      `description must be at most ${MAX_DESCRIPTION_LENGTH} characters`,
    );
  }
  const words = similarChallengeWords(request.description);
  if (words.length === 0 && (request.skillIds ?? []).length === 0) {
    throw MatchingException.nothingToMatch();
  }
  return words;
}
