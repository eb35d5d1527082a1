import * as fs from 'node:fs';
import * as readline from 'node:readline';
import { parse } from 'csv-parse';
import { type ImportProblems } from './import-errors';
import { allFields, IMPORT_FIELDS, type ImportFormat, type ImportKind } from './import-format';

/** A record as read from a file: its physical line and its present (non-empty) fields. */
export interface SourceRecord {
  readonly line: number;
  readonly values: Readonly<Record<string, unknown>>;
}

export interface SourceFile {
  /** The path as given on the command line (used in the error report). */
  readonly path: string;
  readonly kind: ImportKind;
  readonly format: ImportFormat;
}

/**
 * Streams the records of one file to `onRecord`, reporting malformed lines, unknown fields and
 * missing columns to `problems` (and not passing those records on).
 */
export function readRecords(
  file: SourceFile,
  problems: ImportProblems,
  onRecord: (record: SourceRecord) => void,
): Promise<void> {
  return file.format === 'csv'
    ? readCsv(file, problems, onRecord)
    : readJsonLines(file, problems, onRecord);
}

const BOM = '\ufeff';

/** `;` when the header line has more of them than commas, else `,`. */
export function detectSeparator(headerLine: string): ',' | ';' {
  const count = (char: string) => headerLine.split(char).length - 1;
  return count(';') > count(',') ? ';' : ',';
}

async function firstLine(path: string): Promise<string> {
  const handle = await fs.promises.open(path, 'r');
  try {
    const buffer = Buffer.alloc(64 * 1024);
    const { bytesRead } = await handle.read(buffer, 0, buffer.length, 0);
    const text = buffer.subarray(0, bytesRead).toString('utf8');
    return text.split(/\r?\n/, 1)[0].replace(BOM, '');
  } finally {
    await handle.close();
  }
}

/** The problems of a CSV header: unknown, repeated and missing columns. */
export function headerProblems(kind: ImportKind, header: readonly string[]): string[] {
  const known = new Set(allFields(kind));
  const messages: string[] = [];
  const seen = new Set<string>();
  for (const column of header) {
    if (!known.has(column)) {
      messages.push(
        `unknown column "${column}"; the columns of ${kind} are ${allFields(kind).join(', ')}`,
      );
    } else if (seen.has(column)) messages.push(`column "${column}" appears twice`);
    seen.add(column);
  }
  for (const column of IMPORT_FIELDS[kind].required) {
    if (!seen.has(column)) messages.push(`required column "${column}" is missing`);
  }
  return messages;
}

async function readCsv(
  file: SourceFile,
  problems: ImportProblems,
  onRecord: (record: SourceRecord) => void,
): Promise<void> {
  const delimiter = detectSeparator(await firstLine(file.path));
  const parser = fs.createReadStream(file.path).pipe(
    parse({
      bom: true,
      delimiter,
      info: true,
      skip_empty_lines: true,
      relax_column_count: true,
    }),
  );
  let header: string[] | null = null;
  try {
    for await (const { record, info } of parser as AsyncIterable<{
      record: string[];
      info: { lines: number };
    }>) {
      // info.lines is the record's last line; newlines inside quoted fields come before it.
      const newlines = record.reduce((sum, field) => sum + (field.split('\n').length - 1), 0);
      const line = info.lines - newlines;
      if (!header) {
        header = record.map((column) => column.trim());
        const messages = headerProblems(file.kind, header);
        for (const message of messages)
          problems.add({ file: file.path, line, field: null, message });
        if (messages.length > 0) return;
        continue;
      }
      if (record.length !== header.length) {
        problems.add({
          file: file.path,
          line,
          field: null,
          message: `has ${record.length} fields, the header ${header.length} (separator "${delimiter}"; quote fields that hold it)`,
        });
        continue;
      }
      const values: Record<string, unknown> = {};
      header.forEach((column, index) => {
        if (record[index] !== '') values[column] = record[index];
      });
      onRecord({ line, values });
    }
  } catch (error) {
    const at = (error as { lines?: number }).lines ?? null;
    problems.add({
      file: file.path,
      line: at,
      field: null,
      message: `is not valid CSV: ${(error as Error).message}`,
    });
    return;
  }
  if (!header) {
    problems.add({
      file: file.path,
      line: null,
      field: null,
      message: 'is empty: expected a header line',
    });
  }
}

async function readJsonLines(
  file: SourceFile,
  problems: ImportProblems,
  onRecord: (record: SourceRecord) => void,
): Promise<void> {
  const lines = readline.createInterface({
    input: fs.createReadStream(file.path, { encoding: 'utf8' }),
    crlfDelay: Infinity,
  });
  const known = new Set(allFields(file.kind));
  let line = 0;
  for await (const raw of lines) {
    line++;
    const text = line === 1 ? raw.replace(BOM, '') : raw;
    if (text.trim() === '') continue;
    let parsed: unknown;
    try {
      parsed = JSON.parse(text);
    } catch {
      problems.add({ file: file.path, line, field: null, message: 'is not valid JSON' });
      continue;
    }
    if (typeof parsed !== 'object' || parsed === null || Array.isArray(parsed)) {
      problems.add({ file: file.path, line, field: null, message: 'is not a JSON object' });
      continue;
    }
    const values: Record<string, unknown> = {};
    let unknown = false;
    for (const [field, value] of Object.entries(parsed)) {
      if (!known.has(field)) {
        unknown = true;
        problems.add({
          file: file.path,
          line,
          field,
          message: `unknown field; the fields of ${file.kind} are ${allFields(file.kind).join(', ')}`,
        });
      } else if (value !== null) values[field] = value;
    }
    if (!unknown) onRecord({ line, values });
  }
}
