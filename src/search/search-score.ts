/**
 * How searchPeople ranks. Each query word (searchWords) gets evidence from two signals, each
 * scaled to 0..1; the words' evidence is averaged, rarer words weighing more.
 *
 * For a person p and a query word w:
 * - text(p, w) = BM25 of w in p's name, title and bio (the store's full-text index, Dutch
 *   stemming), divided by the best BM25 of w among the people this search may show;
 * - skills(p, w) = relevance × level / 5 of p's strongest matched skill whose name or alias
 *   contains w (skill-matcher.ts), 0 when none does;
 * - word(p, w) = 1 − (1 − TEXT × text)(1 − SKILLS × skills), divided by its value when both are
 *   1: either signal alone counts (a "noisy or"), both together count more, the best is 1.
 *
 *   score(p) = Σ_w weight(w) × word(p, w) / Σ_w weight(w)
 *
 * weight(w) is the best BM25 of w, which grows with how rare w is (BM25's IDF); a word the text
 * matched for nobody, e.g. an abbreviation only a skill alias has, weighs the average of the
 * others (1 when there are none). So a person who covers more of the query, by text or skills,
 * ranks higher, as in a full-text index with the skills as one more field. TEXT > SKILLS
 * because a bio says what someone did, a skill label less.
 *
 * Scores order the hits of one answer; they are not comparable between queries or stores (Kuzu
 * and Lucene compute BM25 over differently analysed text). Ties go to name, then id.
 */
export const SEARCH_WEIGHTS = {
  text: 0.8,
  skills: 0.6,
} as const;

export const MAX_SKILL_LEVEL = 5;

/** One of the person's skills that matched the query. */
export interface MatchedSkillLevel {
  /** 0..1, from skill-matcher.ts. */
  readonly relevance: number;
  /** 1..5 */
  readonly level: number;
}

/** BM25 scaled by the best BM25 of the word; 0 for people the text did not match. */
export function textSignal(bm25: number | undefined, bestBm25: number): number {
  if (bm25 === undefined || bestBm25 <= 0) return 0;
  return clamp01(bm25 / bestBm25);
}

/** The strongest of the person's matched skills that contain the word (0 when none). */
export function skillSignal(matched: readonly MatchedSkillLevel[]): number {
  return Math.max(
    0,
    ...matched.map(({ relevance, level }) => clamp01(relevance) * clamp01(level / MAX_SKILL_LEVEL)),
  );
}

const BOTH_AT_BEST = 1 - (1 - SEARCH_WEIGHTS.text) * (1 - SEARCH_WEIGHTS.skills);

/** One word's evidence for one person, 0..1. */
export function wordScore(text: number, skills: number): number {
  const missed = (1 - SEARCH_WEIGHTS.text * text) * (1 - SEARCH_WEIGHTS.skills * skills);
  return (1 - missed) / BOTH_AT_BEST;
}

/** Each word's weight: its best BM25; words without any get the average of the others, or 1. */
export function wordWeights(bestBm25: readonly number[]): number[] {
  const known = bestBm25.filter((best) => best > 0);
  const fallback = known.length === 0 ? 1 : known.reduce((a, b) => a + b, 0) / known.length;
  return bestBm25.map((best) => (best > 0 ? best : fallback));
}

/** The weighted mean of the words' evidence. */
export function searchScore(wordScores: readonly number[], weights: readonly number[]): number {
  const total = weights.reduce((a, b) => a + b, 0);
  if (total <= 0) return 0;
  return wordScores.reduce((sum, score, i) => sum + score * weights[i], 0) / total;
}

const clamp01 = (value: number): number => Math.min(1, Math.max(0, value));
