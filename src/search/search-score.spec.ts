import {
  SEARCH_WEIGHTS,
  searchScore,
  skillSignal,
  textSignal,
  wordScore,
  wordWeights,
} from './search-score';

describe('search score', () => {
  it('scales BM25 by the best of the word', () => {
    expect(textSignal(4, 8)).toBe(0.5);
    expect(textSignal(8, 8)).toBe(1);
    expect(textSignal(undefined, 8)).toBe(0);
    expect(textSignal(3, 0)).toBe(0);
  });

  it('takes the strongest matching skill: relevance × level / 5', () => {
    expect(skillSignal([])).toBe(0);
    expect(skillSignal([{ relevance: 1, level: 5 }])).toBe(1);
    expect(skillSignal([{ relevance: 0.5, level: 5 }])).toBeCloseTo(0.5);
    expect(
      skillSignal([
        { relevance: 1, level: 2 },
        { relevance: 1, level: 3 },
      ]),
    ).toBeCloseTo(0.6);
  });

  it('counts either signal for a word, both more, the best of both as 1', () => {
    const textOnly = wordScore(1, 0);
    const skillsOnly = wordScore(0, 1);
    expect(wordScore(0, 0)).toBe(0);
    expect(wordScore(1, 1)).toBeCloseTo(1);
    expect(textOnly).toBeGreaterThan(skillsOnly);
    expect(wordScore(1, 0.2)).toBeGreaterThan(textOnly);
    expect(textOnly / skillsOnly).toBeCloseTo(SEARCH_WEIGHTS.text / SEARCH_WEIGHTS.skills);
  });

  it('weighs words by their best BM25; words no text matched weigh the average', () => {
    expect(wordWeights([2, 6, 0])).toEqual([2, 6, 4]);
    expect(wordWeights([0, 0])).toEqual([1, 1]);
  });

  it('is the weighted mean of the words, so covering more of the query ranks higher', () => {
    expect(searchScore([1, 0], [1, 1])).toBe(0.5);
    expect(searchScore([1, 0], [3, 1])).toBe(0.75);
    expect(searchScore([0.6, 0.6], [1, 1])).toBeGreaterThan(searchScore([1, 0], [1, 1]));
    expect(searchScore([], [])).toBe(0);
  });
});
