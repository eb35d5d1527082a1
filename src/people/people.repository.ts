import { type Page, type PageRequest, type SortKey } from '../common/pagination/page';
import {
  type AcquaintanceRecord,
  type PersonFilter,
  type PersonRecord,
  type PersonWithSkills,
  type HeldSkillRecord,
  type SkillLevel,
} from './person.record';
import { type VisibilityScope } from './visibility';

/** People are listed by name, then id. */
export const personSortKey = (record: PersonRecord): SortKey => [record.name, record.id];

/**
 * Port: people in the graph store. Every write is one transaction: it either happens whole or
 * throws and leaves the graph as it was.
 */
export abstract class PeopleRepository {
  /** The people with these ids, in no particular order; unknown ids are left out. */
  abstract findByIds(ids: readonly string[]): Promise<PersonRecord[]>;

  /** The person with their skills, as findByIds and skillsOf answer them; null when unknown. */
  abstract findWithSkills(id: string): Promise<PersonWithSkills | null>;

  /** People matching the filter whom `scope` may see, by name then id; totalCount counts only them. */
  abstract list(
    filter: PersonFilter,
    page: PageRequest,
    scope: VisibilityScope,
  ): Promise<Page<PersonRecord>>;

  /**
   * The same page for each municipality at once (one page per code, empty when none match).
   * The filter's own municipalityCode, if any, narrows further. Only people `scope` may see.
   */
  abstract listByMunicipalities(
    codes: readonly string[],
    filter: PersonFilter,
    page: PageRequest,
    scope: VisibilityScope,
  ): Promise<Map<string, Page<PersonRecord>>>;

  /** For each skill, a page of the people holding it at `minLevel` or above whom `scope` may see. */
  abstract listBySkills(
    skillIds: readonly string[],
    minLevel: number,
    page: PageRequest,
    scope: VisibilityScope,
  ): Promise<Map<string, Page<PersonRecord>>>;

  /**
   * The skills of these people with each skill's record, per person by level (highest first),
   * then skill name.
   */
  abstract skillsOf(personIds: readonly string[]): Promise<HeldSkillRecord[]>;

  /** The KNOWS neighbours of these people (either direction), per person by name then id. */
  abstract acquaintancesOf(personIds: readonly string[]): Promise<AcquaintanceRecord[]>;

  /**
   * Stores a new person working at `record.municipalityCode`. Throws
   * PeopleException.emailTaken (email shared case-insensitively with anyone) or
   * MunicipalitiesException.notFound.
   */
  abstract create(record: PersonRecord): Promise<PersonRecord>;

  /**
   * Reads person `id`, stores what `change` makes of them (moving WORKS_AT when the
   * municipality changes) and returns the result. `change` must be pure (a store may retry it).
   * Throws PeopleException.notFound / emailTaken or MunicipalitiesException.notFound.
   */
  abstract update(
    id: string,
    change: (current: PersonRecord) => PersonRecord,
  ): Promise<PersonRecord>;

  /**
   * Replaces the person's skills with `skills` (distinct skill ids) and sets updatedAt. Throws
   * PeopleException.notFound, or SkillsException.notFound naming every unknown skill id.
   */
  abstract replaceSkills(
    personId: string,
    skills: readonly SkillLevel[],
    updatedAt: Date,
  ): Promise<PersonRecord>;

  /**
   * Records that two different people know each other, once per pair whatever the order
   * (idempotent). Throws PeopleException.notFound for the first unknown id.
   */
  abstract connect(personId: string, otherPersonId: string): Promise<void>;

  /**
   * Removes the person and every relationship they have (an erasure); false when there is no
   * such person (erased before), so that erasing twice is harmless.
   */
  abstract erase(id: string): Promise<boolean>;
}
