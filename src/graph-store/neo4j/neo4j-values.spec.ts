import { luceneAllWords } from './neo4j-values';

describe('luceneAllWords', () => {
  it('requires every word: the words joined with AND', () => {
    expect(luceneAllWords('aanbesteding  jeugdzorg')).toBe('aanbesteding AND jeugdzorg');
    expect(luceneAllWords('jeugdzorg')).toBe('jeugdzorg');
  });

  it('keeps letters beyond ASCII and digits, lower-cased', () => {
    expect(luceneAllWords('Financiën & Oekraïne 2024')).toBe('financiën AND oekraïne AND 2024');
  });

  // Every character Lucene's classic query parser gives a meaning, alone and between words.
  const SYNTAX = ['+', '-', '&&', '||', '!', '(', ')', '{', '}', '[', ']', '^', '"', '~', '*'];
  const MORE_SYNTAX = ['?', ':', '\\', '/'];
  it.each([...SYNTAX, ...MORE_SYNTAX])('strips %j, leaving the words around it', (syntax) => {
    expect(luceneAllWords(`jeugd${syntax}zorg`)).toBe('jeugd AND zorg');
    expect(luceneAllWords(`${syntax}wmo${syntax}`)).toBe('wmo');
    expect(luceneAllWords(syntax)).toBeNull();
  });

  it.each([
    ['"jeugd" OR *:*', 'jeugd AND or'],
    ['title:wmo^10 AND bio:(x OR y)', 'title AND wmo AND 10 AND and AND bio AND x AND or AND y'],
    ['jeugd~2 zorg*', 'jeugd AND 2 AND zorg'],
    ['[a TO z] {1 TO 9}', 'a AND to AND z AND 1 AND to AND 9'],
    ["') RETURN 1 //", 'return AND 1'],
    ['C:\\pad\\naar/bestand', 'c AND pad AND naar AND bestand'],
  ])('turns %j into plain terms: %j', (text, expected) => {
    expect(luceneAllWords(text)).toBe(expected);
  });

  it.each([
    ['AND', 'and'],
    ['OR', 'or'],
    ['NOT', 'not'],
    ['jeugd AND NOT zorg', 'jeugd AND and AND not AND zorg'],
    ['NOT OR AND', 'not AND or AND and'],
  ])('reads the operator words in %j as words to find', (text, expected) => {
    // Upper-case AND, OR and NOT are operators to Lucene (a lone "AND" is a parse error);
    // lower-cased they are ordinary terms.
    expect(luceneAllWords(text)).toBe(expected);
  });

  it.each(['', '   ', '***', '"" ?? ~ :', '&& || !', '\\/'])(
    'gives null for %j, which has no word to search for',
    (text) => {
      expect(luceneAllWords(text)).toBeNull();
    },
  );

  it('leaves no upper-case operator and no syntax character in any query it builds', () => {
    const everything = `AND OR NOT ${[...SYNTAX, ...MORE_SYNTAX].join(' ')} Wmo`;
    const query = luceneAllWords(everything) ?? '';
    const terms = query.split(' AND ');
    expect(terms).toEqual(['and', 'or', 'not', 'wmo']);
    expect(terms.every((term) => /^[\p{L}\p{N}]+$/u.test(term))).toBe(true);
    expect(terms.every((term) => term === term.toLowerCase())).toBe(true);
  });
});
