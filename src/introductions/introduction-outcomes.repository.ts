/** A completed introduction that helped, as the graph records it. */
export interface HelpedOutcome {
  /** The outbox event that carries it: applying the same event twice changes nothing. */
  readonly eventId: string;
  readonly introductionId: string;
  readonly expertId: string;
  readonly requesterId: string;
  /** The requester's challenge the introduction was about; the expert becomes its ADVISOR. */
  readonly challengeId: string | null;
  readonly rating: number | null;
  readonly at: Date;
}

/** What projecting an outcome did. */
export type HelpedProjection =
  /** HELPED written (or found from an earlier attempt), and the ADVISOR experience when asked. */
  | 'APPLIED'
  /** The expert or the requester is no longer in the graph (erased): nothing to record. */
  | 'SKIPPED_PERSON_GONE';

/** An expert's record of helping, from the HELPED relationships. */
export interface HelpedRecord {
  readonly helped: number;
  /** Mean rating over the helped introductions that were rated; null when none was. */
  readonly meanRating: number | null;
}

/** A HELPED relationship seen from one of its people. */
export interface HelpedLink {
  /** GAVE: the person helped `otherId`; RECEIVED: `otherId` helped the person. */
  readonly direction: 'GAVE' | 'RECEIVED';
  readonly otherId: string;
  readonly introductionId: string | null;
  readonly challengeId: string | null;
  readonly rating: number | null;
  readonly at: Date | null;
}

/** Port: the learning loop's side of the graph (HELPED, and ADVISOR experiences it implies). */
export abstract class IntroductionOutcomesRepository {
  /**
   * `(expert)-[:HELPED {at, rating}]->(requester)`, one per event, and, when a challenge is
   * named and exists, the expert's WORKED_ON it as ADVISOR unless they already have an
   * experience with it (a stronger role stays). One transaction.
   */
  abstract recordHelped(outcome: HelpedOutcome): Promise<HelpedProjection>;
  /** Per expert with at least one HELPED; others are left out. */
  abstract helpedRecords(expertIds: readonly string[]): Promise<Map<string, HelpedRecord>>;
  /** Every HELPED the person gave or received (for an export of their data). */
  abstract helpedLinksOf(personId: string): Promise<HelpedLink[]>;
}
