/** Where a learning programme stands; a new programme is PLANNED. */
export enum ProgrammeStatus {
  /** Being composed: participants, mentors, circles and pairs may change. */
  PLANNED = 'PLANNED',
  /** Running: everything may still change, and participants record their progress. */
  ACTIVE = 'ACTIVE',
  /** Finished: kept for its report, no longer changed. */
  COMPLETED = 'COMPLETED',
  /** Stopped before it finished: kept for its report, no longer changed. */
  CANCELLED = 'CANCELLED',
}

/** The statuses in which a programme's people, circles and pairs may change. */
export const OPEN_PROGRAMME_STATUSES: readonly ProgrammeStatus[] = [
  ProgrammeStatus.PLANNED,
  ProgrammeStatus.ACTIVE,
];
