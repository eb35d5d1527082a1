import neo4j from 'neo4j-driver';
import { fromNeo4jValue } from './neo4j-values';

describe('fromNeo4jValue', () => {
  it('reads a DATETIME as the instant it names, whatever its offset and precision', () => {
    const cases = [
      new neo4j.types.DateTime(2026, 12, 5, 3, 14, 15, 123_456_789, 0),
      new neo4j.types.DateTime(2024, 2, 29, 23, 59, 59, 999_999_999, 3600),
      new neo4j.types.DateTime(1999, 1, 1, 0, 0, 0, 0, -9 * 3600 - 1800),
      new neo4j.types.DateTime(
        neo4j.int(2025),
        neo4j.int(7),
        neo4j.int(1),
        neo4j.int(12),
        neo4j.int(0),
        neo4j.int(1),
        neo4j.int(500_000),
        neo4j.int(7200),
      ),
    ];
    for (const value of cases) {
      expect(fromNeo4jValue(value)).toEqual(new Date(String(value)));
    }
    expect(fromNeo4jValue(cases[1])).toEqual(new Date('2024-02-29T22:59:59.999Z'));
  });

  it('turns integers into numbers and keeps lists and maps plain', () => {
    expect(fromNeo4jValue({ n: neo4j.int(42), list: [neo4j.int(1), 'a', null] })).toEqual({
      n: 42,
      list: [1, 'a', null],
    });
  });
});
