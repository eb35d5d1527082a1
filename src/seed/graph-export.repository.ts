import {
  type ImportAcquaintance,
  type ImportChallenge,
  type ImportChallengeSkill,
  type ImportCollaboration,
  type ImportExperience,
  type ImportMembership,
  type ImportMunicipality,
  type ImportPerson,
  type ImportPersonSkill,
  type ImportSkill,
} from './graph-import.repository';

/** Everything the graph holds, kind by kind, in the shapes GraphImportRepository takes back. */
export interface ExportRows {
  municipalities: ImportMunicipality;
  collaborations: ImportCollaboration;
  memberships: ImportMembership;
  skills: ImportSkill;
  people: ImportPerson;
  personSkills: ImportPersonSkill;
  challenges: ImportChallenge;
  challengeSkills: ImportChallengeSkill;
  experiences: ImportExperience;
  acquaintances: ImportAcquaintance;
}
export type ExportKind = keyof ExportRows;

/** In import order: nodes before the relationships that need them. */
export const EXPORT_KINDS: readonly ExportKind[] = [
  'municipalities',
  'collaborations',
  'memberships',
  'skills',
  'people',
  'personSkills',
  'challenges',
  'challengeSkills',
  'experiences',
  'acquaintances',
];

export interface ExportBatch<K extends ExportKind> {
  readonly rows: ExportRows[K][];
  /** Pass as `after` for the next batch; null when this was the last. */
  readonly next: string | null;
}

/**
 * Port: reading the whole graph out in batches, for backups and for moving between stores
 * (`npm run graph:export` / `graph:import`). Batches follow a keyset on the id of the node
 * (for relationships: of their start node), so memory stays flat at any size.
 */
export abstract class GraphExportRepository {
  abstract exportBatch<K extends ExportKind>(
    kind: K,
    after: string | null,
    limit: number,
  ): Promise<ExportBatch<K>>;
}
