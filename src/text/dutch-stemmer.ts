/**
 * The Snowball Dutch stemmer (the classic algorithm, https://snowballstem.org/algorithms/dutch/
 * stemmer.html), the one behind Kuzu's `stemmer := 'dutch'` and Lucene's DutchAnalyzer. Search
 * uses it for skill names and aliases, which no full-text index covers (see skill-matcher.ts):
 * "aanbesteding" and "aanbesteden" both become "aanbested". Input is one lowercase word.
 *
 * test/neo4j/dutch-analyzer.spec.ts checks it word for word against Neo4j's `dutch` analyzer on
 * every word of the demo data, the reference data and the Stack Exchange fixtures. That analyzer
 * differs in one way on purpose: Lucene's DutchAnalyzer overrides the stem of four words ("kind"
 * → "kinder", "ei" → "eier", "fiets", "bromfiets"); Kuzu and this stemmer do not.
 */

const VOWELS = 'aeiouyè';
/** Replaced before stemming, as the algorithm's prelude does. */
const UNACCENTED: Readonly<Record<string, string>> = {
  ä: 'a',
  á: 'a',
  ë: 'e',
  é: 'e',
  ï: 'i',
  í: 'i',
  ö: 'o',
  ó: 'o',
  ü: 'u',
  ú: 'u',
};

// The algorithm marks a consonantal "i" and "y" with capitals; they are never vowels.
const isVowel = (char: string | undefined): boolean => char !== undefined && VOWELS.includes(char);
const isNonVowel = (char: string | undefined): boolean => char !== undefined && !isVowel(char);

export function dutchStem(word: string): string {
  const chars = prelude(word);
  const { p1, p2 } = regions(chars);
  const stemmed = new SuffixStripper(chars, p1, p2).run();
  return stemmed.replace(/Y/g, 'y').replace(/I/g, 'i');
}

/** Accents off; initial y, y after a vowel and i between vowels become consonants (Y, I). */
function prelude(word: string): string[] {
  const chars = [...word].map((char) => UNACCENTED[char] ?? char);
  if (chars[0] === 'y') chars[0] = 'Y';
  for (let i = 0; i + 1 < chars.length; i++) {
    if (!isVowel(chars[i])) continue;
    if (chars[i + 1] === 'i' && isVowel(chars[i + 2])) chars[i + 1] = 'I';
    else if (chars[i + 1] === 'y') chars[i + 1] = 'Y';
  }
  return chars;
}

/**
 * R1 starts after the first non-vowel that follows a vowel, but not before the fourth letter;
 * R2 is the same rule applied again from the unadjusted start of R1.
 */
function regions(chars: readonly string[]): { p1: number; p2: number } {
  const afterVowelThenNonVowel = (from: number): number | undefined => {
    let i = from;
    while (i < chars.length && !isVowel(chars[i])) i++;
    i++;
    while (i < chars.length && isVowel(chars[i])) i++;
    return i < chars.length ? i + 1 : undefined;
  };
  const r1 = afterVowelThenNonVowel(0);
  if (r1 === undefined) return { p1: chars.length, p2: chars.length };
  const r2 = afterVowelThenNonVowel(r1);
  return { p1: Math.max(r1, 3), p2: r2 ?? chars.length };
}

/** The backward steps of the algorithm on one word; each step may shorten it from the end. */
class SuffixStripper {
  private word: string;
  private eFound = false;

  constructor(
    chars: readonly string[],
    private readonly p1: number,
    private readonly p2: number,
  ) {
    this.word = chars.join('');
  }

  run(): string {
    this.step1();
    this.eEnding();
    this.heidEnding();
    this.step3();
    this.undoubleVowel();
    return this.word;
  }

  private ends(suffix: string): boolean {
    return this.word.endsWith(suffix);
  }

  /** Where `suffix` starts when the word ends with it. */
  private startOf(suffix: string): number {
    return this.word.length - suffix.length;
  }

  private charBefore(suffix: string): string | undefined {
    const start = this.startOf(suffix);
    return start > 0 ? this.word[start - 1] : undefined;
  }

  private inR1(suffix: string): boolean {
    return this.startOf(suffix) >= this.p1;
  }

  private inR2(suffix: string): boolean {
    return this.startOf(suffix) >= this.p2;
  }

  private drop(suffix: string): void {
    this.word = this.word.slice(0, this.startOf(suffix));
  }

  /** The longest of `suffixes` the word ends with. */
  private longest(suffixes: readonly string[]): string | undefined {
    return [...suffixes].sort((a, b) => b.length - a.length).find((suffix) => this.ends(suffix));
  }

  private undouble(): void {
    if (this.ends('kk') || this.ends('dd') || this.ends('tt')) this.word = this.word.slice(0, -1);
  }

  /** "en"/"ene" after a non-vowel that does not end "gem" goes, then a doubled kk/dd/tt halves. */
  private enEnding(suffix: string): boolean {
    const before = this.word.slice(0, this.startOf(suffix));
    if (!this.inR1(suffix) || !isNonVowel(this.charBefore(suffix)) || before.endsWith('gem')) {
      return false;
    }
    this.drop(suffix);
    this.undouble();
    return true;
  }

  private step1(): void {
    const suffix = this.longest(['heden', 'ene', 'en', 'se', 's']);
    if (suffix === 'heden') {
      if (this.inR1(suffix)) this.word = `${this.word.slice(0, this.startOf(suffix))}heid`;
    } else if (suffix === 'en' || suffix === 'ene') {
      this.enEnding(suffix);
    } else if (suffix === 's' || suffix === 'se') {
      const before = this.charBefore(suffix);
      if (this.inR1(suffix) && isNonVowel(before) && before !== 'j') this.drop(suffix);
    }
  }

  /** A final "e" in R1 after a non-vowel goes (and is remembered for "bar"). */
  private eEnding(): void {
    this.eFound = false;
    if (!this.ends('e') || !this.inR1('e') || !isNonVowel(this.charBefore('e'))) return;
    this.drop('e');
    this.eFound = true;
    this.undouble();
  }

  private heidEnding(): void {
    if (!this.ends('heid') || !this.inR2('heid') || this.charBefore('heid') === 'c') return;
    this.drop('heid');
    if (this.ends('en')) this.enEnding('en');
  }

  private step3(): void {
    const suffix = this.longest(['end', 'ing', 'ig', 'lijk', 'baar', 'bar']);
    if (suffix === undefined || !this.inR2(suffix)) return;
    switch (suffix) {
      case 'end':
      case 'ing':
        this.drop(suffix);
        if (this.ends('ig') && this.inR2('ig') && this.charBefore('ig') !== 'e') this.drop('ig');
        else this.undouble();
        return;
      case 'ig':
        if (this.charBefore(suffix) !== 'e') this.drop(suffix);
        return;
      case 'lijk':
        this.drop(suffix);
        this.eEnding();
        return;
      case 'baar':
        this.drop(suffix);
        return;
      case 'bar':
        if (this.eFound) this.drop(suffix);
        return;
    }
  }

  /** A doubled aa/ee/oo/uu between non-vowels loses one letter: "maan" → "man". */
  private undoubleVowel(): void {
    const w = this.word;
    const n = w.length;
    if (n < 4) return;
    const last = w[n - 1];
    if (isVowel(last) || last === 'I') return;
    if (!['aa', 'ee', 'oo', 'uu'].includes(w.slice(n - 3, n - 1))) return;
    if (!isNonVowel(w[n - 4])) return;
    this.word = w.slice(0, n - 2) + last;
  }
}
