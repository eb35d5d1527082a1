import { type RecommendInput } from './dto/recommend.input';
import { type Recommendation } from './models/recommendation.model';
import { type RecommendationResult, type RecommendRequest } from './recommendation.types';

/** GraphQL input → service request; null means the same as left out. */
export const toRecommendRequest = (input: RecommendInput): RecommendRequest => ({
  challengeId: input.challengeId ?? undefined,
  description: input.description ?? undefined,
  skillIds: input.skillIds ?? undefined,
  askerId: input.askerId ?? undefined,
  municipalityCode: input.municipalityCode ?? undefined,
  includeOwnMunicipality: input.includeOwnMunicipality ?? false,
  first: input.first ?? 10,
});

export const toRecommendation = (result: RecommendationResult): Recommendation => ({
  score: result.score,
  reasons: [...result.reasons],
  matchedChallenges: result.matchedChallenges.map((match) => ({ ...match })),
  personId: result.personId,
  sharedSkillIds: [...result.sharedSkillIds],
  introductionPathIds: result.introductionPath && [...result.introductionPath],
});
