import { type Grade, type MetricValues } from './eval-types';

/**
 * The ranking metrics of the evaluation, per query and averaged over queries. Pure functions
 * over a ranked list of person ids and the query's judgements (id → grade ≥ 1; anyone not in
 * the map is not relevant). A person counts as relevant from grade 1 up.
 */

export type Judgements = ReadonlyMap<string, Grade>;

function gradeOf(judgements: Judgements, id: string): number {
  return judgements.get(id) ?? 0;
}

/** 1 / rank of the first relevant person, 0 when none was returned. */
export function reciprocalRank(ranked: readonly string[], judgements: Judgements): number {
  const index = ranked.findIndex((id) => gradeOf(judgements, id) > 0);
  return index < 0 ? 0 : 1 / (index + 1);
}

/** 1 when the first person is relevant. */
export function precisionAt1(ranked: readonly string[], judgements: Judgements): number {
  return ranked.length > 0 && gradeOf(judgements, ranked[0]) > 0 ? 1 : 0;
}

/**
 * nDCG@k with graded relevance and linear gain (grade / log2(rank + 1)), the trec_eval
 * convention; with one relevant person of grade 1 it equals the binary nDCG the Stack Exchange
 * baselines report. The ideal ranking is built from every judged person, returned or not, so
 * missing a relevant person costs as much as ranking them low.
 */
export function ndcgAt(k: number, ranked: readonly string[], judgements: Judgements): number {
  const dcg = ranked
    .slice(0, k)
    .reduce((sum, id, i) => sum + gradeOf(judgements, id) / Math.log2(i + 2), 0);
  const ideal = [...judgements.values()]
    .filter((grade) => grade > 0)
    .sort((a, b) => b - a)
    .slice(0, k)
    .reduce((sum: number, grade, i) => sum + grade / Math.log2(i + 2), 0);
  return ideal === 0 ? 0 : dcg / ideal;
}

/** Share of the relevant people found in the first k. */
export function recallAt(k: number, ranked: readonly string[], judgements: Judgements): number {
  const relevant = [...judgements.values()].filter((grade) => grade > 0).length;
  if (relevant === 0) return 0;
  const found = ranked.slice(0, k).filter((id) => gradeOf(judgements, id) > 0).length;
  return found / relevant;
}

/**
 * Whether the first k open with the wrong problem: someone of `wrong` (people who solved a
 * look-alike problem, none of them relevant) comes before every relevant person in the first k.
 * A list with neither in its first k does not count.
 */
export function wrongProblemFirst(
  k: number,
  ranked: readonly string[],
  judgements: Judgements,
  wrong: ReadonlySet<string>,
): boolean {
  for (const id of ranked.slice(0, k)) {
    if (gradeOf(judgements, id) > 0) return false;
    if (wrong.has(id)) return true;
  }
  return false;
}

export interface RankedQuery {
  readonly ranked: readonly string[];
  readonly judgements: Judgements;
}

/** MRR, P@1, nDCG@10 and R@10, each the mean over the queries (0 for no queries). */
export function averageMetrics(queries: readonly RankedQuery[]): MetricValues {
  const mean = (metric: (q: RankedQuery) => number): number =>
    queries.length === 0 ? 0 : queries.reduce((sum, q) => sum + metric(q), 0) / queries.length;
  return {
    mrr: mean((q) => reciprocalRank(q.ranked, q.judgements)),
    p1: mean((q) => precisionAt1(q.ranked, q.judgements)),
    ndcg10: mean((q) => ndcgAt(10, q.ranked, q.judgements)),
    r10: mean((q) => recallAt(10, q.ranked, q.judgements)),
  };
}
