import { stringify } from 'csv-stringify/sync';
import { type ProtectedCount } from '../protected-count';

/**
 * How a CSV export is written: `;` between fields and a decimal comma by default, as Dutch
 * spreadsheet programs expect; `,` with a decimal point on request. Always UTF-8 with a byte
 * order mark, so spreadsheet programs read "ë" and "ĳ" right.
 */
export type CsvSeparator = ';' | ',';

export interface CsvFormat {
  readonly separator: CsvSeparator;
  /** Counts below this are suppressed (shown as "<k"). */
  readonly kAnonymity: number;
}

/** The table as CSV text: the header row, then the rows. */
export function toCsv(
  header: readonly string[],
  rows: ReadonlyArray<ReadonlyArray<string | number>>,
  format: CsvFormat,
): string {
  return stringify([header, ...rows], {
    delimiter: format.separator,
    bom: true,
    record_delimiter: 'windows',
    cast: { number: (value) => decimal(value, format.separator) },
  });
}

/** A number as the chosen spreadsheet convention writes it (at most 3 decimals). */
export function decimal(value: number, separator: CsvSeparator): string {
  const text = String(Math.round(value * 1000) / 1000);
  return separator === ';' ? text.replace('.', ',') : text;
}

/** A protected count: the number, or "<k" when suppressed (never a zero). */
export function countCell(count: ProtectedCount, format: CsvFormat): string | number {
  return count.suppressed || count.value === null ? `<${format.kAnonymity}` : count.value;
}
