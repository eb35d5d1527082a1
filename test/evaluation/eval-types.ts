import { type RecommendRequest } from '../../src/matching/recommendation.types';
import {
  type ImportAcquaintance,
  type ImportChallenge,
  type ImportChallengeSkill,
  type ImportExperience,
  type ImportPerson,
  type ImportPersonSkill,
  type ImportSkill,
} from '../../src/seed/graph-import.repository';

/** Graded relevance of one person for one query: 2 = the best answer, 1 = also helpful. */
export type Grade = 0 | 1 | 2;

/**
 * One evaluation query with its judgements. Everything the hard-rule checks need is planted
 * here, so the checks never have to ask the service under test what it thinks is allowed.
 */
export interface EvalQuery {
  readonly id: string;
  readonly request: RecommendRequest;
  /** Person id → grade, only for grades ≥ 1; everyone else counts as 0. */
  readonly relevant: ReadonlyMap<string, Grade>;
  /** People who must never appear for this query (asker, own municipality, not visible). */
  readonly forbidden: ReadonlyMap<string, ForbiddenReason>;
  /** People who may appear only after every available person in the list. */
  readonly unavailable: ReadonlySet<string>;
  /**
   * Only on a look-alike query (synthetic/look-alikes.ts): the people who solved another problem
   * told in much the same words. None is relevant; the report counts the lists they open.
   */
  readonly lookAlikeSolvers?: ReadonlySet<string>;
}

export type ForbiddenReason = 'asker' | 'own-municipality' | 'not-visible';

/** The people, skills, challenges and their relationships of one data set (no reference data). */
export interface EvalGraph {
  readonly skills: ImportSkill[];
  readonly people: ImportPerson[];
  readonly personSkills: ImportPersonSkill[];
  readonly challenges: ImportChallenge[];
  readonly challengeSkills: ImportChallengeSkill[];
  readonly experiences: ImportExperience[];
  readonly acquaintances: ImportAcquaintance[];
}

/** A reference score from a data set's README (baseline_results.json). */
export interface BaselineScore {
  readonly name: string;
  readonly metrics: MetricValues;
}

export interface MetricValues {
  readonly mrr: number;
  readonly p1: number;
  readonly ndcg10: number;
  readonly r10: number;
}

export interface EvalDataset {
  /** Short name used in tables ("synthetic", "beer", ...). */
  readonly name: string;
  readonly title: string;
  readonly graph: EvalGraph;
  readonly queries: readonly EvalQuery[];
  /** Queries checked for the hard rules only, not scored (see synthetic/probes.ts). */
  readonly probes: readonly EvalQuery[];
  readonly baselines: readonly BaselineScore[];
  /**
   * The "now" that recency is measured from. Fixed per data set, so the numbers do not drift
   * with the calendar: the synthetic world ends in 2024; a Stack Exchange split's now is its cutoff.
   */
  readonly referenceYear: number;
  /**
   * What a person who is not relevant for a query is, in a few words ("tried the same problem,
   * failed or ongoing"), for the report's account of what outranks the relevant people.
   */
  readonly describeOther?: (query: EvalQuery, personId: string) => string;
  /** Free-form facts for the report (sizes, choices made while importing). */
  readonly notes: readonly string[];
}
