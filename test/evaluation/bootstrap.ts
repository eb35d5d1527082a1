import { Random } from '../../src/seed/demo/prng';

/**
 * A 95% percentile-bootstrap interval of a mean over queries: resample the queries with
 * replacement, seeded, so the interval is the same on every run. It shows how much of a
 * difference between two rankers could be the luck of which questions were asked.
 */
export function bootstrapInterval(
  values: readonly number[],
  resamples = 1000,
  seed = 1,
): readonly [number, number] {
  if (values.length === 0) return [0, 0];
  const random = new Random(seed, 'bootstrap');
  const means: number[] = [];
  for (let r = 0; r < resamples; r += 1) {
    let sum = 0;
    for (let i = 0; i < values.length; i += 1) sum += values[random.int(0, values.length - 1)];
    means.push(sum / values.length);
  }
  means.sort((a, b) => a - b);
  return [means[Math.floor(0.025 * resamples)], means[Math.ceil(0.975 * resamples) - 1]];
}
