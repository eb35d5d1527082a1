import { type ExportKind, type ExportRows } from '../seed/graph-export.repository';

/** What an import writes, in the order it writes it (nodes before their relationships). */
export const WRITE_KINDS = [
  'skills',
  'collaborations',
  'memberships',
  'people',
  'personSkills',
  'challenges',
  'challengeSkills',
  'experiences',
  'acquaintances',
] as const satisfies readonly ExportKind[];
export type WriteKind = (typeof WRITE_KINDS)[number];

/** How the report names each kind. */
export const WRITE_KIND_LABELS: Readonly<Record<WriteKind, string>> = {
  skills: 'skills',
  collaborations: 'collaborations',
  memberships: 'collaboration members',
  people: 'people',
  personSkills: 'person skills',
  challenges: 'challenges',
  challengeSkills: 'required skills',
  experiences: 'experiences',
  acquaintances: 'acquaintances',
};

export interface KindCounts {
  created: number;
  updated: number;
  unchanged: number;
}

export type RowsByKind = { [K in WriteKind]: ExportRows[K][] };

/** The rows to write per kind (new ones and changed ones) and what the import does to each kind. */
export interface ImportPlan {
  /** Rows nothing is stored for yet. */
  readonly creates: RowsByKind;
  /** Rows that differ from the stored ones. */
  readonly updates: RowsByKind;
  readonly counts: Record<WriteKind, KindCounts>;
}

const emptyRows = (): RowsByKind =>
  Object.fromEntries(WRITE_KINDS.map((kind) => [kind, []])) as unknown as RowsByKind;

export function emptyPlan(): ImportPlan {
  const counts = Object.fromEntries(
    WRITE_KINDS.map((kind) => [kind, { created: 0, updated: 0, unchanged: 0 }]),
  );
  return {
    creates: emptyRows(),
    updates: emptyRows(),
    counts: counts as Record<WriteKind, KindCounts>,
  };
}

/** How many rows the plan writes in all. */
export const rowsToWrite = (plan: ImportPlan): number =>
  WRITE_KINDS.reduce((sum, kind) => sum + plan.creates[kind].length + plan.updates[kind].length, 0);

/**
 * Records `desired` in the plan: created when nothing is stored, updated when what is stored
 * differs, unchanged otherwise.
 */
export function planRow<K extends WriteKind>(
  plan: ImportPlan,
  kind: K,
  desired: ExportRows[K],
  stored: ExportRows[K] | undefined,
  same: (a: ExportRows[K], b: ExportRows[K]) => boolean,
): void {
  const counts = plan.counts[kind];
  if (stored === undefined) {
    counts.created++;
    (plan.creates[kind] as ExportRows[K][]).push(desired);
  } else if (same(desired, stored)) counts.unchanged++;
  else {
    counts.updated++;
    (plan.updates[kind] as ExportRows[K][]).push(desired);
  }
}
