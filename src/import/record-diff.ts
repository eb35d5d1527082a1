import {
  type ImportChallenge,
  type ImportChallengeSkill,
  type ImportCollaboration,
  type ImportExperience,
  type ImportPerson,
  type ImportPersonSkill,
  type ImportSkill,
} from '../seed/graph-import.repository';

/**
 * Whether a record the import would write equals the stored one, field by field. Timestamps
 * that only say when something was written (updatedAt) are not compared, so an import of the
 * same files twice writes nothing the second time.
 */
export const sameSkill = (a: ImportSkill, b: ImportSkill): boolean =>
  a.name === b.name &&
  a.category === b.category &&
  a.escoUri === b.escoUri &&
  a.aliases.length === b.aliases.length &&
  a.aliases.every((alias, index) => alias === b.aliases[index]);

export const sameCollaboration = (a: ImportCollaboration, b: ImportCollaboration): boolean =>
  a.name === b.name && a.kind === b.kind;

export const samePerson = (a: ImportPerson, b: ImportPerson): boolean =>
  a.name === b.name &&
  a.email === b.email &&
  a.title === b.title &&
  a.bio === b.bio &&
  a.availability === b.availability &&
  a.visibility === b.visibility &&
  a.municipalityCode === b.municipalityCode &&
  a.department === b.department &&
  a.since === b.since;

export const samePersonSkill = (a: ImportPersonSkill, b: ImportPersonSkill): boolean =>
  a.level === b.level;

export const sameChallenge = (a: ImportChallenge, b: ImportChallenge): boolean =>
  a.title === b.title &&
  a.description === b.description &&
  a.theme === b.theme &&
  a.status === b.status &&
  a.municipalityCode === b.municipalityCode &&
  sameInstant(a.createdAt, b.createdAt);

export const sameChallengeSkill = (a: ImportChallengeSkill, b: ImportChallengeSkill): boolean =>
  a.weight === null || b.weight === null
    ? a.weight === b.weight
    : Math.abs(a.weight - b.weight) < 1e-9;

export const sameExperience = (a: ImportExperience, b: ImportExperience): boolean =>
  a.role === b.role &&
  a.outcome === b.outcome &&
  a.year === b.year &&
  a.lessonsLearned === b.lessonsLearned;

/** Relationships without properties are the same when both exist. */
export const sameLink = (): boolean => true;

/** Two ISO times at the same millisecond (stores keep microseconds or another notation). */
export const sameInstant = (a: string, b: string): boolean =>
  Math.floor(new Date(a).getTime()) === Math.floor(new Date(b).getTime());
