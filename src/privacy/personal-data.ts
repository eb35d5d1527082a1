import { type AuditLogRecord } from '../audit/audit-log.record';
import { type ExperienceRecord } from '../experiences/experience.record';
import { type HelpedLink } from '../introductions/introduction-outcomes.repository';
import { type IntroductionRecord } from '../introductions/introduction.record';
import {
  type LearningWish,
  type ProgrammeRole,
  type ProgressRecord,
} from '../learning/learning.records';
import { type HeldSkill, type PersonRecord } from '../people/person.record';

/** The format of the export, so that a reader knows which fields to expect. */
export const PERSONAL_DATA_FORMAT = 'kennissen-personal-data/1';

/** Everything Kennissen stores about one person, as exportMyData answers it (JSON). */
export interface PersonalData {
  readonly format: typeof PERSONAL_DATA_FORMAT;
  readonly generatedAt: string;
  readonly personId: string;
  /** The Person node and its WORKS_AT (graph store). */
  readonly profile: Record<string, unknown>;
  readonly skills: ReadonlyArray<{ skillId: string; name: string; level: number }>;
  readonly experiences: ReadonlyArray<Record<string, unknown>>;
  /** KNOWS, in either direction: the people the person may see by name, the rest counted. */
  readonly acquaintances: {
    readonly named: ReadonlyArray<{ personId: string; name: string }>;
    readonly hidden: number;
  };
  /** HELPED relationships projected from completed introductions (graph store). */
  readonly helped: readonly HelpedLink[];
  /** The learning programmes they take part in, mentor or coordinate, past ones included. */
  readonly learningProgrammes: ReadonlyArray<{
    programmeId: string;
    title: string | null;
    role: ProgrammeRole['role'];
    since: string | null;
    until: string | null;
    circle: number | null;
    mentorId: string | null;
  }>;
  /** The progress they recorded in programmes (PROGRESSED), oldest first. */
  readonly learningProgress: ReadonlyArray<Record<string, unknown>>;
  /** The skills they want to learn (WANTS_TO_LEARN). */
  readonly wantsToLearn: ReadonlyArray<{ skillId: string; name: string | null }>;
  /** Introductions the person took part in, with their role (relational store). */
  readonly introductions: ReadonlyArray<Record<string, unknown>>;
  /** Audit records by or about the person (relational store; ids, no names). */
  readonly auditTrail: ReadonlyArray<Record<string, unknown>>;
  /** What is not in this document, and why. */
  readonly notIncluded: readonly string[];
}

export interface PersonalDataSources {
  readonly person: PersonRecord;
  readonly municipalityName: string | null;
  readonly skills: readonly HeldSkill[];
  readonly experiences: readonly ExperienceRecord[];
  /** Titles of the challenges their experiences and progress name. */
  readonly challengeTitles: ReadonlyMap<string, string>;
  readonly acquaintances: readonly PersonRecord[];
  readonly canSee: (other: PersonRecord) => boolean;
  readonly helped: readonly HelpedLink[];
  readonly programmeRoles: readonly ProgrammeRole[];
  readonly progress: readonly ProgressRecord[];
  readonly wishes: readonly LearningWish[];
  /** Titles of the programmes their roles and progress name. */
  readonly programmeTitles: ReadonlyMap<string, string>;
  /** Names of the skills their progress and wishes name. */
  readonly skillNames: ReadonlyMap<string, string>;
  readonly introductions: readonly IntroductionRecord[];
  readonly auditTrail: readonly AuditLogRecord[];
  readonly generatedAt: Date;
}

/** Builds the export from what the stores answered; pure, so its shape is tested on its own. */
export function personalDataDocument(sources: PersonalDataSources): PersonalData {
  const { person } = sources;
  const named = sources.acquaintances.filter(sources.canSee);
  return {
    format: PERSONAL_DATA_FORMAT,
    generatedAt: sources.generatedAt.toISOString(),
    personId: person.id,
    profile: {
      id: person.id,
      name: person.name,
      email: person.email,
      title: person.title,
      bio: person.bio,
      availability: person.availability,
      visibility: person.visibility,
      municipality: { code: person.municipalityCode, name: sources.municipalityName },
      department: person.department,
      createdAt: person.createdAt.toISOString(),
      updatedAt: person.updatedAt.toISOString(),
    },
    skills: sources.skills.map((held) => ({
      skillId: held.skillId,
      name: held.skill.name,
      level: held.level,
    })),
    experiences: sources.experiences.map((experience) => ({
      challengeId: experience.challengeId,
      challengeTitle: sources.challengeTitles.get(experience.challengeId) ?? null,
      role: experience.role,
      outcome: experience.outcome,
      year: experience.year,
      lessonsLearned: experience.lessonsLearned,
    })),
    acquaintances: {
      named: named
        .map((other) => ({ personId: other.id, name: other.name }))
        .sort((a, b) => a.personId.localeCompare(b.personId)),
      hidden: sources.acquaintances.length - named.length,
    },
    helped: sources.helped,
    learningProgrammes: sources.programmeRoles.map((role) => ({
      programmeId: role.programmeId,
      title: sources.programmeTitles.get(role.programmeId) ?? null,
      role: role.role,
      since: role.since?.toISOString() ?? null,
      until: role.until?.toISOString() ?? null,
      circle: role.circle,
      mentorId: role.mentorId,
    })),
    learningProgress: sources.progress.map((step) => ({
      id: step.id,
      programmeId: step.programmeId,
      programmeTitle: sources.programmeTitles.get(step.programmeId) ?? null,
      skillId: step.skillId,
      skillName: sources.skillNames.get(step.skillId) ?? null,
      levelBefore: step.levelBefore,
      levelAfter: step.levelAfter,
      challengeId: step.challengeId,
      challengeTitle:
        step.challengeId === null ? null : (sources.challengeTitles.get(step.challengeId) ?? null),
      outcome: step.outcome,
      note: step.note,
      recordedAt: step.recordedAt.toISOString(),
    })),
    wantsToLearn: sources.wishes.map((wish) => ({
      skillId: wish.skillId,
      name: sources.skillNames.get(wish.skillId) ?? null,
    })),
    introductions: sources.introductions.map((record) => ({
      roles: rolesOf(record, person.id),
      ...record,
      requestedAt: record.requestedAt.toISOString(),
      respondedAt: record.respondedAt?.toISOString() ?? null,
      completedAt: record.completedAt?.toISOString() ?? null,
    })),
    auditTrail: sources.auditTrail.map((entry) => ({
      at: entry.at.toISOString(),
      action: entry.action,
      objectType: entry.objectType,
      objectId: entry.objectId,
      result: entry.result,
      actor: entry.actor,
      origin: entry.origin,
    })),
    notIncluded: [
      'The service log (kept by the platform) holds ids and correlation ids, no names or e-mail addresses.',
      'Backups of the stores hold earlier copies until they expire (see docs/privacy.md).',
    ],
  };
}

function rolesOf(record: IntroductionRecord, personId: string): string[] {
  return [
    ...(record.requesterId === personId ? ['REQUESTER'] : []),
    ...(record.expertId === personId ? ['EXPERT'] : []),
    ...(record.viaId === personId ? ['VIA'] : []),
  ];
}
