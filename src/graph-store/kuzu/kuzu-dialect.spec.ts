import { KUZU_DIALECT } from './kuzu-dialect';

const plainWords = (text: string): string | null => KUZU_DIALECT.fullTextQuery(text, 'every');

describe('KUZU_DIALECT.fullTextQuery', () => {
  it.each([
    ['"jeugd" OR *:*', 'jeugd OR'],
    ['aanbesteding  jeugdzorg', 'aanbesteding jeugdzorg'],
    ["') RETURN 1 //", 'RETURN 1'],
    ['Financiën & Oekraïne', 'Financiën Oekraïne'],
  ])('keeps only the words of %j', (text, expected) => {
    expect(plainWords(text)).toBe(expected);
  });

  it.each(['', '***', '"" ?? ~ :'])('gives null for %j, which has no word', (text) => {
    expect(plainWords(text)).toBeNull();
  });
});

describe('KUZU_DIALECT', () => {
  it('searches the full-text index with the words it was given, every or any', () => {
    const every = KUZU_DIALECT.fullTextSearch({
      label: 'Person',
      query: '$text',
      match: 'every',
      node: 'p',
    });
    expect(every).toContain("QUERY_FTS_INDEX('Person', 'person_text', $text, conjunctive := true)");
    const any = KUZU_DIALECT.fullTextSearch({
      label: 'Challenge',
      query: '$text',
      match: 'any',
      node: 'c',
      top: '$top',
    });
    expect(any).toContain("QUERY_FTS_INDEX('Challenge', 'challenge_text', $text, top := $top)");
    expect(any).toContain('WITH node AS c, score');
  });

  it('joins the words of "any" by spaces too: the call, not the query, decides', () => {
    expect(KUZU_DIALECT.fullTextQuery('Jeugd-zorg, wmo', 'any')).toBe('Jeugd zorg wmo');
  });
});
