import { type ExperienceRole, type Outcome } from './experience-role';

/** One WORKED_ON relationship: a person's experience with a challenge (one per pair). */
export interface ExperienceRecord {
  readonly personId: string;
  readonly challengeId: string;
  readonly role: ExperienceRole;
  readonly outcome: Outcome;
  readonly year: number | null;
  readonly lessonsLearned: string | null;
}
