import type { Random } from '../demo/prng';

/**
 * Draws items by fixed weights in O(log n) (cumulative weights and a binary search), for the
 * hot loops where Random.weighted's linear scan over thousands of items would dominate.
 */
export class WeightedSampler<T> {
  private readonly cumulative: Float64Array;

  constructor(
    readonly items: readonly T[],
    weights: readonly number[],
  ) {
    if (items.length === 0 || items.length !== weights.length) {
      throw new RangeError('a sampler needs items with one weight each');
    }
    this.cumulative = new Float64Array(items.length);
    let sum = 0;
    weights.forEach((weight, i) => {
      sum += weight;
      this.cumulative[i] = sum;
    });
    if (!(sum > 0)) throw new RangeError('the weights must sum to more than 0');
  }

  sample(random: Random): T {
    const target = random.next() * this.cumulative[this.cumulative.length - 1];
    let low = 0;
    let high = this.cumulative.length - 1;
    while (low < high) {
      const mid = (low + high) >>> 1;
      if (this.cumulative[mid] > target) high = mid;
      else low = mid + 1;
    }
    return this.items[low];
  }
}

/**
 * Zipf's law over items in rank order: the item of rank r (1-based) is drawn with weight
 * 1 / r^exponent, so a few items are very common and most are rare.
 */
export function zipfSampler<T>(ranked: readonly T[], exponent = 1): WeightedSampler<T> {
  return new WeightedSampler(
    ranked,
    ranked.map((_item, i) => 1 / Math.pow(i + 1, exponent)),
  );
}

/** The first index in sorted[from, to) whose value is at least `value`. */
export function lowerBound(sorted: Int32Array, from: number, to: number, value: number): number {
  let low = from;
  let high = to;
  while (low < high) {
    const mid = (low + high) >>> 1;
    if (sorted[mid] < value) low = mid + 1;
    else high = mid;
  }
  return low;
}
