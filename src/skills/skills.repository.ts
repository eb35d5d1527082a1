import { type Page, type PageRequest, type SortKey } from '../common/pagination/page';
import { type SkillFilter, type SkillRecord } from './skill.record';

/** Skills are listed by name, then id. */
export const skillSortKey = (record: SkillRecord): SortKey => [record.name, record.id];

/** Port: skills in the graph store. */
export abstract class SkillsRepository {
  /** The skills with these ids, in no particular order; unknown ids are left out. */
  abstract findByIds(ids: readonly string[]): Promise<SkillRecord[]>;

  abstract list(filter: SkillFilter, page: PageRequest): Promise<Page<SkillRecord>>;

  /**
   * In one transaction: reads the skill `id` (null when new), stores what `change` makes of it,
   * and returns the stored skill. `change` must be pure (a store may retry it). Throws
   * SkillsException.nameTaken, writing nothing, when another skill has the same name
   * (case-insensitive).
   */
  abstract upsert(
    id: string,
    change: (current: SkillRecord | null) => SkillRecord,
  ): Promise<SkillRecord>;
}
