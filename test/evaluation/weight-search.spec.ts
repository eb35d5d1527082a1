import { type ScoringWeights } from '../../src/matching/scoring-weights';
import { normalise, searchWeights } from './weight-search';

const weights = (w: Partial<ScoringWeights>): ScoringWeights => ({
  experience: 0,
  skills: 0,
  theme: 0,
  likeness: 0,
  reachability: 0,
  ...w,
});

describe('weight search', () => {
  it('normalises to a sum of 1, rounded to 3 decimals', () => {
    expect(normalise(weights({ experience: 2, skills: 1, theme: 1 }))).toEqual(
      weights({ experience: 0.5, skills: 0.25, theme: 0.25 }),
    );
    expect(() => normalise(weights({}))).toThrow(RangeError);
  });

  it('climbs towards a better objective and never loses the start', async () => {
    // The objective prefers skills: the best reachable point has more skills than the start.
    const objective = (w: ScoringWeights): Promise<number> =>
      Promise.resolve(w.skills - 0.1 * w.theme);
    const start = weights({ experience: 0.5, skills: 0.25, theme: 0.25 });
    const sut = await searchWeights(start, objective);
    expect(sut.start.weights).toEqual(start);
    expect(sut.best.score).toBeGreaterThan(sut.start.score);
    expect(sut.best.weights.skills).toBeGreaterThan(0.9);
  });

  it('evaluates each weight set once and keeps the start when nothing is better', async () => {
    const calls: string[] = [];
    const objective = (w: ScoringWeights): Promise<number> => {
      calls.push(JSON.stringify(w));
      return Promise.resolve(0);
    };
    const sut = await searchWeights(weights({ experience: 1 }), objective);
    expect(new Set(calls).size).toBe(calls.length);
    expect(sut.best.weights).toEqual(weights({ experience: 1 }));
  });
});
