import { type ChallengeStatus } from '../challenges/challenge-status';
import { type Availability } from '../people/models/availability.enum';

/** Which challenges make the demand of an area. */
export type DemandSelection =
  | { readonly kind: 'ids'; readonly challengeIds: readonly string[] }
  | {
      readonly kind: 'area';
      readonly municipalityCodes: readonly string[];
      readonly statuses: readonly ChallengeStatus[];
      /** Only these themes; null for every theme. */
      readonly themes: readonly string[] | null;
    };

/** A challenge that needs skills, as the demand side reads it. */
export interface DemandChallenge {
  readonly id: string;
  readonly status: ChallengeStatus;
  readonly theme: string | null;
  readonly municipalityCode: string;
  readonly createdAt: Date;
  readonly requiredSkillIds: readonly string[];
}

/** People of one municipality holding one skill at the asked level or above. */
export interface SkillSupplyRow {
  readonly skillId: string;
  readonly municipalityCode: string;
  readonly holders: number;
  /** Of those, the ones not UNAVAILABLE. */
  readonly available: number;
}

/** A skill held at level by few people in an area. */
export interface ThinSkillRow {
  readonly skillId: string;
  readonly holders: number;
}

/** One person's level in one skill, in an area. */
export interface AreaHolding {
  readonly skillId: string;
  readonly personId: string;
  readonly municipalityCode: string;
  readonly level: number;
  readonly availability: Availability;
}

/** Someone who worked on a solved challenge of the area, and where they are now. */
export interface SolverRow {
  readonly challengeId: string;
  /** The municipality that faces the challenge. */
  readonly municipalityCode: string;
  readonly personId: string;
  readonly availability: Availability;
  /** The municipality the person works at now. */
  readonly worksAt: string;
}
