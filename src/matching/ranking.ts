/** A scored candidate, ready to be put in order. */
export interface RankCandidate {
  readonly id: string;
  readonly municipalityCode: string;
  /** The weighted score, LIMITED already discounted. */
  readonly score: number;
  readonly unavailable: boolean;
}

export interface Ranked {
  readonly id: string;
  /** The score after the spread penalty: what the list is ordered by within its group. */
  readonly score: number;
}

/**
 * The final order, `first` long:
 *
 * 1. every available (AVAILABLE or LIMITED) candidate before every UNAVAILABLE one;
 * 2. within each group, greedily the highest score after a penalty of `spreadPenalty` for each
 *    candidate already picked from the same municipality, so close scores spread over
 *    municipalities while a clearly better colleague still wins; ties by id.
 */
export function rank(
  candidates: readonly RankCandidate[],
  first: number,
  spreadPenalty: number,
): Ranked[] {
  const picked: Ranked[] = [];
  const perMunicipality = new Map<string, number>();
  for (const group of [false, true]) {
    const pool = candidates.filter((candidate) => candidate.unavailable === group);
    while (picked.length < first && pool.length > 0) {
      let bestIndex = 0;
      let bestScore = -Infinity;
      pool.forEach((candidate, index) => {
        const score =
          candidate.score - spreadPenalty * (perMunicipality.get(candidate.municipalityCode) ?? 0);
        if (score > bestScore || (score === bestScore && candidate.id < pool[bestIndex].id)) {
          bestIndex = index;
          bestScore = score;
        }
      });
      const [best] = pool.splice(bestIndex, 1);
      perMunicipality.set(
        best.municipalityCode,
        (perMunicipality.get(best.municipalityCode) ?? 0) + 1,
      );
      // A penalty never makes a score negative: 0 is the floor of the scale.
      picked.push({ id: best.id, score: Math.max(0, bestScore) });
    }
  }
  return picked;
}
