import { type EvalQuery } from './eval-types';
import { wrongProblemFirst } from './metrics';
import { type ConfigResult, type RankerConfig } from './runner';

/** How one ranker fares on the look-alike queries of a data set. */
export interface LookAlikeRow {
  readonly ranker: string;
  readonly kind: RankerConfig['kind'];
  /** nDCG@10 and MRR over the look-alike queries alone. */
  readonly ndcg10: number;
  readonly mrr: number;
  /** Look-alike queries whose first 10 show a solver of the other problem before any relevant person. */
  readonly wrongFirst: number;
  /** Those queries' ids. */
  readonly wrongFirstIds: readonly string[];
  /** Hard-rule violations in the lists of the look-alike queries. */
  readonly violations: number;
  /** nDCG@10 over the data set's other queries, for comparison. */
  readonly otherNdcg10: number;
}

export interface LookAlikeSummary {
  readonly queryCount: number;
  readonly otherQueryCount: number;
  /** One row per ranker of the run, in its order. */
  readonly rows: readonly LookAlikeRow[];
  /** The full ranker on the same queries without their skillIds, when that was run. */
  readonly descriptionOnly: LookAlikeRow | null;
}

/** Whether a data set has look-alike queries (those with `lookAlikeSolvers`). */
export function hasLookAlikes(queries: readonly EvalQuery[]): boolean {
  return queries.some((query) => query.lookAlikeSolvers);
}

/** A query as someone would ask it who names no skills: the description alone. */
export function withoutSkills(query: EvalQuery): EvalQuery {
  return { ...query, request: { ...query.request, skillIds: [] } };
}

const mean = (values: readonly number[]): number =>
  values.length === 0 ? 0 : values.reduce((a, b) => a + b, 0) / values.length;

/**
 * The look-alike queries scored apart, per ranker, from the per-query results of the run
 * (`perQuery` is in query order); `descriptionOnly` is a run of the same queries without their
 * skills (withoutSkills), in the same order. Null when the data set has no look-alike queries.
 */
export function summariseLookAlikes(
  queries: readonly EvalQuery[],
  results: readonly ConfigResult[],
  descriptionOnly: ConfigResult | null = null,
): LookAlikeSummary | null {
  const lookAlike = queries.flatMap((query, index) =>
    query.lookAlikeSolvers ? [{ query, index }] : [],
  );
  if (lookAlike.length === 0) return null;
  const isLookAlike = new Set(lookAlike.map((q) => q.index));
  const ids = new Set(lookAlike.map(({ query }) => query.id));
  const others = queries.map((_q, index) => index).filter((index) => !isLookAlike.has(index));

  const row = (result: ConfigResult): LookAlikeRow => {
    const perQuery = lookAlike.map(({ query, index }) => ({
      query,
      scored: result.perQuery[index],
    }));
    const wrongFirstIds = perQuery
      .filter(({ query, scored }) =>
        wrongProblemFirst(10, scored.top10, query.relevant, query.lookAlikeSolvers ?? new Set()),
      )
      .map(({ query }) => query.id);
    return {
      ranker: result.config.name,
      kind: result.config.kind,
      ndcg10: mean(perQuery.map(({ scored }) => scored.ndcg10)),
      mrr: mean(perQuery.map(({ scored }) => scored.rr)),
      wrongFirst: wrongFirstIds.length,
      wrongFirstIds,
      violations: result.violations.filter((v) => ids.has(v.queryId)).length,
      otherNdcg10: mean(others.map((index) => result.perQuery[index].ndcg10)),
    };
  };
  return {
    queryCount: lookAlike.length,
    otherQueryCount: others.length,
    rows: results.map(row),
    descriptionOnly: descriptionOnly ? row(descriptionOnly) : null,
  };
}
