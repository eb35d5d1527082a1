import { type ProtectedCount } from './protected-count';

/** One municipality × skill cell of a collaboration's skill coverage. */
export interface CoverageCell {
  /** People holding the skill at the matrix's minLevel or above, whom the caller may see. */
  readonly holders: ProtectedCount;
  /** Of those, the ones not UNAVAILABLE. */
  readonly available: ProtectedCount;
}

/**
 * A collaboration's member municipalities × skills with counts of people at level: the data of
 * skillCoverage, its CSV export and its heatmap.
 */
export interface CoverageMatrix {
  readonly collaboration: { readonly id: string; readonly name: string };
  readonly minLevel: number;
  readonly kAnonymity: number;
  readonly generatedAt: Date;
  /** Rows, by name. */
  readonly municipalities: ReadonlyArray<{ readonly code: string; readonly name: string }>;
  /** Columns, most in demand first. */
  readonly skills: ReadonlyArray<{ readonly id: string; readonly name: string }>;
  /** cells[row][column], one row per municipality, one column per skill. */
  readonly cells: ReadonlyArray<ReadonlyArray<CoverageCell>>;
}
