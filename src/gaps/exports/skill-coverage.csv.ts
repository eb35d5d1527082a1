import { type CoverageMatrix } from '../coverage-matrix';
import { countCell, type CsvFormat, toCsv } from './csv-format';

/**
 * The heatmap's numbers as a table: one row per member municipality, one column per skill, each
 * cell the people at level ("<k" where suppressed).
 */
export function skillCoverageCsv(matrix: CoverageMatrix, format: CsvFormat): string {
  const header = ['gemeente', 'cbs_code', ...matrix.skills.map((skill) => skill.name)];
  const rows = matrix.municipalities.map((municipality, row) => [
    municipality.name,
    municipality.code,
    ...matrix.cells[row].map((cell) => countCell(cell.holders, format)),
  ]);
  return toCsv(header, rows, format);
}
