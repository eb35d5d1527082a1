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
 * that creates some by MERGE rebuilds the table's full-text index once, and each COPY has a
 * fixed cost.
 */
const CHUNK: Readonly<Record<WriteKind, number>> = {
  skills: 10_000,
  collaborations: 10_000,
  memberships: 10_000,
  people: 100_000,
  personSkills: 250_000,
  challenges: 100_000,
  challengeSkills: 250_000,
  experiences: 250_000,
  acquaintances: 250_000,
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

type Writer = (rows: unknown[]) => Promise<void>;

/**
 * Writes a plan through the bulk port, kind by kind in dependency order: changed rows through
 * the upserts, new ones through the store's bulk create (Kuzu: COPY FROM). Every write is keyed
 * by the ids, so after a failure the same import run again finds what was written and writes
 * only what is still missing.
 */
export async function writePlan(
  importer: GraphImportRepository,
  plan: ImportPlan,
  progress: ImportProgress,
): Promise<number> {
  const total = rowsToWrite(plan);
  let written = 0;
  const upserts: { [K in WriteKind]: (rows: ExportRows[K][]) => Promise<void> } = {
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
  const creates = (kind: WriteKind): Writer =>
    kind === 'skills' || kind === 'collaborations'
      ? (upserts[kind] as Writer)
      : (rows) => importer.importNew(kind, rows as never);
  for (const kind of WRITE_KINDS) {
    const steps: Array<[unknown[], Writer]> = [
      [plan.updates[kind], upserts[kind] as Writer],
      [plan.creates[kind], creates(kind)],
    ];
    const count = steps.reduce((sum, [rows]) => sum + rows.length, 0);
    if (count === 0) continue;
    progress.start(`writing ${WRITE_KIND_LABELS[kind]}`, count);
    try {
      for (const [rows, write] of steps) {
        for (let start = 0; start < rows.length; start += CHUNK[kind]) {
          const chunk = rows.slice(start, start + CHUNK[kind]);
          await write(chunk);
          written += chunk.length;
          progress.advance(chunk.length);
        }
      }
    } catch (error) {
      throw new ImportWriteError(written, total, error);
    } finally {
      progress.stop();
    }
  }
  return written;
}
