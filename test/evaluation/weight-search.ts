import { SIGNALS, type ScoringWeights } from '../../src/matching/scoring-weights';

/** Weights that add up to 1, each rounded to 3 decimals (readable, and a stable cache key). */
export function normalise(weights: ScoringWeights): ScoringWeights {
  const total = SIGNALS.reduce((sum, s) => sum + weights[s], 0);
  if (total <= 0) throw new RangeError('at least one weight must be positive');
  return Object.fromEntries(
    SIGNALS.map((s) => [s, Math.round((1000 * weights[s]) / total) / 1000]),
  ) as unknown as ScoringWeights;
}

export interface SearchStep {
  readonly weights: ScoringWeights;
  readonly score: number;
}

export interface SearchResult {
  readonly best: SearchStep;
  readonly start: SearchStep;
  readonly steps: readonly SearchStep[];
}

/** How a weight is changed in one step; a zero weight is brought in at 0.05 × the factor. */
export const STEP_FACTORS = [0, 0.5, 2, 4] as const;

/**
 * Coordinate search over the weights: for each signal in turn try scaling its weight by each
 * factor (renormalised to sum 1), keep any change that raises the objective, and repeat for
 * `rounds`. Deterministic, and small enough (≈ rounds × 5 × 4 evaluations) to run against the
 * real service on held-out queries. The objective is given, so the search never sees test data.
 */
export async function searchWeights(
  start: ScoringWeights,
  objective: (weights: ScoringWeights) => Promise<number>,
  rounds = 2,
): Promise<SearchResult> {
  const seen = new Map<string, number>();
  const steps: SearchStep[] = [];
  const score = async (weights: ScoringWeights): Promise<number> => {
    const key = JSON.stringify(weights);
    const known = seen.get(key);
    if (known !== undefined) return known;
    const value = await objective(weights);
    seen.set(key, value);
    steps.push({ weights, score: value });
    return value;
  };

  const first = normalise(start);
  let best: SearchStep = { weights: first, score: await score(first) };
  const startStep = best;
  for (let round = 0; round < rounds; round += 1) {
    for (const signal of SIGNALS) {
      for (const factor of STEP_FACTORS) {
        const current = best.weights[signal];
        const changed = current === 0 ? 0.05 * factor : current * factor;
        const others = SIGNALS.filter((s) => s !== signal).some((s) => best.weights[s] > 0);
        if (changed === current || (changed === 0 && !others)) continue;
        const candidate = normalise({ ...best.weights, [signal]: changed });
        const value = await score(candidate);
        if (value > best.score + 1e-9) best = { weights: candidate, score: value };
      }
    }
  }
  return { best, start: startStep, steps };
}
