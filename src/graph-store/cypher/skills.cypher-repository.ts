import { type Page, type PageRequest } from '../../common/pagination/page';
import { type SkillFilter, type SkillRecord } from '../../skills/skill.record';
import { SkillsException } from '../../skills/skills.exception';
import { SkillsRepository } from '../../skills/skills.repository';
import { type CypherClient, type CypherTransaction } from './cypher-client';
import { recheckingUniqueness } from './duplicate';
import { type CountRow, type KeysetParams, readPage } from './pages';
import { listOf } from './rows';
import { cypher, cypherEachId } from './statement';

/** A skill as the statements answer it (SKILL_COLUMNS). */
export type SkillRow = {
  id: string;
  name: string;
  aliases: string[] | null;
  category: string | null;
  escoUri: string | null;
};
type Filter = { search: string | null };

/** A Skill bound to `s`, as SkillRow's columns. */
export const SKILL_COLUMNS = `
  s.id AS id, s.name AS name, s.aliases AS aliases, s.category AS category, s.escoUri AS escoUri`;

const SKILL_BY_ID = cypherEachId<SkillRow>(
  'id',
  `
  MATCH (s:Skill {id: $id})
  RETURN ${SKILL_COLUMNS}`,
);

// $search is a case-insensitive part of the name or of any alias; CONTAINS takes it literally.
// Kuzu 0.11 cannot use a parameter inside a list predicate, nor test IS NULL on one used there,
// so the search arrives through WITH as a lowercase needle; '' (no search) matches every skill.
const FILTER = `
  MATCH (s:Skill)
  WITH s, toLower(coalesce($search, '')) AS needle
  WHERE (needle = ''
      OR toLower(s.name) CONTAINS needle
      OR any(alias IN s.aliases WHERE toLower(alias) CONTAINS needle))`;

// $afterKey / $afterId bind the keyset cursor (name, id).
const LIST = cypher<SkillRow, Filter & KeysetParams>(`${FILTER}
    AND ($afterKey IS NULL OR s.name > $afterKey OR (s.name = $afterKey AND s.id > $afterId))
  RETURN ${SKILL_COLUMNS}
  ORDER BY s.name, s.id
  LIMIT $limit`);

const COUNT = cypher<CountRow, Filter>(`${FILTER} RETURN count(s) AS total`);

// nameKey is the name as toLower makes it, unique on Neo4j (see the migrations).
const NAME_OWNER = cypher<{ id: string }, { name: string; id: string }>(`
  MATCH (s:Skill)
  WHERE s.nameKey = toLower($name) AND s.id <> $id
  RETURN s.id AS id
  LIMIT 1`);

const UPSERT = cypher<SkillRow, Omit<SkillRow, 'aliases'> & { aliases: readonly string[] }>(`
  MERGE (s:Skill {id: $id})
  SET s.name = $name, s.nameKey = toLower($name), s.aliases = $aliases,
      s.category = $category, s.escoUri = $escoUri
  RETURN ${SKILL_COLUMNS}`);

export function toSkillRecord(row: SkillRow): SkillRecord {
  return {
    id: row.id,
    name: row.name,
    aliases: listOf(row.aliases),
    category: row.category ?? null,
    escoUri: row.escoUri ?? null,
  };
}

export class SkillsCypherRepository extends SkillsRepository {
  constructor(private readonly client: CypherClient) {
    super();
  }

  async findByIds(ids: readonly string[]): Promise<SkillRecord[]> {
    if (ids.length === 0) return [];
    return (await this.client.readEach(SKILL_BY_ID, ids)).map(toSkillRecord);
  }

  list(filter: SkillFilter, page: PageRequest): Promise<Page<SkillRecord>> {
    const params = { search: filter.search ?? null };
    return readPage(this.client, { list: LIST, count: COUNT }, params, page, toSkillRecord);
  }

  /**
   * Read, change, check and write in one transaction. A store may run it all again (see
   * CypherClient.write and recheckingUniqueness), which is why `change` must be pure: each
   * attempt starts over from the stored skill.
   */
  upsert(id: string, change: (current: SkillRecord | null) => SkillRecord): Promise<SkillRecord> {
    return recheckingUniqueness(() =>
      this.client.write(async (tx) => {
        const [current] = (await tx.run(SKILL_BY_ID, { id })).map(toSkillRecord);
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
      }),
    );
  }
}

/** Throws SkillsException.nameTaken when another skill has the name (in any case). */
async function assertNameFree(tx: CypherTransaction, skill: SkillRecord): Promise<void> {
  const [owner] = await tx.run(NAME_OWNER, { name: skill.name, id: skill.id });
  if (owner) throw SkillsException.nameTaken(skill.name, owner.id);
}
