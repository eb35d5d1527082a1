import {
  type ImportAcquaintance,
  type ImportCollaboration,
  type ImportExperience,
  type ImportMembership,
  type ImportSkill,
} from '../seed/graph-import.repository';

/** A person as a file gives it; null availability / visibility: not given. */
export interface PersonRecord {
  readonly id: string;
  readonly name: string;
  readonly email: string | null;
  readonly title: string | null;
  readonly bio: string | null;
  readonly availability: string | null;
  readonly visibility: string | null;
  readonly municipalityCode: string;
  readonly department: string | null;
  readonly since: string | null;
  readonly skills: ReadonlyArray<{ readonly skillId: string; readonly level: number }>;
}

/** A challenge as a file gives it; null status / createdAt: not given. */
export interface ChallengeRecord {
  readonly id: string;
  readonly title: string;
  readonly description: string;
  readonly theme: string | null;
  readonly status: string | null;
  readonly municipalityCode: string;
  /** ISO 8601, normalised (toISOString). */
  readonly createdAt: string | null;
  readonly requiredSkills: ReadonlyArray<{
    readonly skillId: string;
    readonly weight: number | null;
  }>;
}

/** The valid record of each kind. */
export interface ImportRecords {
  skills: ImportSkill;
  collaborations: ImportCollaboration;
  'collaboration-members': ImportMembership;
  people: PersonRecord;
  challenges: ChallengeRecord;
  experiences: ImportExperience;
  acquaintances: ImportAcquaintance;
}

/** A valid record with the line it came from. */
export interface Lined<T> {
  readonly line: number;
  readonly record: T;
}
