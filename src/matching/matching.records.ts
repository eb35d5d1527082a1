import { type ExperienceRole, type Outcome } from '../experiences/experience-role';
import { type Availability } from '../people/models/availability.enum';
import { type Visibility } from '../people/models/visibility.enum';

/** What the ranking needs of a challenge: its text, theme, where it is faced and what it needs. */
export interface ChallengeContext {
  readonly id: string;
  readonly title: string;
  readonly description: string;
  readonly theme: string | null;
  readonly municipalityCode: string;
  readonly municipalityName: string;
  /** Sorted. */
  readonly requiredSkillIds: readonly string[];
}

/** A challenge found by full-text relevance (BM25); `score` is the store's own, unscaled. */
export interface SimilarChallenge {
  readonly challengeId: string;
  readonly score: number;
}

/** One REQUIRES relationship: a challenge needs a skill. */
export interface Requirement {
  readonly challengeId: string;
  readonly skillId: string;
}

/** One WORKED_ON relationship. */
export interface ExperienceFact {
  readonly personId: string;
  readonly challengeId: string;
  readonly role: ExperienceRole;
  readonly outcome: Outcome;
  readonly year: number | null;
  /** What the person wrote down about the work (lessons, notes), or null. */
  readonly lessonsLearned: string | null;
}

/** The key of one experience, a person and a challenge (ids never hold a line break). */
export const experienceKey = (personId: string, challengeId: string): string =>
  `${personId}\n${challengeId}`;

/** The person and challenge of an experienceKey. */
export function experienceOfKey(key: string): { personId: string; challengeId: string } {
  const [personId, challengeId] = key.split('\n');
  return { personId, challengeId };
}

/**
 * An experience found by full-text relevance of its lessons (BM25); `score` is the store's own,
 * unscaled, like SimilarChallenge's.
 */
export interface SimilarExperience {
  readonly personId: string;
  readonly challengeId: string;
  readonly score: number;
}

/** One HAS_SKILL relationship: a person's level in a skill. */
export interface SkillHolder {
  readonly personId: string;
  readonly skillId: string;
  /** 1..5 */
  readonly level: number;
}

/** A skill with the number of people holding it (at any level), for its rarity. */
export interface SkillFrequency {
  readonly skillId: string;
  readonly name: string;
  readonly holders: number;
}

/** What the ranking needs of a person: who may see them, where they work, what they worked on. */
export interface PersonContext {
  readonly id: string;
  readonly name: string;
  readonly availability: Availability;
  readonly visibility: Visibility;
  readonly municipalityCode: string;
  /** The theme of every challenge the person worked on (one entry per challenge; none without a theme). */
  readonly challengeThemes: readonly string[];
}

export interface CollaborationRef {
  readonly id: string;
  readonly name: string;
}

/** A municipality with its size and its collaborations (for likeness and visibility). */
export interface MunicipalityContext {
  readonly code: string;
  readonly name: string;
  readonly population: number;
  /** Sorted by id. */
  readonly collaborations: readonly CollaborationRef[];
}

/** People with the municipalities they work in (each municipality once). */
export interface PeopleInContext {
  readonly people: readonly PersonContext[];
  readonly municipalities: readonly MunicipalityContext[];
}

/** A KNOWS path: person ids from the start to `targetId`, both included. */
export interface KnowsPath {
  readonly targetId: string;
  readonly personIds: readonly string[];
}

/** What query expansion is built from (query-expansion.ts). */
export interface LexiconSource {
  /** Every skill with its name and aliases (ESCO's alternative labels among them). */
  readonly skills: readonly {
    readonly id: string;
    readonly name: string;
    readonly aliases: readonly string[];
  }[];
  /** Every challenge's title and description: the corpus the compound splitter learns words from. */
  readonly texts: readonly string[];
}
