import { MAX_QUERY_WORDS, queryWords } from './query-words';

describe('queryWords', () => {
  it('keeps plain lowercase words, each once, without Dutch stop words and numbers', () => {
    expect(queryWords('De inkoop van Jeugdhulp in 2024: inkoop, INKOOP en aanbesteden')).toEqual([
      'inkoop',
      'jeugdhulp',
      'aanbesteden',
    ]);
  });

  it('turns query syntax and Cypher into plain words', () => {
    expect(queryWords('"jeugd*" OR title:x) MATCH (n) DETACH DELETE n //')).toEqual([
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
    expect(queryWords('Financiën Wmo2015')).toEqual(['financiën', 'wmo2015']);
  });

  it('has no words for punctuation, numbers or stop words only', () => {
    expect(queryWords('!!! 2024 -- de het van')).toEqual([]);
  });

  it('stops at MAX_QUERY_WORDS distinct words', () => {
    const text = Array.from({ length: 400 }, (_, i) => `woord${i}x`).join(' ');
    expect(queryWords(text)).toHaveLength(MAX_QUERY_WORDS);
  });
});
