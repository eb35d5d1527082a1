/**
 * Splits Dutch compounds into the known words they are written from, so a search for
 * "inburgeringswet" can also look for "inburgering" and "wet". Dutch writes compounds as one
 * word; the full-text indexes of both stores see them as one opaque token.
 *
 * A split is a dynamic programme over the word: every part is a word of the vocabulary, and a
 * part may be followed by a linking morpheme ("s", "e", "en": inburgering+s+wet). The same
 * ending after the last part is a plural (zorg+aanbieder+s). Of all splits the one with the
 * fewest parts wins, then the one with the longest first part (then second, ...).
 */

/** A part is at least this long: two-letter words make nonsense of almost any word. */
export const MIN_PART_LENGTH = 3;
/** Two parts of three letters: shorter words are never split. */
export const MIN_COMPOUND_LENGTH = 6;
/**
 * Longer input is not a Dutch word but a paste or an attack; the programme is quadratic in the
 * length, so it is not tried.
 */
export const MAX_COMPOUND_LENGTH = 64;

const LINKS = ['', 's', 'e', 'en'] as const;

/**
 * Prefixes and particles that are words of their own but, as the first part of a word, form a
 * new word rather than a compound: "aan+besteding", "onder+wijs", "uit+voering", "ver+klaring".
 * They never count as a part, wherever they appear.
 */
export const NOT_PARTS: ReadonlySet<string> = new Set(
  `aan af be bij door er ge her in mee mis na om ont onder op over per samen te tegen ter terug
   toe uit ver voor weg`.split(/\s+/),
);

export class CompoundSplitter {
  private readonly vocabulary: ReadonlySet<string>;

  /**
   * `vocabulary`: known lower-case words; those shorter than MIN_PART_LENGTH and NOT_PARTS are
   * left out.
   */
  constructor(vocabulary: Iterable<string>) {
    this.vocabulary = new Set(
      [...vocabulary].filter((word) => word.length >= MIN_PART_LENGTH && !NOT_PARTS.has(word)),
    );
  }

  /**
   * The parts of `word` (lower-cased), at least two, or [] when it cannot be divided into two or
   * more known words (a word that is just one known word, maybe with a plural ending, included).
   */
  split(word: string): string[] {
    const lower = word.toLowerCase();
    if (lower.length < MIN_COMPOUND_LENGTH || lower.length > MAX_COMPOUND_LENGTH) return [];
    // best[i]: the best split of lower.slice(i), filled from the end; undefined = none.
    const best: (string[] | undefined)[] = new Array<string[] | undefined>(lower.length + 1);
    for (let start = lower.length - 1; start >= 0; start -= 1) {
      best[start] = this.bestFrom(lower, start, best, start === 0);
    }
    return best[0] ?? [];
  }

  /**
   * `word` split into parts, then each part's parts, breadth first, each once, `word` itself not
   * included: jeugdhulpregio → jeugdhulp, regio, jeugd, hulp.
   */
  expand(word: string): string[] {
    const found = new Set<string>();
    const queue = this.split(word);
    for (let next = queue.shift(); next !== undefined; next = queue.shift()) {
      if (found.has(next)) continue;
      found.add(next);
      queue.push(...this.split(next));
    }
    return [...found];
  }

  /**
   * The best split of word.slice(start), given those of the later starts; `compound`: of two
   * parts or more.
   */
  private bestFrom(
    word: string,
    start: number,
    best: readonly (string[] | undefined)[],
    compound: boolean,
  ): string[] | undefined {
    let winner: string[] | undefined;
    for (let end = word.length; end >= start + MIN_PART_LENGTH; end -= 1) {
      const part = word.slice(start, end);
      if (!this.vocabulary.has(part)) continue;
      for (const link of LINKS) {
        if (!word.startsWith(link, end)) continue;
        const next = end + link.length;
        const rest = next === word.length ? (compound ? undefined : []) : best[next];
        if (rest === undefined) continue;
        const candidate = [part, ...rest];
        if (winner === undefined || better(candidate, winner)) winner = candidate;
      }
    }
    return winner;
  }
}

/** Fewer parts first, then longer parts from the left. */
function better(a: readonly string[], b: readonly string[]): boolean {
  if (a.length !== b.length) return a.length < b.length;
  for (let index = 0; index < a.length; index += 1) {
    if (a[index].length !== b[index].length) return a[index].length > b[index].length;
  }
  return false;
}
