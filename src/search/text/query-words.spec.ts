import { MAX_SEARCH_WORDS, queryWords, searchWords } from './query-words';

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
