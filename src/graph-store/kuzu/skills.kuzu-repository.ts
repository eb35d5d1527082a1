import { type Page, type PageRequest } from '../../common/pagination/page';
import { type SkillFilter, type SkillRecord } from '../../skills/skill.record';
import { SkillsException } from '../../skills/skills.exception';
import { SkillsRepository } from '../../skills/skills.repository';
import { type KuzuClient, type KuzuRow, type KuzuTransaction } from './kuzu-client';
import { readPage } from './kuzu-pages';

const SKILL_FIELDS = `
  s.id AS id, s.name AS name, s.aliases AS aliases, s.category AS category, s.escoUri AS escoUri`;

const FIND_BY_IDS = `
  UNWIND $ids AS id
  MATCH (s:Skill {id: id})
  RETURN ${SKILL_FIELDS}`;

// Kuzu 0.11 cannot use a parameter inside a list predicate, nor test IS NULL on one used there,
// so the search arrives through WITH as a lowercase needle; '' (no search) matches every skill.
const FILTER = `
  MATCH (s:Skill)
  WITH s, lower(coalesce($search, '')) AS needle
  WHERE (needle = ''
      OR lower(s.name) CONTAINS needle
      OR any(alias IN s.aliases WHERE lower(alias) CONTAINS needle))`;

// $afterKey / $afterId bind the keyset cursor (name, id).
const LIST = `${FILTER}
    AND ($afterKey IS NULL OR s.name > $afterKey OR (s.name = $afterKey AND s.id > $afterId))
  RETURN ${SKILL_FIELDS}
  ORDER BY s.name, s.id
  LIMIT $limit`;

const COUNT = `${FILTER} RETURN count(s) AS total`;

const NAME_OWNER = `
  MATCH (s:Skill)
  WHERE lower(s.name) = lower($name) AND s.id <> $id
  RETURN s.id AS id
  LIMIT 1`;

const UPSERT = `
  MERGE (s:Skill {id: $id})
  SET s.name = $name, s.aliases = $aliases, s.category = $category, s.escoUri = $escoUri
  RETURN ${SKILL_FIELDS}`;

export function toSkillRecord(row: KuzuRow): SkillRecord {
  return {
    id: row.id as string,
    name: row.name as string,
    // Kuzu stores an empty list as null.
    aliases: (row.aliases as string[] | null) ?? [],
    category: (row.category as string | null) ?? null,
    escoUri: (row.escoUri as string | null) ?? null,
  };
}

export class SkillsKuzuRepository extends SkillsRepository {
  constructor(private readonly client: KuzuClient) {
    super();
  }

  async findByIds(ids: readonly string[]): Promise<SkillRecord[]> {
    if (ids.length === 0) return [];
    const rows = await this.client.read(FIND_BY_IDS, { ids: [...ids] });
    return rows.map(toSkillRecord);
  }

  async list(filter: SkillFilter, page: PageRequest): Promise<Page<SkillRecord>> {
    const filterParams = { search: filter.search ?? null };
    return readPage(this.client, { list: LIST, count: COUNT }, filterParams, page, toSkillRecord);
  }

  upsert(id: string, change: (current: SkillRecord | null) => SkillRecord): Promise<SkillRecord> {
    return this.client.write(async (tx) => {
      const [current] = (await tx.run(FIND_BY_IDS, { ids: [id] })).map(toSkillRecord);
      const next = change(current ?? null);
      await assertNameFree(tx, next);
      const [stored] = await tx.run(UPSERT, {
        id,
        name: next.name,
        aliases: [...next.aliases],
        category: next.category,
        escoUri: next.escoUri,
      });
      return toSkillRecord(stored);
    });
  }
}

async function assertNameFree(tx: KuzuTransaction, skill: SkillRecord): Promise<void> {
  const [owner] = await tx.run(NAME_OWNER, { name: skill.name, id: skill.id });
  if (owner) throw SkillsException.nameTaken(skill.name, owner.id as string);
}
