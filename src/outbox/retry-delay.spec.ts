import { retryDelayMs } from './retry-delay';

describe('retryDelayMs', () => {
  const middle = () => 0.5;

  it('doubles from the base with each failed attempt', () => {
    expect([1, 2, 3, 4].map((n) => retryDelayMs(n, 1_000, 300_000, middle))).toEqual([
      1_000, 2_000, 4_000, 8_000,
    ]);
  });

  it('stops growing at the maximum, however many attempts failed', () => {
    expect(retryDelayMs(12, 1_000, 60_000, middle)).toBe(60_000);
    expect(retryDelayMs(10_000, 1_000, 60_000, middle)).toBe(60_000);
  });

  it('spreads the delay by at most 20 % either way', () => {
    expect(retryDelayMs(3, 1_000, 300_000, () => 0)).toBe(3_200);
    expect(retryDelayMs(3, 1_000, 300_000, () => 0.999999)).toBe(4_800);
  });
});
