import { type Outcome } from '../experiences/experience-role';
import { type ProgrammeStatus } from './programme-status';

/** A skill a programme builds, and the level it aims for (1..5). */
export interface ProgrammeSkill {
  readonly skillId: string;
  readonly targetLevel: number;
}

/** Who runs a programme: exactly one of the two is set. */
export interface ProgrammeOwner {
  readonly collaborationId: string | null;
  readonly municipalityCode: string | null;
}

/** A learning programme as the graph stores it, with what it addresses and builds. */
export interface ProgrammeRecord {
  readonly id: string;
  readonly title: string;
  readonly goal: string | null;
  readonly theme: string | null;
  readonly status: ProgrammeStatus;
  /** YYYY-MM-DD, or null while not planned yet. */
  readonly startDate: string | null;
  readonly endDate: string | null;
  readonly runBy: ProgrammeOwner;
  /** The person who coordinates it (COORDINATES), or null. */
  readonly coordinatorId: string | null;
  /** ADDRESSES, sorted. */
  readonly challengeIds: readonly string[];
  /** BUILDS, by skill id. */
  readonly skills: readonly ProgrammeSkill[];
  readonly createdAt: Date;
  readonly updatedAt: Date;
}

/** What an update changes; null or left out keeps the stored value. */
export interface ProgrammePatch {
  readonly title?: string;
  readonly goal?: string | null;
  readonly theme?: string | null;
  readonly status?: ProgrammeStatus;
  readonly startDate?: string | null;
  readonly endDate?: string | null;
  /** null removes the coordinator. */
  readonly coordinatorId?: string | null;
  readonly challengeIds?: readonly string[];
  readonly skills?: readonly ProgrammeSkill[];
}

export interface ProgrammeFilter {
  readonly collaborationId?: string;
  /** Programmes run by this municipality or by a collaboration it is a member of. */
  readonly municipalityCode?: string;
  readonly status?: ProgrammeStatus;
}

/** A participant of a programme (PARTICIPATES), with their circle and mentor (GUIDES). */
export interface ParticipationRecord {
  readonly programmeId: string;
  readonly personId: string;
  readonly municipalityCode: string;
  readonly since: Date;
  /** 1-based, or null before circles are formed. */
  readonly circle: number | null;
  readonly mentorId: string | null;
}

/** A mentor of a programme (MENTORS). */
export interface MentorRecord {
  readonly programmeId: string;
  readonly personId: string;
  readonly municipalityCode: string;
  readonly since: Date;
}

/** A person's place in programmes, for their data export. */
export interface ProgrammeRole {
  readonly programmeId: string;
  readonly role: 'PARTICIPANT' | 'MENTOR' | 'COORDINATOR';
  readonly since: Date | null;
  /** When they left (participant) or stopped (mentor); null while they take part. */
  readonly until: Date | null;
  readonly circle: number | null;
  readonly mentorId: string | null;
}

/** One step of learning a participant recorded (PROGRESSED, to the skill). */
export interface ProgressRecord {
  readonly id: string;
  readonly programmeId: string;
  readonly personId: string;
  readonly skillId: string;
  readonly levelBefore: number;
  readonly levelAfter: number;
  /** The challenge the skill was applied to, and how that turned out. */
  readonly challengeId: string | null;
  readonly outcome: Outcome | null;
  readonly note: string | null;
  readonly recordedAt: Date;
}

/** A progress step to record; levelBefore null means the person's current level (0 if none). */
export type NewProgress = Omit<ProgressRecord, 'levelBefore'> & {
  readonly levelBefore: number | null;
};

/** A person wanting to learn a skill (WANTS_TO_LEARN). */
export interface LearningWish {
  readonly personId: string;
  readonly skillId: string;
}

/** Someone working on a challenge (WORKED_ON), with the challenge as a learner's need sees it. */
export interface ChallengeWork {
  readonly personId: string;
  readonly challengeId: string;
  readonly status: string;
  readonly requiredSkillIds: readonly string[];
}
