import { NEO4J_DIALECT } from './neo4j-dialect';

const luceneAllWords = (text: string): string | null => NEO4J_DIALECT.fullTextQuery(text, 'every');

describe('NEO4J_DIALECT.fullTextQuery', () => {
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

describe('NEO4J_DIALECT', () => {
  it('lets any word match: the words joined with OR', () => {
    expect(NEO4J_DIALECT.fullTextQuery('Jeugd-zorg OR wmo', 'any')).toBe(
      'jeugd OR zorg OR or OR wmo',
    );
    expect(NEO4J_DIALECT.fullTextQuery('***', 'any')).toBeNull();
  });

  it('searches the full-text index by name, with a limit when asked', () => {
    const search = NEO4J_DIALECT.fullTextSearch({
      label: 'Challenge',
      query: '$text',
      match: 'any',
      node: 'c',
      top: '$top',
    });
    expect(search).toBe(
      "CALL db.index.fulltext.queryNodes('challenge_text', $text, {limit: $top}) YIELD node AS c, score",
    );
  });

  it('takes the write lock by setting a property to itself', () => {
    expect(NEO4J_DIALECT.lockForUpdate('p', 'updatedAt')).toBe('SET p.updatedAt = p.updatedAt');
  });
});
