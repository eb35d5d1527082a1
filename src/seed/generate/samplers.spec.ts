import { Random } from '../demo/prng';
import { WeightedSampler, lowerBound, zipfSampler } from './samplers';

describe('samplers', () => {
  it('draws by weight', () => {
    const sut = new WeightedSampler(['a', 'b'], [1, 3]);
    const random = new Random(1, 'test');
    let b = 0;
    for (let i = 0; i < 10_000; i += 1) if (sut.sample(random) === 'b') b += 1;
    expect(b / 10_000).toBeCloseTo(0.75, 1);
  });

  it('follows Zipf: rank 1 about twice rank 2 and ten times rank 10', () => {
    const sut = zipfSampler(Array.from({ length: 100 }, (_v, i) => i));
    const random = new Random(2, 'test');
    const counts = new Array<number>(100).fill(0);
    for (let i = 0; i < 100_000; i += 1) counts[sut.sample(random)] += 1;
    expect(counts[0] / counts[1]).toBeGreaterThan(1.7);
    expect(counts[0] / counts[1]).toBeLessThan(2.3);
    expect(counts[0] / counts[9]).toBeGreaterThan(8);
    expect(counts[0] / counts[9]).toBeLessThan(12);
  });

  it('refuses nothing to draw from', () => {
    expect(() => new WeightedSampler([], [])).toThrow(RangeError);
    expect(() => new WeightedSampler(['a'], [0])).toThrow(RangeError);
  });

  it('finds the first index at or above a value within a range', () => {
    const sorted = Int32Array.from([1, 3, 3, 7, 9]);
    expect(lowerBound(sorted, 0, 5, 3)).toBe(1);
    expect(lowerBound(sorted, 0, 5, 4)).toBe(3);
    expect(lowerBound(sorted, 0, 5, 10)).toBe(5);
    expect(lowerBound(sorted, 2, 4, 0)).toBe(2);
  });
});
