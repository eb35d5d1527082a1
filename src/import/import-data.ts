import { type ImportKind } from './import-format';
import { type ImportRecords, type Lined } from './import-records';

/** The valid records of an import, per kind, with the file each kind came from. */
export class ImportData {
  readonly files: Partial<Record<ImportKind, string>> = {};
  readonly records: { [K in ImportKind]: Lined<ImportRecords[K]>[] } = {
    skills: [],
    collaborations: [],
    'collaboration-members': [],
    people: [],
    challenges: [],
    experiences: [],
    acquaintances: [],
  };

  add<K extends ImportKind>(kind: K, line: number, record: ImportRecords[K]): void {
    (this.records[kind] as Lined<ImportRecords[K]>[]).push({ line, record });
  }

  /** The file a kind came from, for messages ("people.csv" when it had none). */
  fileOf(kind: ImportKind): string {
    return this.files[kind] ?? `${kind}.csv`;
  }
}
