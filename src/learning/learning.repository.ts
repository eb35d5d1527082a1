import { type Page, type PageRequest } from '../common/pagination/page';
import {
  type ChallengeWork,
  type LearningWish,
  type MentorRecord,
  type NewProgress,
  type ParticipationRecord,
  type ProgrammeFilter,
  type ProgrammePatch,
  type ProgrammeRecord,
  type ProgrammeRole,
  type ProgressRecord,
} from './learning.records';

/** A participant's circle; null takes them out of every circle. */
export interface CircleAssignment {
  readonly personId: string;
  readonly circle: number | null;
}

/** A participant's mentor; null leaves them without one. */
export interface MentorAssignment {
  readonly participantId: string;
  readonly mentorId: string | null;
}

/**
 * Port: learning programmes in the graph: the programme node (run by a collaboration or a
 * municipality, ADDRESSES challenges, BUILDS skills), who takes part (PARTICIPATES, with a circle),
 * who mentors (MENTORS) and whom (GUIDES), the progress participants record (PROGRESSED) and the
 * skills people want to learn (WANTS_TO_LEARN). Each write is one transaction that checks, inside
 * it, that what it links exists, and writes nothing when it does not.
 */
export abstract class LearningRepository {
  /**
   * Stores a new programme. Throws the owning feature's NOT_FOUND for an unknown collaboration,
   * municipality, challenge, skill or coordinator.
   */
  abstract create(programme: ProgrammeRecord): Promise<ProgrammeRecord>;

  /**
   * Changes a programme; lists given replace the stored ones. Throws LearningException.notFound
   * for an unknown programme, and NOT_FOUND as create does.
   */
  abstract update(id: string, patch: ProgrammePatch, updatedAt: Date): Promise<ProgrammeRecord>;

  /** The programmes found, in the order of `ids`; unknown ids are left out. */
  abstract findByIds(ids: readonly string[]): Promise<ProgrammeRecord[]>;

  /** Newest first (createdAt, id). */
  abstract list(filter: ProgrammeFilter, page: PageRequest): Promise<Page<ProgrammeRecord>>;

  /** The current participants of the programmes, per programme by person id. */
  abstract participants(programmeIds: readonly string[]): Promise<ParticipationRecord[]>;

  /** The current mentors of the programmes, per programme by person id. */
  abstract mentors(programmeIds: readonly string[]): Promise<MentorRecord[]>;

  /** How many participants each of these people guides in PLANNED or ACTIVE programmes. */
  abstract menteeCounts(personIds: readonly string[]): Promise<Map<string, number>>;

  /** Makes the people participants (those already taking part keep their circle and mentor). */
  abstract addParticipants(
    programmeId: string,
    personIds: readonly string[],
    at: Date,
  ): Promise<void>;

  /**
   * Ends a participant's taking part and their mentor pair (kept as history, no longer read as
   * current); false when they took no part. Adding them again starts afresh.
   */
  abstract removeParticipant(programmeId: string, personId: string, at: Date): Promise<boolean>;

  /** Makes the person a mentor of the programme (again harmless). */
  abstract addMentor(programmeId: string, personId: string, at: Date): Promise<void>;

  /** Ends a mentor's mentoring and their pairs in the programme; false when they were none. */
  abstract removeMentor(programmeId: string, personId: string, at: Date): Promise<boolean>;

  /** Sets the circles of these participants; others keep theirs. */
  abstract assignCircles(
    programmeId: string,
    assignments: readonly CircleAssignment[],
  ): Promise<void>;

  /** Sets the mentors of these participants (replacing a pair they had); others keep theirs. */
  abstract assignMentors(
    programmeId: string,
    assignments: readonly MentorAssignment[],
    at: Date,
  ): Promise<void>;

  /**
   * Records a progress step, sets the person's level of the skill to levelAfter (HAS_SKILL), and,
   * when it names a challenge and an outcome, records that as their experience with it
   * (WORKED_ON: a new one as MEMBER in the year recorded; an existing one keeps its role and
   * lessons). A null levelBefore is the person's level when the step is recorded (0 when none).
   */
  abstract recordProgress(progress: NewProgress): Promise<ProgressRecord>;

  /** The progress recorded in the programmes, oldest first. */
  abstract progressIn(programmeIds: readonly string[]): Promise<ProgressRecord[]>;

  /** The progress one person recorded in any programme, oldest first. */
  abstract progressOf(personId: string): Promise<ProgressRecord[]>;

  /** The skills these people want to learn. */
  abstract wishesOf(personIds: readonly string[]): Promise<LearningWish[]>;

  /** Replaces the skills a person wants to learn. */
  abstract setWishes(personId: string, skillIds: readonly string[], at: Date): Promise<void>;

  /** People of the municipalities who want to learn one of the skills. */
  abstract wishesIn(
    municipalityCodes: readonly string[],
    skillIds: readonly string[],
  ): Promise<LearningWish[]>;

  /**
   * What people of the municipalities work on (WORKED_ON) among OPEN or IN_PROGRESS challenges
   * that require one of the skills or are among `challengeIds`.
   */
  abstract ongoingWork(
    municipalityCodes: readonly string[],
    skillIds: readonly string[],
    challengeIds: readonly string[],
  ): Promise<ChallengeWork[]>;

  /** The programmes a person takes part in, mentors in or coordinates (for their data export). */
  abstract rolesOf(personId: string): Promise<ProgrammeRole[]>;
}
