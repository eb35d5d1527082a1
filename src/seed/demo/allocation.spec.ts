import { allocateProportionally } from './allocation';

describe('allocateProportionally', () => {
  it('gives everyone the minimum and splits the rest by weight', () => {
    expect(allocateProportionally([1, 1, 2], 10)).toEqual([3, 3, 4]);
    expect(allocateProportionally([1000, 1, 1], 10)).toEqual([8, 1, 1]);
  });

  it('always sums to the total', () => {
    const weights = [17, 3, 999, 42, 1, 250, 7];
    for (const total of [7, 8, 50, 333, 2000]) {
      expect(allocateProportionally(weights, total).reduce((a, b) => a + b, 0)).toBe(total);
    }
  });

  it('refuses a total below the minimum', () => {
    expect(() => allocateProportionally([1, 2, 3], 2)).toThrow(RangeError);
  });
});
