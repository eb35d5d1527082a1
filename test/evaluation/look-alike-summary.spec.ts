import { DEFAULT_WEIGHTS } from '../../src/matching/scoring-weights';
import { type EvalQuery, type Grade } from './eval-types';
import { hasLookAlikes, summariseLookAlikes, withoutSkills } from './look-alike-summary';
import { type ConfigResult } from './runner';

function evalQuery(
  id: string,
  relevant: [string, Grade][],
  lookAlikeSolvers?: string[],
): EvalQuery {
  return {
    id,
    request: { description: id, includeOwnMunicipality: false, first: 50 },
    relevant: new Map(relevant),
    forbidden: new Map(),
    unavailable: new Set(),
    ...(lookAlikeSolvers ? { lookAlikeSolvers: new Set(lookAlikeSolvers) } : {}),
  };
}

function result(
  name: string,
  kind: ConfigResult['config']['kind'],
  lists: string[][],
  queries: readonly EvalQuery[],
): ConfigResult {
  const rr = (list: string[], query: EvalQuery): number => {
    const index = list.findIndex((id) => query.relevant.has(id));
    return index < 0 ? 0 : 1 / (index + 1);
  };
  return {
    config: { name, weights: DEFAULT_WEIGHTS, kind },
    metrics: { mrr: 0, p1: 0, ndcg10: 0, r10: 0 },
    violations: [],
    unavailableShown: 0,
    recallInList: 0,
    latenciesMs: [],
    perQuery: lists.map((list, i) => ({
      rr: rr(list, queries[i]),
      ndcg10: rr(list, queries[i]), // one relevant person of grade 1 at most here: a stand-in
      top10: list.slice(0, 10),
    })),
  };
}

describe('summariseLookAlikes', () => {
  const queries = [
    evalQuery('inkoop-jeugd#1', [['j1', 2]], ['ict1', 'ict2']),
    evalQuery('inkoop-ict#1', [['ict1', 2]], ['j1']),
    evalQuery('plain#1', [['p1', 1]]),
    evalQuery('inkoop-jeugd#2', [['j2', 1]], ['ict1']),
  ];

  it('counts the look-alike queries whose first 10 open with the other problem', () => {
    const full = result(
      'full',
      'full',
      [
        ['x', 'ict2', 'j1'], // wrong problem first
        ['ict1', 'j1'], // right first
        ['ict1', 'p1'], // not a look-alike query: never counted
        ['x', 'y'], // neither in the list: not counted
      ],
      queries,
    );
    const sut = summariseLookAlikes(queries, [full]);
    expect(sut?.queryCount).toBe(3);
    expect(sut?.otherQueryCount).toBe(1);
    expect(sut?.rows[0]).toMatchObject({
      wrongFirst: 1,
      wrongFirstIds: ['inkoop-jeugd#1'],
      otherNdcg10: 0.5,
    });
    expect(sut?.rows[0].mrr).toBeCloseTo((1 / 3 + 1 + 0) / 3, 12);
  });

  it('scores every ranker apart', () => {
    const lists = [['j1'], ['j1', 'ict1'], ['p1'], ['ict1', 'j2']];
    const sut = summariseLookAlikes(queries, [
      result('full', 'full', lists, queries),
      result('skills alone', 'ablation', lists, queries),
    ]);
    expect(sut?.rows.map((r) => [r.ranker, r.wrongFirst])).toEqual([
      ['full', 2],
      ['skills alone', 2],
    ]);
    expect(sut?.rows[0].wrongFirstIds).toEqual(['inkoop-ict#1', 'inkoop-jeugd#2']);
  });

  it('scores the run without skills apart', () => {
    const asked = queries.map(withoutSkills);
    expect(asked.every((q) => q.request.skillIds?.length === 0)).toBe(true);
    const only = result('full, no skills', 'full', [['ict1'], ['ict1'], ['x'], ['j2']], asked);
    const sut = summariseLookAlikes(queries, [], only);
    expect(sut?.descriptionOnly).toMatchObject({
      wrongFirstIds: ['inkoop-jeugd#1'],
      mrr: 2 / 3,
      otherNdcg10: 0,
    });
  });

  it('is null for a data set without look-alike queries', () => {
    const plain = [evalQuery('q', [['a', 1]])];
    expect(hasLookAlikes(plain)).toBe(false);
    expect(hasLookAlikes(queries)).toBe(true);
    expect(summariseLookAlikes(plain, [result('full', 'full', [['a']], plain)])).toBeNull();
  });
});
