import { type VisibilityScope } from '../people/visibility';
import {
  type AreaHolding,
  type DemandChallenge,
  type DemandSelection,
  type SkillSupplyRow,
  type SolverRow,
  type ThinSkillRow,
} from './skill-gaps.records';

/**
 * Port: the graph reads behind the HR analytics (skillGaps, knowledgeAtRisk, skillCoverage).
 * Every count and list of people holds only people `scope` may see. Reads only.
 */
export abstract class SkillGapsRepository {
  /** The challenges selected, with their required skills; unknown ids are left out. */
  abstract demand(selection: DemandSelection): Promise<DemandChallenge[]>;

  /**
   * Per skill and municipality, the people holding the skill at `minLevel` or above: in every
   * municipality that has any (for `municipalityCodes` null), or only in those listed.
   */
  abstract supply(
    skillIds: readonly string[],
    minLevel: number,
    scope: VisibilityScope,
    municipalityCodes: readonly string[] | null,
  ): Promise<SkillSupplyRow[]>;

  /** The skills held at `minLevel` or above by 1 to `maxHolders` people of the municipalities. */
  abstract thinSkills(
    municipalityCodes: readonly string[],
    minLevel: number,
    maxHolders: number,
    scope: VisibilityScope,
  ): Promise<ThinSkillRow[]>;

  /** Every holding of these skills by people of the municipalities, at any level. */
  abstract holdings(
    municipalityCodes: readonly string[],
    skillIds: readonly string[],
    scope: VisibilityScope,
  ): Promise<AreaHolding[]>;

  /** Everyone `scope` may see who worked on a SOLVED challenge faced by one of the municipalities. */
  abstract solvers(
    municipalityCodes: readonly string[],
    scope: VisibilityScope,
  ): Promise<SolverRow[]>;
}
