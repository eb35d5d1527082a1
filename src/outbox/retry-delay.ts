/**
 * How long the relay waits before trying a failed event again: doubling from `baseMs` with each
 * failed attempt up to `maxMs`, spread by ±20 % so that replicas and events retrying after the
 * same outage do not all hit the recovering store at once.
 */
export function retryDelayMs(
  attempts: number,
  baseMs: number,
  maxMs: number,
  random: () => number = Math.random,
): number {
  const doubled = baseMs * 2 ** Math.min(Math.max(attempts - 1, 0), 30);
  const capped = Math.min(doubled, maxMs);
  return Math.round(capped * (0.8 + 0.4 * random()));
}
