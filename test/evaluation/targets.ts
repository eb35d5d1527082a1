import { type BaselineScore, type MetricValues } from './eval-types';

/** The quality targets of issue 4, item 7, raised by issue 13 (synthetic nDCG@10 0.85 → 0.90). */
export const SYNTHETIC_NDCG_TARGET = 0.9;
export const SE_MRR_FACTOR = 1.1;

export interface TargetOutcome {
  /** What was required, in words ("nDCG@10 ≥ 0.850"). */
  readonly requirement: string;
  readonly required: number;
  readonly achieved: number;
  readonly met: boolean;
  /** achieved − required (negative when missed). */
  readonly margin: number;
}

export function syntheticTarget(full: MetricValues): TargetOutcome {
  return outcome(
    `nDCG@10 ≥ ${SYNTHETIC_NDCG_TARGET.toFixed(3)}`,
    SYNTHETIC_NDCG_TARGET,
    full.ndcg10,
  );
}

/** MRR at least 10% above the best README baseline's MRR. */
export function stackExchangeTarget(
  full: MetricValues,
  baselines: readonly BaselineScore[],
): TargetOutcome {
  const best = baselines.reduce<BaselineScore | null>(
    (top, b) => (top === null || b.metrics.mrr > top.metrics.mrr ? b : top),
    null,
  );
  const bestMrr = best?.metrics.mrr ?? 0;
  const required = bestMrr * SE_MRR_FACTOR;
  return outcome(
    `MRR ≥ ${SE_MRR_FACTOR.toFixed(2)} × ${bestMrr.toFixed(3)} (${best?.name.replace('baseline: ', '') ?? 'no baseline'}) = ${required.toFixed(3)}`,
    required,
    full.mrr,
  );
}

function outcome(requirement: string, required: number, achieved: number): TargetOutcome {
  return {
    requirement,
    required,
    achieved,
    met: achieved >= required,
    margin: achieved - required,
  };
}
