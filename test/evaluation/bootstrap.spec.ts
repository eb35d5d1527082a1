import { bootstrapInterval } from './bootstrap';

describe('bootstrapInterval', () => {
  it('is a point for constant values and empty for no values', () => {
    expect(bootstrapInterval([0.5, 0.5, 0.5])).toEqual([0.5, 0.5]);
    expect(bootstrapInterval([])).toEqual([0, 0]);
  });

  it('brackets the mean and is the same on every run', () => {
    const values = Array.from({ length: 100 }, (_v, i) => (i % 4 === 0 ? 1 : 0));
    const [low, high] = bootstrapInterval(values);
    expect(low).toBeLessThan(0.25);
    expect(high).toBeGreaterThan(0.25);
    expect(high - low).toBeLessThan(0.25);
    expect(bootstrapInterval(values)).toEqual([low, high]);
  });
});
