import { type Page, type PageRequest } from '../../common/pagination/page';
import { type SkillFilter, type SkillRecord } from '../../skills/skill.record';
import { SkillsException } from '../../skills/skills.exception';
import { SkillsRepository } from '../../skills/skills.repository';
import { type Neo4jClient, type Neo4jTransaction } from './neo4j-client';
import { readPage } from './neo4j-pages';
import { type Neo4jRow } from './neo4j-values';

const SKILL_FIELDS = `
  s.id AS id, s.name AS name, s.aliases AS aliases, s.category AS category, s.escoUri AS escoUri`;

const FIND_BY_IDS = `
  UNWIND $ids AS id
  MATCH (s:Skill {id: id})
  RETURN ${SKILL_FIELDS}`;

// $search is a case-insensitive part of the name or of any alias; CONTAINS takes it literally.
const FILTER = `
  MATCH (s:Skill)
  WHERE ($search IS NULL
      OR toLower(s.name) CONTAINS toLower($search)
      OR any(alias IN s.aliases WHERE toLower(alias) CONTAINS toLower($search)))`;

// $afterKey / $afterId bind the keyset cursor (name, id).
const LIST = `${FILTER}
    AND ($afterKey IS NULL OR s.name > $afterKey OR (s.name = $afterKey AND s.id > $afterId))
  RETURN ${SKILL_FIELDS}
  ORDER BY s.name, s.id
  LIMIT $limit`;

const COUNT = `${FILTER} RETURN count(s) AS total`;

const NAME_OWNER = `
  MATCH (s:Skill)
  WHERE toLower(s.name) = toLower($name) AND s.id <> $id
  RETURN s.id AS id
  LIMIT 1`;

const UPSERT = `
  MERGE (s:Skill {id: $id})
  SET s.name = $name, s.aliases = $aliases, s.category = $category, s.escoUri = $escoUri
  RETURN ${SKILL_FIELDS}`;

function toSkillRecord(row: Neo4jRow): SkillRecord {
  return {
    id: row.id as string,
    name: row.name as string,
    // Neo4j keeps an empty list; null covers skills written by a store that does not.
    aliases: (row.aliases as string[] | null) ?? [],
    category: (row.category as string | null) ?? null,
    escoUri: (row.escoUri as string | null) ?? null,
  };
}

export class SkillsNeo4jRepository extends SkillsRepository {
  constructor(private readonly client: Neo4jClient) {
    super();
  }

  async findByIds(ids: readonly string[]): Promise<SkillRecord[]> {
    if (ids.length === 0) return [];
    const rows = await this.client.read(FIND_BY_IDS, { ids: [...ids] });
    return rows.map(toSkillRecord);
  }

  list(filter: SkillFilter, page: PageRequest): Promise<Page<SkillRecord>> {
    const filterParams = { search: filter.search ?? null };
    return readPage(this.client, { list: LIST, count: COUNT }, filterParams, page, toSkillRecord);
  }

  /**
   * Read, change, check and write in one transaction. The driver may run this whole function
   * again on a transient error, which is why `change` must be pure: each attempt starts over
   * from the stored skill.
   */
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

async function assertNameFree(tx: Neo4jTransaction, skill: SkillRecord): Promise<void> {
  const [owner] = await tx.run(NAME_OWNER, { name: skill.name, id: skill.id });
  if (owner) throw SkillsException.nameTaken(skill.name, owner.id as string);
}
