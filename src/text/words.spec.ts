import { lowerCaseWords, words } from './words';

describe('words', () => {
  it('keeps runs of letters and digits in order, as written, repeats too', () => {
    expect(words('Jeugdzorg en WMO2015: jeugdzorg, 2024!')).toEqual([
      'Jeugdzorg',
      'en',
      'WMO2015',
      'jeugdzorg',
      '2024',
    ]);
  });

  it('makes query syntax separators', () => {
    expect(words(`"jeugd*" OR *:* title:(x) ~ ^ [ ] { } \\ / '`)).toEqual([
      'jeugd',
      'OR',
      'title',
      'x',
    ]);
    expect(words('!!! -- ')).toEqual([]);
  });

  it('keeps letters with diacritics and other scripts', () => {
    expect(words('Coördinatie Ελλάδα')).toEqual(['Coördinatie', 'Ελλάδα']);
  });
});

describe('lowerCaseWords', () => {
  it('lower-cases each word, so AND, OR and NOT are plain words', () => {
    expect(lowerCaseWords('Jeugd AND zorg OR NOT Jeugd')).toEqual([
      'jeugd',
      'and',
      'zorg',
      'or',
      'not',
      'jeugd',
    ]);
  });
});
