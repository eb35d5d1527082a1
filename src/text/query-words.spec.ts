import {
  MAX_SEARCH_WORDS,
  MAX_SIMILAR_CHALLENGE_WORDS,
  queryWords,
  searchWords,
  similarChallengeWords,
} from './query-words';

describe('queryWords', () => {
  it('keeps runs of letters and digits, lower-cased, each once', () => {
    expect(queryWords('Aanbesteding  jeugdzorg, AANBESTEDING Wi2021')).toEqual([
      'aanbesteding',
      'jeugdzorg',
      'wi2021',
    ]);
  });

  it('drops Dutch stop words', () => {
    expect(queryWords('de aanbesteding van het sociaal domein')).toEqual([
      'aanbesteding',
      'sociaal',
      'domein',
    ]);
    expect(queryWords('het van de')).toEqual([]);
  });

  it('makes query syntax and Cypher plain words or separators', () => {
    expect(queryWords(`") OR 1=1 //`)).toEqual(['or', '1']);
    expect(queryWords("'); CALL DROP_FTS_INDEX('Person', 'person_text'); //")).toEqual([
      'call',
      'drop',
      'fts',
      'index',
      'person',
      'text',
    ]);
    expect(queryWords('*:* ~ ^ ( ) [ ] { } \\ / " \'')).toEqual([]);
  });

  it('keeps letters with diacritics and other scripts', () => {
    expect(queryWords('coördinatie Ελλάδα')).toEqual(['coördinatie', 'ελλάδα']);
  });
});

describe('searchWords', () => {
  it('keeps one word per Dutch stem', () => {
    expect(searchWords('aanbesteding aanbestedingen aanbesteden jeugdzorg')).toEqual([
      'aanbesteding',
      'jeugdzorg',
    ]);
  });

  it(`keeps at most ${MAX_SEARCH_WORDS} words`, () => {
    const many = [
      'omgevingswet',
      'jeugdzorg',
      'bestemmingsplan',
      'statushouders',
      'wijkteam',
      'begroting',
      'archief',
      'privacy',
      'inkoop',
      'subsidie',
      'handhaving',
      'vergunning',
      'participatie',
    ];
    expect(searchWords(many.join(' '))).toEqual(many.slice(0, MAX_SEARCH_WORDS));
  });
});

describe('similarChallengeWords', () => {
  it('keeps plain lowercase words, each once, without Dutch stop words and numbers', () => {
    expect(
      similarChallengeWords('De inkoop van Jeugdhulp in 2024: inkoop, INKOOP en aanbesteden'),
    ).toEqual(['inkoop', 'jeugdhulp', 'aanbesteden']);
  });

  it('turns query syntax and Cypher into plain words', () => {
    expect(similarChallengeWords('"jeugd*" OR title:x) MATCH (n) DETACH DELETE n //')).toEqual([
      'jeugd',
      'or',
      'title',
      'x',
      'match',
      'n',
      'detach',
      'delete',
    ]);
  });

  it('keeps letters with accents and words with digits', () => {
    expect(similarChallengeWords('Financiën Wmo2015')).toEqual(['financiën', 'wmo2015']);
  });

  it('has no words for punctuation, numbers or stop words only', () => {
    expect(similarChallengeWords('!!! 2024 -- de het van')).toEqual([]);
  });

  it('stops at MAX_SIMILAR_CHALLENGE_WORDS distinct words', () => {
    const text = Array.from({ length: 400 }, (_, i) => `woord${i}x`).join(' ');
    expect(similarChallengeWords(text)).toHaveLength(MAX_SIMILAR_CHALLENGE_WORDS);
  });
});
