import {
  type RecommendOptions,
  type RecommendRequest,
  type RecommendationResult,
} from '../../src/matching/recommendation.types';
import {
  DEFAULT_WEIGHTS,
  onlySignal,
  SIGNALS,
  type ScoringWeights,
} from '../../src/matching/scoring-weights';
import { type EvalQuery, type MetricValues } from './eval-types';
import { checkHardRules, type Violation } from './hard-rules';
import { averageMetrics, ndcgAt, recallAt, reciprocalRank } from './metrics';

/** What the harness needs of the matching service: exactly MatchingService.recommend. */
export interface Recommender {
  recommend(request: RecommendRequest, options?: RecommendOptions): Promise<RecommendationResult[]>;
}

/** One way of running the ranker: the full default, one signal alone, or a labelled tuned set. */
export interface RankerConfig {
  readonly name: string;
  readonly weights: ScoringWeights;
  readonly kind: 'full' | 'component' | 'ablation' | 'tuned';
  /** Options that switch one part of the ranker off (the component ablations). */
  readonly options?: Omit<RecommendOptions, 'weights'>;
}

/** The full ranker with one part of the matching switched off or replaced, in the tables' order. */
const COMPONENT_ABLATIONS: readonly {
  readonly name: string;
  readonly options: Omit<RecommendOptions, 'weights'>;
}[] = [
  { name: 'without lessons (challenge texts only)', options: { lessonShare: 0 } },
  {
    name: 'every experience summed (profile-centric)',
    options: { evidenceDocuments: Number.POSITIVE_INFINITY },
  },
  { name: 'without compound splitting', options: { splitCompounds: false } },
  { name: 'without skills named in the text', options: { skillsFromText: false } },
  { name: 'without the topic penalty', options: { topicPenalty: 0 } },
];

export interface ConfigResult {
  readonly config: RankerConfig;
  readonly metrics: MetricValues;
  readonly violations: readonly Violation[];
  /** How many UNAVAILABLE people the lists showed (the ordering rule is only tested if > 0). */
  readonly unavailableShown: number;
  /** Mean share of the relevant people found anywhere in the returned list (R@first). */
  readonly recallInList: number;
  /** Milliseconds per recommend call, sorted ascending. */
  readonly latenciesMs: readonly number[];
  /** Per query, in query order: reciprocal rank and nDCG@10 (for intervals and diagnostics). */
  readonly perQuery: readonly {
    readonly rr: number;
    readonly ndcg10: number;
    /** The first ten person ids returned. */
    readonly top10: readonly string[];
  }[];
}

/**
 * The full ranker, each signal alone (the ablations), and a recorded tuned set if there is
 * one, in the order of the tables.
 */
export function standardConfigs(tuned: ScoringWeights | null = null): RankerConfig[] {
  return [
    { name: 'full ranker (DEFAULT_WEIGHTS)', weights: DEFAULT_WEIGHTS, kind: 'full' },
    ...COMPONENT_ABLATIONS.map(({ name, options }): RankerConfig => ({
      name,
      weights: DEFAULT_WEIGHTS,
      kind: 'ablation',
      options,
    })),
    ...SIGNALS.map((signal): RankerConfig => ({
      name: `${signal} alone`,
      weights: onlySignal(signal),
      kind: 'ablation',
    })),
    ...(tuned
      ? [
          {
            name: 'tuned weights (held-out data; not the default)',
            weights: tuned,
            kind: 'tuned' as const,
          },
        ]
      : []),
  ];
}

/**
 * Runs every query (and hard-rule probe) once per configuration, one call at a time (the numbers are about ranking
 * quality, and sequential calls keep the latencies honest), and scores the lists.
 */
export async function runConfig(
  recommender: Recommender,
  queries: readonly EvalQuery[],
  config: RankerConfig,
  extraOptions: Omit<RecommendOptions, 'weights'> = {},
  probes: readonly EvalQuery[] = [],
): Promise<ConfigResult> {
  const ranked: { ranked: string[]; judgements: EvalQuery['relevant'] }[] = [];
  const violations: Violation[] = [];
  let unavailableShown = 0;
  const latenciesMs: number[] = [];
  for (const query of queries) {
    const started = process.hrtime.bigint();
    const results = await recommender.recommend(query.request, {
      ...extraOptions,
      ...config.options,
      weights: config.weights,
    });
    latenciesMs.push(Number(process.hrtime.bigint() - started) / 1e6);
    const ids = results.map((result) => result.personId);
    ranked.push({ ranked: ids, judgements: query.relevant });
    violations.push(...checkHardRules(query, ids));
    unavailableShown += ids.filter((id) => query.unavailable.has(id)).length;
  }
  // Probes only test the hard rules; they stay out of the metrics and the latencies.
  for (const probe of probes) {
    const results = await recommender.recommend(probe.request, {
      ...extraOptions,
      ...config.options,
      weights: config.weights,
    });
    const ids = results.map((result) => result.personId);
    violations.push(...checkHardRules(probe, ids));
    unavailableShown += ids.filter((id) => probe.unavailable.has(id)).length;
  }
  return {
    config,
    metrics: averageMetrics(ranked),
    violations,
    unavailableShown,
    recallInList:
      queries.length === 0
        ? 0
        : ranked.reduce((sum, q) => sum + recallAt(q.ranked.length, q.ranked, q.judgements), 0) /
          queries.length,
    latenciesMs: latenciesMs.sort((a, b) => a - b),
    perQuery: ranked.map((q) => ({
      rr: reciprocalRank(q.ranked, q.judgements),
      ndcg10: ndcgAt(10, q.ranked, q.judgements),
      top10: q.ranked.slice(0, 10),
    })),
  };
}

/** The p-th percentile (0..100) of ascending values, nearest rank. */
export function percentile(sorted: readonly number[], p: number): number {
  if (sorted.length === 0) return 0;
  const rank = Math.ceil((p / 100) * sorted.length);
  return sorted[Math.min(sorted.length, Math.max(1, rank)) - 1];
}
