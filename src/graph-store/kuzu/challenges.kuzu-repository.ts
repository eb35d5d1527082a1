import { type ChallengeStatus } from '../../challenges/challenge-status';
import {
  type ChallengeFilter,
  type ChallengePatch,
  type ChallengeRecord,
} from '../../challenges/challenge.record';
import { ChallengesException } from '../../challenges/challenges.exception';
import { ChallengesRepository } from '../../challenges/challenges.repository';
import { alignToKeys } from '../../common/loaders/request-loaders';
import { type Page, type PageRequest, pageFromRows } from '../../common/pagination/page';
import { MunicipalitiesException } from '../../municipalities/municipalities.exception';
import { SkillsException } from '../../skills/skills.exception';
import {
  type KuzuClient,
  type KuzuParams,
  type KuzuRow,
  type KuzuTransaction,
} from './kuzu-client';
import { keysetParams, readPage } from './kuzu-pages';
import { plainWords, toDate } from './kuzu-values';

// Every query ends in these columns; `skillIds` is collected from REQUIRES.
const WITH_SKILLS = `
  OPTIONAL MATCH (c)-[:REQUIRES]->(s:Skill)
  WITH m, c, collect(s.id) AS skillIds`;

const COLUMNS = `
  c.id AS id, c.title AS title, c.description AS description, c.theme AS theme,
  c.status AS status, c.createdAt AS createdAt, c.updatedAt AS updatedAt,
  m.code AS municipalityCode, skillIds`;

const FIND_BY_IDS = `
  UNWIND $ids AS id
  MATCH (m:Municipality)-[:FACES]->(c:Challenge {id: id})
  ${WITH_SKILLS}
  RETURN ${COLUMNS}`;

// The filter conditions shared by the plain and the full-text listing; null means "any".
const FILTER = `
  WHERE ($municipalityCode IS NULL OR m.code = $municipalityCode)
    AND ($theme IS NULL OR c.theme = $theme)
    AND ($status IS NULL OR c.status = $status)
    AND ($requiredSkillId IS NULL OR EXISTS { MATCH (c)-[:REQUIRES]->(:Skill {id: $requiredSkillId}) })`;

// Newest first; the keyset cursor is (createdAt, id), so "after" means older, or as old with a larger id.
const AFTER_CURSOR = `
  ($afterKey IS NULL OR c.createdAt < timestamp($afterKey)
    OR (c.createdAt = timestamp($afterKey) AND c.id > $afterId))`;

const PAGE = `
  WITH m, c ORDER BY c.createdAt DESC, c.id LIMIT $limit
  ${WITH_SKILLS}
  RETURN ${COLUMNS}
  ORDER BY createdAt DESC, id`;

const ALL = `MATCH (m:Municipality)-[:FACES]->(c:Challenge)`;

// $text holds plain words only (see plainWords); conjunctive: every word must occur.
const MATCHING_TEXT = `
  CALL QUERY_FTS_INDEX('Challenge', 'challenge_text', $text, conjunctive := true)
  WITH node AS c
  MATCH (m:Municipality)-[:FACES]->(c)`;

const LIST = `${ALL} ${FILTER} AND ${AFTER_CURSOR} ${PAGE}`;
const COUNT = `${ALL} ${FILTER} RETURN count(c) AS total`;
const SEARCH = `${MATCHING_TEXT} ${FILTER} AND ${AFTER_CURSOR} ${PAGE}`;
const SEARCH_COUNT = `${MATCHING_TEXT} ${FILTER} RETURN count(c) AS total`;

// Per municipality: order, cut the page out of the collected ids (lists are 1-based), then
// fetch only those. Kuzu needs SKIP or LIMIT after ORDER BY in WITH.
const PAGES_BY_MUNICIPALITY = `
  UNWIND $codes AS code
  MATCH (m:Municipality {code: code})-[:FACES]->(c:Challenge)
  WHERE ${AFTER_CURSOR}
  WITH m, c ORDER BY c.createdAt DESC, c.id SKIP 0
  WITH m, list_slice(collect(c.id), 1, $limit) AS pageIds
  UNWIND pageIds AS challengeId
  MATCH (c:Challenge {id: challengeId})
  ${WITH_SKILLS}
  RETURN ${COLUMNS}
  ORDER BY municipalityCode, createdAt DESC, id`;

const COUNTS_BY_MUNICIPALITY = `
  UNWIND $codes AS code
  MATCH (m:Municipality {code: code})-[:FACES]->(c:Challenge)
  RETURN m.code AS code, count(c) AS total`;

const MUNICIPALITY_EXISTS = `MATCH (m:Municipality {code: $code}) RETURN m.code AS code`;
const CHALLENGE_EXISTS = `MATCH (c:Challenge {id: $id}) RETURN c.id AS id`;
const EXISTING_SKILLS = `UNWIND $ids AS id MATCH (s:Skill {id: id}) RETURN s.id AS id`;

const CREATE = `
  MATCH (m:Municipality {code: $municipalityCode})
  CREATE (m)-[:FACES]->(:Challenge {
    id: $id, title: $title, description: $description, theme: $theme, status: $status,
    createdAt: timestamp($createdAt), updatedAt: timestamp($updatedAt)
  })`;

// A null parameter keeps the stored value, except theme, which may be cleared on purpose.
const UPDATE = `
  MATCH (c:Challenge {id: $id})
  SET c.title = coalesce($title, c.title),
      c.description = coalesce($description, c.description),
      c.status = coalesce($status, c.status),
      c.theme = CASE WHEN $setTheme THEN $theme ELSE c.theme END,
      c.updatedAt = timestamp($updatedAt)`;

