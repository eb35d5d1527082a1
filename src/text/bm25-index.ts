import { DUTCH_STOP_WORDS } from './dutch-stop-words';
import { dutchStem } from './dutch-stemmer';
import { lowerCaseWords } from './words';

/** Lucene's BM25 defaults, so a score here reads like the one Neo4j's full-text index gives. */
const K1 = 1.2;
const B = 0.75;

/** The terms of a text as Lucene's Dutch analyzer makes them: lower case, no stop words, stemmed. */
export function dutchTerms(text: string): string[] {
  return lowerCaseWords(text)
    .filter((word) => !DUTCH_STOP_WORDS.has(word))
    .map(dutchStem);
}

export interface Bm25Hit {
  readonly key: string;
  readonly score: number;
}

/**
 * A full-text index in memory: BM25 (Lucene's formula and defaults) over Dutch-stemmed terms. For
 * texts a store cannot index itself (Kuzu 0.11 indexes node tables only, not the lessons on a
 * WORKED_ON relationship); built once per snapshot, so it costs nothing until the next write.
 */
export class Bm25Index {
  /** Term → (document key → how often the term occurs in it). */
  private readonly postings = new Map<string, Map<string, number>>();
  private readonly lengths = new Map<string, number>();
  private readonly averageLength: number;

  constructor(documents: Iterable<{ readonly key: string; readonly text: string }>) {
    let total = 0;
    for (const { key, text } of documents) {
      const terms = dutchTerms(text);
      if (terms.length === 0) continue;
      this.lengths.set(key, terms.length);
      total += terms.length;
      for (const term of terms) {
        const posting = this.postings.get(term) ?? new Map<string, number>();
        posting.set(key, (posting.get(key) ?? 0) + 1);
        this.postings.set(term, posting);
      }
    }
    this.averageLength = this.lengths.size > 0 ? total / this.lengths.size : 0;
  }

  get size(): number {
    return this.lengths.size;
  }

  /**
   * The `limit` documents matching any of `words` best, highest score first, ties by key. Each
   * distinct term counts once, as in an OR query of plain words.
   */
  search(words: readonly string[], limit: number): Bm25Hit[] {
    const scores = new Map<string, number>();
    const count = this.lengths.size;
    for (const term of new Set(words.flatMap((word) => dutchTerms(word)))) {
      const posting = this.postings.get(term);
      if (!posting) continue;
      const idf = Math.log(1 + (count - posting.size + 0.5) / (posting.size + 0.5));
      for (const [key, frequency] of posting) {
        const norm = K1 * (1 - B + (B * (this.lengths.get(key) as number)) / this.averageLength);
        const score = (idf * frequency * (K1 + 1)) / (frequency + norm);
        scores.set(key, (scores.get(key) ?? 0) + score);
      }
    }
    return [...scores]
      .map(([key, score]) => ({ key, score }))
      .sort((a, b) => b.score - a.score || (a.key < b.key ? -1 : a.key > b.key ? 1 : 0))
      .slice(0, Math.max(0, limit));
  }
}
