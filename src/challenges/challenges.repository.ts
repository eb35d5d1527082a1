import { type Page, type PageRequest, type SortKey } from '../common/pagination/page';
import {
  type ChallengeFilter,
  type ChallengePatch,
  type ChallengeRecord,
} from './challenge.record';

/** Challenges are listed newest first: createdAt descending, then id ascending. */
export const challengeSortKey = (record: ChallengeRecord): SortKey => [
  record.createdAt.toISOString(),
  record.id,
];

/** Port: challenges of municipalities in the graph store. */
export abstract class ChallengesRepository {
  abstract findByIds(ids: readonly string[]): Promise<ChallengeRecord[]>;

  abstract list(filter: ChallengeFilter, page: PageRequest): Promise<Page<ChallengeRecord>>;

  /** One page of each municipality's challenges, newest first, in the order of `codes`. */
  abstract pagesByMunicipality(
    codes: readonly string[],
    page: PageRequest,
  ): Promise<Page<ChallengeRecord>[]>;

  /**
   * Creates the challenge with its FACES and REQUIRES relationships in one transaction.
   * Throws MunicipalitiesException.notFound / SkillsException.notFound (naming every unknown
   * skill) and writes nothing when a referenced node does not exist.
   */
  abstract create(challenge: ChallengeRecord): Promise<ChallengeRecord>;

  /**
   * Applies the patch in one transaction. Throws ChallengesException.notFound or
   * SkillsException.notFound and writes nothing when the challenge or a skill does not exist;
   * `authorize`, given the stored challenge inside the transaction, may refuse by throwing.
   */
  abstract update(
    id: string,
    patch: ChallengePatch,
    authorize?: (current: ChallengeRecord) => void,
  ): Promise<ChallengeRecord>;
}
