import { type Grade } from './eval-types';
import {
  averageMetrics,
  ndcgAt,
  precisionAt1,
  recallAt,
  reciprocalRank,
  wrongProblemFirst,
} from './metrics';

const judged = (entries: [string, Grade][]): ReadonlyMap<string, Grade> => new Map(entries);

describe('ranking metrics', () => {
  const judgements = judged([
    ['a', 2],
    ['b', 1],
    ['c', 1],
  ]);

  it('reciprocal rank is 1 / the rank of the first relevant person', () => {
    expect(reciprocalRank(['x', 'y', 'b', 'a'], judgements)).toBeCloseTo(1 / 3, 12);
    expect(reciprocalRank(['a'], judgements)).toBe(1);
    expect(reciprocalRank(['x', 'y'], judgements)).toBe(0);
    expect(reciprocalRank([], judgements)).toBe(0);
  });

  it('P@1 looks at the first person only', () => {
    expect(precisionAt1(['b', 'x'], judgements)).toBe(1);
    expect(precisionAt1(['x', 'a'], judgements)).toBe(0);
    expect(precisionAt1([], judgements)).toBe(0);
  });

  it('nDCG@10 uses graded, linear gain against the ideal of every judged person', () => {
    // DCG of [x, a, b] = 0 + 2/log2(3) + 1/log2(4) = 1.26186 + 0.5 = 1.76186
    // IDCG of grades [2, 1, 1] = 2 + 1/log2(3) + 1/log2(4) = 2 + 0.63093 + 0.5 = 3.13093
    expect(ndcgAt(10, ['x', 'a', 'b'], judgements)).toBeCloseTo(1.76186 / 3.13093, 4);
    expect(ndcgAt(10, ['a', 'b', 'c', 'x'], judgements)).toBeCloseTo(1, 12);
    expect(ndcgAt(10, ['x'], judgements)).toBe(0);
  });

  it('nDCG@10 ignores people after rank 10', () => {
    const ranked = ['1', '2', '3', '4', '5', '6', '7', '8', '9', '10', 'a'];
    expect(ndcgAt(10, ranked, judgements)).toBe(0);
    // single relevant person at rank 2: 1/log2(3) / 1
    expect(ndcgAt(10, ['x', 'b'], judged([['b', 1]]))).toBeCloseTo(0.63093, 5);
  });

  it('R@10 is the share of relevant people in the first ten', () => {
    expect(recallAt(10, ['a', 'x', 'c'], judgements)).toBeCloseTo(2 / 3, 12);
    const ranked = ['1', '2', '3', '4', '5', '6', '7', '8', '9', '10', 'a'];
    expect(recallAt(10, ranked, judgements)).toBe(0);
    expect(recallAt(10, ['a'], judged([]))).toBe(0);
  });

  it('wrong problem first: a look-alike solver before every relevant person in the first k', () => {
    const wrong = new Set(['w1', 'w2']);
    expect(wrongProblemFirst(10, ['x', 'w1', 'a'], judgements, wrong)).toBe(true);
    expect(wrongProblemFirst(10, ['x', 'b', 'w1'], judgements, wrong)).toBe(false);
    // No relevant person in the first 10, a look-alike solver among them: still counts.
    expect(wrongProblemFirst(10, ['x', 'y', 'w2'], judgements, wrong)).toBe(true);
    // Neither in the first k.
    expect(wrongProblemFirst(10, ['x', 'y'], judgements, wrong)).toBe(false);
    expect(wrongProblemFirst(2, ['x', 'y', 'w1'], judgements, wrong)).toBe(false);
    expect(wrongProblemFirst(10, [], judgements, wrong)).toBe(false);
  });

  it('averages each metric over queries', () => {
    const sut = averageMetrics([
      { ranked: ['a'], judgements: judged([['a', 1]]) },
      { ranked: ['x', 'a'], judgements: judged([['a', 1]]) },
    ]);
    expect(sut.mrr).toBeCloseTo(0.75, 12);
    expect(sut.p1).toBeCloseTo(0.5, 12);
    expect(sut.ndcg10).toBeCloseTo((1 + 1 / Math.log2(3)) / 2, 12);
    expect(sut.r10).toBeCloseTo(1, 12);
    expect(averageMetrics([])).toEqual({ mrr: 0, p1: 0, ndcg10: 0, r10: 0 });
  });
});
