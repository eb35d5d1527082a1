import { percentile, summarise } from './latency-stats';

describe('latency stats', () => {
  it('takes the nearest-rank percentile', () => {
    const values = Array.from({ length: 100 }, (_, i) => i + 1);
    expect(percentile(values, 50)).toBe(50);
    expect(percentile(values, 95)).toBe(95);
    expect(percentile(values, 99)).toBe(99);
    expect(percentile(values, 100)).toBe(100);
    expect(percentile([7], 99)).toBe(7);
    expect(percentile([], 50)).toBeNaN();
  });

  it('summarises unsorted latencies with throughput over wall time', () => {
    const summary = summarise([30, 10, 20, 40], 1, 2000);
    expect(summary).toEqual({
      requests: 4,
      errors: 1,
      p50Ms: 20,
      p95Ms: 40,
      p99Ms: 40,
      meanMs: 25,
      throughput: 2,
    });
  });
});
