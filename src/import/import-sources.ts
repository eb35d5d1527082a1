import * as fs from 'node:fs';
import * as path from 'node:path';
import { ImportData } from './import-data';
import { type ImportProblems } from './import-errors';
import { ACCEPTED_FILE_NAMES, IMPORT_KINDS, kindOfFile } from './import-format';
import { type ImportProgress } from './import-progress';
import { readRecords, type SourceFile } from './record-readers';
import { validateRecord } from './record-validation';

/**
 * The files of an import: the one file given, or every file of the folder given. A name that is
 * no kind of the format, or two files of one kind, are problems (a typo must not be skipped).
 */
export async function findSources(given: string, problems: ImportProblems): Promise<SourceFile[]> {
  let stat: fs.Stats;
  try {
    stat = await fs.promises.stat(given);
  } catch {
    problems.add({ file: given, line: null, field: null, message: 'does not exist' });
    return [];
  }
  const paths = stat.isDirectory()
    ? (await fs.promises.readdir(given)).sort().map((name) => path.join(given, name))
    : [given];
  const byKind = new Map<string, SourceFile>();
  for (const file of paths) {
    const found = kindOfFile(path.basename(file));
    if (!found) {
      problems.add({
        file,
        line: null,
        field: null,
        message: `is not a file of the import format; the files are named ${ACCEPTED_FILE_NAMES}`,
      });
      continue;
    }
    const earlier = byKind.get(found.kind);
    if (earlier) {
      problems.add({
        file,
        line: null,
        field: null,
        message: `holds ${found.kind} like ${earlier.path}: give each kind in one file`,
      });
      continue;
    }
    byKind.set(found.kind, { path: file, ...found });
  }
  if (stat.isDirectory() && byKind.size === 0 && problems.count === 0) {
    problems.add({
      file: given,
      line: null,
      field: null,
      message: `holds none of ${ACCEPTED_FILE_NAMES}`,
    });
  }
  return IMPORT_KINDS.flatMap((kind) => byKind.get(kind) ?? []);
}

/** Reads and checks every record of `sources`; the valid ones end up in the returned data. */
export async function readSources(
  sources: readonly SourceFile[],
  problems: ImportProblems,
  progress: ImportProgress,
): Promise<ImportData> {
  const data = new ImportData();
  for (const source of sources) {
    data.files[source.kind] = source.path;
    progress.start(`reading ${path.basename(source.path)}`, null);
    try {
      await readRecords(source, problems, ({ line, values }) => {
        const checked = validateRecord(source.kind, source.format, { line, values });
        data.add(source.kind, line, checked.record);
        for (const { field, message } of checked.problems) {
          problems.add({ file: source.path, line, field, message });
        }
        progress.advance(1);
      });
    } finally {
      progress.stop();
    }
  }
  return data;
}
