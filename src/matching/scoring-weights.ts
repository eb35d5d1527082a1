/**
 * The named weights of the recommendation score (see scoring.ts and docs/matching.md). Each
 * signal is scaled to 0..1 before weighting, so a weight is that signal's share of the score.
 */
export interface ScoringWeights {
  /** BM25 text similarity of the person's past challenges × experience quality (role, outcome, recency). */
  readonly experience: number;
  /** Overlap of the person's skills with the required ones, weighted by rarity (IDF) and level. */
  readonly skills: number;
  /** The person worked on challenges of the same theme. */
  readonly theme: number;
  /** The person's municipality shares a collaboration with, or is of a similar size as, the asker's. */
  readonly likeness: number;
  /** A short acquaintance path from the asker. */
  readonly reachability: number;
}

export const DEFAULT_WEIGHTS: ScoringWeights = {
  experience: 0.55,
  skills: 0.25,
  theme: 0.05,
  likeness: 0.05,
  reachability: 0.1,
};

export type SignalName = keyof ScoringWeights;
export const SIGNALS: readonly SignalName[] = [
  'experience',
  'skills',
  'theme',
  'likeness',
  'reachability',
];

/** Weights that use one signal alone (for the ablations of `npm run eval`). */
export function onlySignal(signal: SignalName): ScoringWeights {
  return Object.fromEntries(
    SIGNALS.map((name) => [name, name === signal ? 1 : 0]),
  ) as unknown as ScoringWeights;
}
