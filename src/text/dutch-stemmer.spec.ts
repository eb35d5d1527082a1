import { dutchStem } from './dutch-stemmer';

/**
 * Expected stems from Lucene 9.11's org.tartarus.snowball.ext.DutchStemmer (the jar the Neo4j
 * launcher ships), run on each word: a quick check of the algorithm's steps. The full check,
 * every word of the demo data, reference data and Stack Exchange fixtures against Neo4j's own
 * `dutch` analyzer, is test/neo4j/dutch-analyzer.spec.ts.
 */
const SNOWBALL: ReadonlyArray<[word: string, stem: string]> = [
  ['aanbesteden', 'aanbested'],
  ['aanbesteding', 'aanbested'],
  ['aanbestedingen', 'aanbested'],
  ['begroting', 'begrot'],
  ['begrotingen', 'begrot'],
  ['bio', 'bio'],
  ['gemeenten', 'gemeent'],
  ['gemene', 'gemen'],
  ['handhaving', 'handhav'],
  ['informatiebeveiliging', 'informatiebeveil'],
  ['inkoop', 'inkop'],
  ['jeugdzorg', 'jeugdzorg'],
  ['kinderen', 'kinder'],
  ['maatschappelijke', 'maatschapp'],
  ['mogelijkheden', 'mogelijk'],
  ['heerlijkheden', 'heerlijk'],
  ['vriendelijkheid', 'vriendelijk'],
  ['bedrijvigheid', 'bedrijv'],
  ['ondersteuning', 'ondersteun'],
  ['vergunningverlening', 'vergunningverlen'],
  ['schulden', 'schuld'],
  ['statushouders', 'statushouder'],
  ['toezicht', 'toezicht'],
  ['lichamelijk', 'licham'],
  ['lieflijke', 'lieflijk'],
  ['bruikbaar', 'bruikbar'],
  ['bruikbare', 'bruikbar'],
  ['vruchtbaar', 'vruchtbar'],
  ['fietsen', 'fiets'],
  ['katten', 'kat'],
  ['bedden', 'bed'],
  ['maaien', 'maai'],
  ['koeien', 'koei'],
  ['yoghurt', 'yoghurt'],
  ['geïnteresseerd', 'geinteresseerd'],
  ['coördinatie', 'coordinatie'],
  ['ideeën', 'ideeen'],
  ['financiële', 'financiel'],
  ['beïnvloeden', 'beinvloed'],
];

describe('dutchStem', () => {
  it.each(SNOWBALL)('stems %s as Snowball does: %s', (word, stem) => {
    expect(dutchStem(word)).toBe(stem);
  });

  it('gives singular and plural, noun and verb one stem', () => {
    expect(dutchStem('aanbestedingen')).toBe(dutchStem('aanbesteden'));
    expect(dutchStem('schulden')).toBe(dutchStem('schuld'));
  });

  it('leaves short words and words without vowels alone', () => {
    expect(dutchStem('pw')).toBe('pw');
    expect(dutchStem('a')).toBe('a');
    expect(dutchStem('')).toBe('');
  });
});
