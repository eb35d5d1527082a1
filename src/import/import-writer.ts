import { type ExportRows } from '../seed/graph-export.repository';
import { type GraphImportRepository } from '../seed/graph-import.repository';
import {
  type ImportPlan,
  rowsToWrite,
  WRITE_KIND_LABELS,
  WRITE_KINDS,
  type WriteKind,
} from './import-plan';
import { type ImportProgress } from './import-progress';

/**
 * Rows per call of the bulk port. People and challenges take larger chunks: on Kuzu each call
 * that creates some rebuilds the table's full-text index once.
 */
const CHUNK: Readonly<Record<WriteKind, number>> = {
  skills: 10_000,
  collaborations: 10_000,
  memberships: 10_000,
  people: 100_000,
  personSkills: 20_000,
  challenges: 100_000,
  challengeSkills: 20_000,
  experiences: 20_000,
  acquaintances: 20_000,
};

/** A store failure part-way through the writes: how far they got. */
export class ImportWriteError extends Error {
  constructor(
    readonly written: number,
    readonly total: number,
    readonly reason: unknown,
  ) {
    super(reason instanceof Error ? reason.message : String(reason));
  }
}

/**
 * Writes a plan through the bulk port, kind by kind in dependency order. Every statement MERGEs
 * on the ids, so after a failure the same import run again writes what is still missing.
 */
export async function writePlan(
  importer: GraphImportRepository,
  plan: ImportPlan,
  progress: ImportProgress,
): Promise<number> {
  const total = rowsToWrite(plan);
  let written = 0;
  const writers: { [K in WriteKind]: (rows: ExportRows[K][]) => Promise<void> } = {
    skills: (rows) => importer.importSkills(rows),
    collaborations: (rows) => importer.importCollaborations(rows),
    memberships: (rows) => importer.importMemberships(rows),
    people: (rows) => importer.importPeople(rows),
    personSkills: (rows) => importer.importPersonSkills(rows),
    challenges: (rows) => importer.importChallenges(rows),
    challengeSkills: (rows) => importer.importChallengeSkills(rows),
    experiences: (rows) => importer.importExperiences(rows),
    acquaintances: (rows) => importer.importAcquaintances(rows),
  };
  for (const kind of WRITE_KINDS) {
    const rows = plan.writes[kind] as unknown[];
    if (rows.length === 0) continue;
    const write = writers[kind] as (rows: unknown[]) => Promise<void>;
    progress.start(`writing ${WRITE_KIND_LABELS[kind]}`, rows.length);
    try {
      for (let start = 0; start < rows.length; start += CHUNK[kind]) {
        const chunk = rows.slice(start, start + CHUNK[kind]);
        await write(chunk);
        written += chunk.length;
        progress.advance(chunk.length);
      }
    } catch (error) {
      throw new ImportWriteError(written, total, error);
    } finally {
      progress.stop();
    }
  }
  return written;
}
