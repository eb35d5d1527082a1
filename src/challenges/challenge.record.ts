import { type ChallengeStatus } from './challenge-status';

/** A challenge as the graph stores it, with the keys of what it points at. */
export interface ChallengeRecord {
  readonly id: string;
  readonly title: string;
  readonly description: string;
  readonly theme: string | null;
  readonly status: ChallengeStatus;
  readonly createdAt: Date;
  readonly updatedAt: Date;
  /** The municipality that faces it (FACES). */
  readonly municipalityCode: string;
  /** Skills it requires (REQUIRES), sorted by id. */
  readonly requiredSkillIds: readonly string[];
}

export interface ChallengeFilter {
  readonly municipalityCode?: string;
  readonly theme?: string;
  readonly status?: ChallengeStatus;
  readonly requiredSkillId?: string;
  /** Words to find in title and description (full-text, Dutch stemming); never query syntax. */
  readonly text?: string;
}

/** What changes in an update; a field left out stays as it is. */
export interface ChallengePatch {
  readonly title?: string;
  readonly description?: string;
  /** null clears the theme. */
  readonly theme?: string | null;
  readonly status?: ChallengeStatus;
  /** Replaces the whole set. */
  readonly requiredSkillIds?: readonly string[];
  readonly updatedAt: Date;
}
