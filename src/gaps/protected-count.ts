/**
 * A number of people that the caller may see exactly, or only know is small: counts about a
 * municipality the caller has no rights to are suppressed when they are above zero and below
 * K_ANONYMITY (docs/hr.md), and then carry no value, never a zero.
 */
export interface ProtectedCount {
  /** The count, or null when suppressed. */
  readonly value: number | null;
  readonly suppressed: boolean;
}

export const SUPPRESSED: ProtectedCount = { value: null, suppressed: true };

/** `value` as the caller may see it: exactly, or suppressed when 0 < value < k. */
export function protect(value: number, exact: boolean, kAnonymity: number): ProtectedCount {
  if (exact || value === 0 || value >= kAnonymity) return { value, suppressed: false };
  return SUPPRESSED;
}
