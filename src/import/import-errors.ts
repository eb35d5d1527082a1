/** One problem with an import, where a person can find and fix it. */
export interface ImportProblem {
  /** The file as given (or the folder, for problems with the import as a whole). */
  readonly file: string;
  /** The physical line (1 = a CSV file's header); null for problems with a whole file. */
  readonly line: number | null;
  /** The field (column) concerned, or null. */
  readonly field: string | null;
  readonly message: string;
}

/** How many problems an error report lists; the rest are counted. */
export const REPORTED_PROBLEMS = 100;

/** Collects every problem of an import, keeping the first {@link REPORTED_PROBLEMS} in full. */
export class ImportProblems {
  private readonly kept: ImportProblem[] = [];
  private total = 0;

  constructor(private readonly cap = REPORTED_PROBLEMS) {}

  add(problem: ImportProblem): void {
    this.total++;
    if (this.kept.length < this.cap) this.kept.push(problem);
  }

  get count(): number {
    return this.total;
  }

  get listed(): readonly ImportProblem[] {
    return this.kept;
  }

  /** `file:line: field: message` per problem (by file and line), then how many more there are. */
  report(): string {
    const sorted = [...this.kept].sort(
      (a, b) => a.file.localeCompare(b.file) || (a.line ?? 0) - (b.line ?? 0),
    );
    const lines = sorted.map(describeProblem);
    const more = this.total - this.kept.length;
    if (more > 0) lines.push(`... and ${more} more problem${more === 1 ? '' : 's'}`);
    return lines.join('\n');
  }
}

export function describeProblem(problem: ImportProblem): string {
  const where = problem.line === null ? problem.file : `${problem.file}:${problem.line}`;
  return problem.field === null
    ? `${where}: ${problem.message}`
    : `${where}: ${problem.field}: ${problem.message}`;
}
