/**
 * Splits `total` over items in proportion to their weights, with at least `minimum` each, by the
 * largest-remainder method: deterministic, and the parts always sum to `total`.
 */
export function allocateProportionally(
  weights: readonly number[],
  total: number,
  minimum = 1,
): number[] {
  const floor = minimum * weights.length;
  if (total < floor) {
    throw new RangeError(`cannot give ${weights.length} items at least ${minimum} of ${total}`);
  }
  const weightSum = weights.reduce((sum, w) => sum + w, 0);
  const spare = total - floor;
  const exact = weights.map((w) =>
    weightSum > 0 ? (w / weightSum) * spare : spare / weights.length,
  );
  const parts = exact.map((x) => minimum + Math.floor(x));
  let left = total - parts.reduce((sum, p) => sum + p, 0);
  // Hand out what rounding left over to the largest remainders; ties go to the earlier item.
  const byRemainder = exact
    .map((x, index) => ({ index, remainder: x - Math.floor(x) }))
    .sort((a, b) => b.remainder - a.remainder || a.index - b.index);
  for (const { index } of byRemainder) {
    if (left === 0) break;
    parts[index] += 1;
    left -= 1;
  }
  return parts;
}
