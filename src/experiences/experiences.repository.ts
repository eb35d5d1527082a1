import { type ExperienceRecord } from './experience.record';

/** Port: people's experiences with challenges (WORKED_ON) in the graph store. */
export abstract class ExperiencesRepository {
  /**
   * Creates or replaces the experience of this person with this challenge, in one transaction.
   * Throws PeopleException.notFound or ChallengesException.notFound, writing nothing, when
   * either does not exist.
   */
  abstract record(experience: ExperienceRecord): Promise<ExperienceRecord>;

  /** Experiences with the given challenges, per challenge most recent year first, then person id. */
  abstract findByChallengeIds(challengeIds: readonly string[]): Promise<ExperienceRecord[]>;

  /** Experiences of the given people, per person most recent year first, then challenge id. */
  abstract findByPersonIds(personIds: readonly string[]): Promise<ExperienceRecord[]>;
}
