import { type EvalQuery } from './eval-types';
import { checkHardRules, countByKind } from './hard-rules';

function query(overrides: Partial<EvalQuery> = {}): EvalQuery {
  return {
    id: 'q1',
    request: { description: 'x', includeOwnMunicipality: false, first: 10 },
    relevant: new Map(),
    forbidden: new Map([
      ['asker', 'asker'],
      ['neighbour', 'own-municipality'],
      ['hidden', 'not-visible'],
    ]),
    unavailable: new Set(['away']),
    ...overrides,
  };
}

describe('checkHardRules', () => {
  it('accepts a list without forbidden people and with unavailable people last', () => {
    expect(checkHardRules(query(), ['a', 'b', 'away'])).toEqual([]);
    expect(checkHardRules(query(), ['away'])).toEqual([]);
    expect(checkHardRules(query(), [])).toEqual([]);
  });

  it('reports every forbidden person with the reason and rank', () => {
    const sut = checkHardRules(query(), ['a', 'hidden', 'asker', 'neighbour']);
    expect(sut).toEqual([
      { queryId: 'q1', personId: 'hidden', kind: 'not-visible', rank: 2 },
      { queryId: 'q1', personId: 'asker', kind: 'asker', rank: 3 },
      { queryId: 'q1', personId: 'neighbour', kind: 'own-municipality', rank: 4 },
    ]);
  });

  it('reports an unavailable person ranked ahead of an available one', () => {
    const sut = checkHardRules(query(), ['a', 'away', 'b']);
    expect(sut).toEqual([
      { queryId: 'q1', personId: 'away', kind: 'unavailable-before-available', rank: 2 },
    ]);
  });

  it('counts violations per kind, with zeros', () => {
    const sut = countByKind(checkHardRules(query(), ['away', 'hidden', 'b']));
    expect(sut).toEqual({
      asker: 0,
      'own-municipality': 0,
      'not-visible': 1,
      'unavailable-before-available': 1,
    });
  });
});
