import { dutchStem } from '../../src/text/dutch-stemmer';
import { DUTCH_STOP_WORDS } from '../../src/text/dutch-stop-words';
import { isLauncherBuildable, runLauncherClass } from '../support/neo4j-server';
import { corpusWords } from '../support/text-corpus';

// Without Java (or without Maven and a built launcher) the suite is skipped, unless CI says
// Neo4j is required: then it runs and fails with the reason.
const canRun = isLauncherBuildable() || process.env.REQUIRE_NEO4J !== undefined;
const describeNeo4j = canRun ? describe : describe.skip;

/**
 * Lucene's DutchAnalyzer overrides the stemmer for these words (its default stem dictionary).
 * Kuzu's `stemmer := 'dutch'` and dutchStem do not: on Neo4j "kind" finds "kinderen", on Kuzu
 * and in the service's skill matching it does not.
 */
const LUCENE_STEM_OVERRIDES: ReadonlyMap<string, string> = new Map([
  ['fiets', 'fiets'],
  ['bromfiets', 'bromfiets'],
  ['ei', 'eier'],
  ['kind', 'kinder'],
]);

/**
 * Lucene's tokenizer (Unicode word boundaries) ends a word at an "other number" such as ½ or ¹,
 * which words() counts as a digit; such words are compared part by part.
 */
const OTHER_NUMBER = /\p{No}+/u;

/** What the analyzer should make of one word, by the service's stop words and stemmer. */
function expectedTokens(word: string): string {
  return word
    .split(OTHER_NUMBER)
    .filter((part) => part !== '' && !DUTCH_STOP_WORDS.has(part))
    .map((part) => LUCENE_STEM_OVERRIDES.get(part) ?? dutchStem(part))
    .join(' ');
}

/**
 * The words of the demo population, the reference data and the Stack Exchange fixtures, run
 * through Neo4j's own `dutch` full-text analyzer (graph/neo4j/launcher, AnalyzeWords): what the
 * analyzer does to each word must be what the service's Dutch stop words and stemmer do.
 */
describeNeo4j("Neo4j's dutch analyzer against the service's stop words and stemmer", () => {
  let words: string[];
  /** The analyzer's tokens of each word, joined by spaces; '' when it drops the word. */
  let tokensOf: Map<string, string>;

  beforeAll(() => {
    words = [...new Set([...corpusWords(), ...DUTCH_STOP_WORDS, ...LUCENE_STEM_OVERRIDES.keys()])];
    const output = runLauncherClass('nl.kennissen.neo4j.AnalyzeWords', ['dutch'], words.join('\n'));
    const lines = output.split('\n').slice(0, -1);
    expect(lines).toHaveLength(words.length);
    tokensOf = new Map(words.map((word, i) => [word, lines[i]]));
  }, 180_000);

  it('reads the whole corpus', () => {
    expect(words.length).toBeGreaterThan(30_000);
  });

  it('drops a word exactly when it is one of the Dutch stop words', () => {
    const plain = words.filter((word) => !OTHER_NUMBER.test(word));
    const dropped = plain.filter((word) => tokensOf.get(word) === '');

    expect(dropped).toEqual(plain.filter((word) => DUTCH_STOP_WORDS.has(word)));
    expect(dropped).toHaveLength(DUTCH_STOP_WORDS.size);
  });

  it('stems every other word as dutchStem does', () => {
    const differences = words
      .filter((word) => tokensOf.get(word) !== expectedTokens(word))
      .map((word) => `${word}: Neo4j "${tokensOf.get(word)}", ours "${expectedTokens(word)}"`);

    expect(differences).toEqual([]);
  });
});