const REMOVE_REQUIREMENTS = `MATCH (:Challenge {id: $id})-[r:REQUIRES]->(:Skill) DELETE r`;

const ADD_REQUIREMENTS = `
  MATCH (c:Challenge {id: $id})
  UNWIND $skillIds AS skillId
  MATCH (s:Skill {id: skillId})
  CREATE (c)-[:REQUIRES]->(s)`;

function toChallengeRecord(row: KuzuRow): ChallengeRecord {
  return {
    id: row.id as string,
    title: row.title as string,
    description: row.description as string,
    theme: (row.theme as string | null) ?? null,
    status: row.status as ChallengeStatus,
    createdAt: toDate(row.createdAt),
    updatedAt: toDate(row.updatedAt),
    municipalityCode: row.municipalityCode as string,
    // Kuzu returns an empty collected list as null.
    requiredSkillIds: [...((row.skillIds as string[] | null) ?? [])].sort(),
  };
}

export class ChallengesKuzuRepository extends ChallengesRepository {
  constructor(private readonly client: KuzuClient) {
    super();
  }

  async findByIds(ids: readonly string[]): Promise<ChallengeRecord[]> {
    if (ids.length === 0) return [];
    const rows = await this.client.read(FIND_BY_IDS, { ids: [...ids] });
    return rows.map(toChallengeRecord);
  }

  async list(filter: ChallengeFilter, page: PageRequest): Promise<Page<ChallengeRecord>> {
    const filterParams: KuzuParams = {
      municipalityCode: filter.municipalityCode ?? null,
      theme: filter.theme ?? null,
      status: filter.status ?? null,
      requiredSkillId: filter.requiredSkillId ?? null,
    };
    if (filter.text === undefined) {
      return readPage(
        this.client,
        { list: LIST, count: COUNT },
        filterParams,
        page,
        toChallengeRecord,
      );
    }
    const text = plainWords(filter.text);
    // Nothing but punctuation: no word can match.
    if (text === null) return pageFromRows([], page, 0);
    return readPage(
      this.client,
      { list: SEARCH, count: SEARCH_COUNT },
      { ...filterParams, text },
      page,
      toChallengeRecord,
    );
  }

  async pagesByMunicipality(
    codes: readonly string[],
    page: PageRequest,
  ): Promise<Page<ChallengeRecord>[]> {
    if (codes.length === 0) return [];
    const [rows, counts] = await Promise.all([
      this.client.read(PAGES_BY_MUNICIPALITY, {
        codes: [...codes],
        ...keysetParams(page),
      }),
      this.client.read(COUNTS_BY_MUNICIPALITY, { codes: [...codes] }),
    ]);
    const totals = new Map(counts.map((row) => [row.code as string, Number(row.total)]));
    const grouped = alignToKeys(
      codes,
      rows.map(toChallengeRecord),
      (record) => record.municipalityCode,
      [] as ChallengeRecord[],
      (records) => records,
    );
    return grouped.map((records, index) =>
      pageFromRows(records, page, totals.get(codes[index]) ?? 0),
    );
  }

  async create(challenge: ChallengeRecord): Promise<ChallengeRecord> {
    await this.client.write(async (tx) => {
      if ((await tx.run(MUNICIPALITY_EXISTS, { code: challenge.municipalityCode })).length === 0) {
        throw MunicipalitiesException.notFound(challenge.municipalityCode);
      }
      await assertSkillsExist(tx, challenge.requiredSkillIds);
      await tx.run(CREATE, {
        id: challenge.id,
        title: challenge.title,
        description: challenge.description,
        theme: challenge.theme,
        status: challenge.status,
        createdAt: challenge.createdAt.toISOString(),
        updatedAt: challenge.updatedAt.toISOString(),
        municipalityCode: challenge.municipalityCode,
      });
      await addRequirements(tx, challenge.id, challenge.requiredSkillIds);
    });
    return { ...challenge, requiredSkillIds: [...challenge.requiredSkillIds].sort() };
  }

  async update(id: string, patch: ChallengePatch): Promise<ChallengeRecord> {
    return this.client.write(async (tx) => {
      if ((await tx.run(CHALLENGE_EXISTS, { id })).length === 0) {
        throw ChallengesException.notFound(id);
      }
      if (patch.requiredSkillIds) await assertSkillsExist(tx, patch.requiredSkillIds);
      await tx.run(UPDATE, {
        id,
        title: patch.title ?? null,
        description: patch.description ?? null,
        status: patch.status ?? null,
        setTheme: patch.theme !== undefined,
        theme: patch.theme ?? null,
        updatedAt: patch.updatedAt.toISOString(),
      });
      if (patch.requiredSkillIds) {
        await tx.run(REMOVE_REQUIREMENTS, { id });
        await addRequirements(tx, id, patch.requiredSkillIds);
      }
      const [row] = await tx.run(FIND_BY_IDS, { ids: [id] });
      return toChallengeRecord(row);
    });
  }
}

/** Throws SkillsException naming every unknown id; checked inside the write transaction. */
async function assertSkillsExist(tx: KuzuTransaction, ids: readonly string[]): Promise<void> {
  if (ids.length === 0) return; // an empty list binds as null in Kuzu
  const found = new Set((await tx.run(EXISTING_SKILLS, { ids: [...ids] })).map((row) => row.id));
  const missing = ids.filter((id) => !found.has(id));
  if (missing.length > 0) throw SkillsException.notFound(missing);
}

async function addRequirements(
  tx: KuzuTransaction,
  id: string,
  skillIds: readonly string[],
): Promise<void> {
  if (skillIds.length === 0) return;
  await tx.run(ADD_REQUIREMENTS, { id, skillIds: [...skillIds] });
}
