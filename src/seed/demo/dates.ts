import type { Random } from './prng';

/**
 * Every demo timestamp is derived from the seed and lies before this fixed date, so two runs
 * give the same population whatever the clock says.
 */
export const BASE_DATE_MS = Date.UTC(2025, 0, 1);

const DAY_MS = 86_400_000;

/** A moment between `minDaysBack` and `maxDaysBack` days before the base date, to the second. */
export function momentBeforeBase(random: Random, minDaysBack: number, maxDaysBack: number): number {
  const days = random.int(minDaysBack, maxDaysBack);
  const seconds = random.int(0, 86_399);
  return BASE_DATE_MS - days * DAY_MS - (seconds + 1) * 1000;
}

/** A moment in the given calendar year, never after the base date. */
export function momentInYear(random: Random, year: number): number {
  const start = Date.UTC(year, 0, 1);
  const end = Math.min(Date.UTC(year + 1, 0, 1), BASE_DATE_MS);
  return start + Math.floor(random.next() * ((end - start) / 1000)) * 1000;
}

/** A moment between two others, to the day. */
export function dayBetween(random: Random, fromMs: number, toMs: number): number {
  const days = Math.max(0, Math.floor((toMs - fromMs) / DAY_MS));
  return fromMs + random.int(0, days) * DAY_MS;
}

export const isoTimestamp = (ms: number): string => new Date(ms).toISOString();
export const isoDate = (ms: number): string => new Date(ms).toISOString().slice(0, 10);
export const yearOf = (ms: number): number => new Date(ms).getUTCFullYear();
