import { Random } from './prng';

const draw = (random: Random, n: number): number[] =>
  Array.from({ length: n }, () => random.next());

describe('Random', () => {
  it('repeats the same sequence for the same seed and stream', () => {
    expect(draw(new Random(7, 'people'), 20)).toEqual(draw(new Random(7, 'people'), 20));
  });

  it('gives different sequences for other seeds or streams', () => {
    const base = draw(new Random(7, 'people'), 5);
    expect(draw(new Random(8, 'people'), 5)).not.toEqual(base);
    expect(draw(new Random(7, 'challenges'), 5)).not.toEqual(base);
  });

  it('stays within bounds', () => {
    const sut = new Random(1);
    for (let i = 0; i < 1000; i += 1) {
      const x = sut.next();
      expect(x).toBeGreaterThanOrEqual(0);
      expect(x).toBeLessThan(1);
      const n = sut.int(3, 5);
      expect([3, 4, 5]).toContain(n);
    }
  });

  it('never picks an item with weight zero', () => {
    const sut = new Random(2);
    for (let i = 0; i < 500; i += 1) expect(sut.weighted(['a', 'b', 'c'], [1, 0, 1])).not.toBe('b');
    expect(() => sut.weighted([], [])).toThrow(RangeError);
  });

  it('samples distinct items and leaves the input alone', () => {
    const input = [1, 2, 3, 4, 5, 6];
    const sample = new Random(3).sample(input, 4);
    expect(new Set(sample).size).toBe(4);
    expect(input).toEqual([1, 2, 3, 4, 5, 6]);
  });
});
