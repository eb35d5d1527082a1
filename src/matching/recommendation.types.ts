import { type Viewpoint } from '../people/visibility';
import { type ExperienceRole, type Outcome } from '../experiences/experience-role';
import { type ScoringWeights } from './scoring-weights';

/** A validated recommendation request (the service's input, independent of GraphQL). */
export interface RecommendRequest {
  readonly challengeId?: string;
  readonly description?: string;
  readonly skillIds?: readonly string[];
  readonly askerId?: string;
  readonly municipalityCode?: string;
  readonly includeOwnMunicipality: boolean;
  /** 1..50 */
  readonly first: number;
  /**
   * Whose visibility decides who may be recommended and who may be on a path: the caller's
   * (GraphQL). Left out, or one that sees everyone, the asking municipality's (askerId's or
   * municipalityCode's) applies: the administrator asks as that municipality would.
   */
  readonly viewpoint?: Viewpoint;
}

export interface RecommendOptions {
  /** Overrides DEFAULT_WEIGHTS (ablations in the evaluation). */
  readonly weights?: ScoringWeights;
  /**
   * How many challenges the text search finds, and how many more come from requiring the wanted
   * skills (default 100 each).
   */
  readonly similarChallenges?: number;
  /** Found challenges whose similarity (0..1) is below this are ignored (default 0.05). */
  readonly minSimilarity?: number;
  /**
   * The share of a found challenge's similarity that comes from requiring the wanted skills,
   * the rest from its text (default 0.8; used only when skills are wanted).
   */
  readonly skillShare?: number;
  /**
   * How many of the most similar challenges lend their required skills to the wanted ones
   * before the similarities are worked out again (default 5; 0 turns this off).
   */
  readonly feedbackChallenges?: number;
  /** Experiences found by the full-text relevance of their lessons (default 100). */
  readonly similarExperiences?: number;
  /** The weight of lesson relevance in an experience's relevance (default 0.5; 0: lessons unused). */
  readonly lessonShare?: number;
  /**
   * How many of a person's best experiences make up their evidence (default 3; Infinity sums
   * every experience, the earlier model).
   */
  readonly evidenceDocuments?: number;
  /** Whether the question's compound words add their parts (default true; query-expansion.ts). */
  readonly splitCompounds?: boolean;
  /**
   * Whether a description's words add the skills they name, by name, alias or ESCO alternative
   * label, to the wanted skills (default true; query-expansion.ts).
   */
  readonly skillsFromText?: boolean;
  /**
   * The share of its similarity a found challenge loses when it is of another theme than the
   * asked one and requires none of the wanted skills (default 0.5; 0 turns this off).
   */
  readonly topicPenalty?: number;
  /** Score subtracted for each earlier pick from the same municipality (default 0.03). */
  readonly spreadPenalty?: number;
  /** The year recency is measured from (default: the current year). */
  readonly referenceYear?: number;
  /**
   * Whether what earlier introductions say of each expert (helpfulness, acceptance, requests
   * waiting) moves the score (default true; false for the evaluation's comparison).
   */
  readonly introductionFeedback?: boolean;
}

export interface MatchedChallenge {
  readonly challengeId: string;
  /** 0..1, the similarity to the asked challenge (0 when only the lessons matched). */
  readonly similarity: number;
  /** 0..1, how well the lessons written on it match the question. */
  readonly lessonRelevance: number;
  readonly role: ExperienceRole;
  readonly outcome: Outcome;
  readonly year: number | null;
}

/** One ranked colleague, before it becomes a GraphQL Recommendation. */
export interface RecommendationResult {
  readonly personId: string;
  readonly score: number;
  readonly reasons: string[];
  readonly matchedChallenges: MatchedChallenge[];
  readonly sharedSkillIds: string[];
  /** Person ids from the asker to the expert (both included), or null. */
  readonly introductionPath: string[] | null;
  /** Each signal's 0..1 value, for explanations and the evaluation. */
  readonly signals: Readonly<Record<keyof ScoringWeights, number>>;
}
