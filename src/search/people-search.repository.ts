import { type Visibility } from '../people/models/visibility.enum';
import { type VisibilityScope } from '../people/visibility';
import {
  type PersonFilter,
  type PersonSkillRecord,
  type SkillLevel,
} from '../people/person.record';

export type { VisibilityScope };

export interface SearchScope {
  /** municipalityCode, skillId, minLevel and availability; text is not used by search. */
  readonly filter: PersonFilter;
  readonly visibility: VisibilityScope;
  /** At most this many people per query. */
  readonly limit: number;
}

/**
 * A person as ranking needs them: the name breaks ties, visibility and municipality go to
 * canSee. The hits' full records are read afterwards, only for the people shown.
 */
export interface SearchCandidate {
  readonly id: string;
  readonly name: string;
  readonly visibility: Visibility;
  readonly municipalityCode: string;
}

export interface TextHit extends SearchCandidate {
  /**
   * BM25 of each query word this person matched, in the store's person_text index; higher is
   * better, the scale differs per store. Words the person did not match are absent. A Map, not
   * an object: query words such as "constructor" must not meet Object.prototype.
   */
  readonly scores: ReadonlyMap<string, number>;
}

export interface SkillHolder extends SearchCandidate {
  /** The asked skills this person has, with their levels. */
  readonly skills: readonly SkillLevel[];
}

/** What skill matching reads of a skill: its name and aliases. */
export interface SkillLabels {
  readonly id: string;
  readonly name: string;
  readonly aliases: readonly string[];
}

export interface WeightedSkill {
  readonly skillId: string;
  /** A whole number 1..1000 (relevance in thousandths): orders the holders when the pool is cut. */
  readonly weight: number;
}

/** Port: the store side of searchPeople. Reads only. */
export abstract class PeopleSearchRepository {
  /** The names and aliases of every skill: searchPeople matches them itself (skill-matcher.ts). */
  abstract skillCatalogue(): Promise<SkillLabels[]>;

  /**
   * For each of `words` (plain, lower-case words; the store's Dutch analyzer stems them), the
   * `scope.limit` people whose name, title or bio match it best by BM25; each person once, with
   * the BM25 of every word they matched, in no particular order.
   */
  abstract textMatches(words: readonly string[], scope: SearchScope): Promise<TextHit[]>;

  /**
   * People holding any of `skills`, each with the asked skills they hold: the `scope.limit`
   * with the highest sum of weight × level, in no particular order.
   */
  abstract skillHolders(
    skills: readonly WeightedSkill[],
    scope: SearchScope,
  ): Promise<SkillHolder[]>;

  /** The levels at which these people hold these skills (pairs they do not hold are left out). */
  abstract skillLevels(
    personIds: readonly string[],
    skillIds: readonly string[],
  ): Promise<PersonSkillRecord[]>;
}
