export type Alignment = 'left' | 'right';

/**
 * A Markdown table laid out the way Prettier lays it out (cells padded to the column's width,
 * right-aligned columns padded on the left), so the generated docs/benchmarks.md passes
 * `prettier --check` as written.
 */
export function markdownTable(
  header: readonly string[],
  alignments: readonly Alignment[],
  rows: ReadonlyArray<readonly string[]>,
): string[] {
  const widths = header.map((title, column) =>
    Math.max(
      3,
      [title, ...rows.map((row) => row[column] ?? '')].reduce(
        (w, c) => Math.max(w, [...c].length),
        0,
      ),
    ),
  );
  const pad = (cell: string, column: number): string => {
    const fill = ' '.repeat(widths[column] - [...cell].length);
    return alignments[column] === 'right' ? fill + cell : cell + fill;
  };
  const line = (cells: readonly string[]): string =>
    `| ${cells.map((cell, column) => pad(cell, column)).join(' | ')} |`;
  const rule = widths.map((width, column) =>
    alignments[column] === 'right' ? `${'-'.repeat(width - 1)}:` : '-'.repeat(width),
  );
  return [line(header), `| ${rule.join(' | ')} |`, ...rows.map(line)];
}
