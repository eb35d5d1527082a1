import { type ChallengeStatus } from '../../challenges/challenge-status';
import {
  type ChallengeFilter,
  type ChallengePatch,
  type ChallengeRecord,
} from '../../challenges/challenge.record';
import { ChallengesException } from '../../challenges/challenges.exception';
import { ChallengesRepository } from '../../challenges/challenges.repository';
import { type Page, type PageRequest, pageFromRows } from '../../common/pagination/page';
import { MunicipalitiesException } from '../../municipalities/municipalities.exception';
import { SkillsException } from '../../skills/skills.exception';
import { GraphStoreErrorCode, GraphStoreException } from '../graph-store.exception';
import { type Neo4jClient, type Neo4jTransaction } from './neo4j-client';
import { keysetParams, readPage } from './neo4j-pages';
import { luceneAllWords, type Neo4jParams, type Neo4jRow } from './neo4j-values';

// Queries bind c (Challenge) and m (the Municipality that FACES it); the required skills are
// collected per challenge, after any LIMIT, so only the page's challenges pay for them.
const SKILL_IDS = `COLLECT { MATCH (c)-[:REQUIRES]->(s:Skill) RETURN s.id }`;

const COLUMNS = `
  c.id AS id, c.title AS title, c.description AS description, c.theme AS theme,
  c.status AS status, c.createdAt AS createdAt, c.updatedAt AS updatedAt,
  m.code AS municipalityCode, ${SKILL_IDS} AS skillIds`;

const CHALLENGE_MAP = `{
  id: c.id, title: c.title, description: c.description, theme: c.theme,
  status: c.status, createdAt: c.createdAt, updatedAt: c.updatedAt,
  municipalityCode: m.code, skillIds: ${SKILL_IDS}}`;

const FIND_BY_IDS = `
  UNWIND $ids AS id
  MATCH (m:Municipality)-[:FACES]->(c:Challenge {id: id})
  RETURN ${COLUMNS}`;

// The filter conditions shared by the plain and the full-text listing; null means "any".
const FILTER = `
  WHERE ($municipalityCode IS NULL OR m.code = $municipalityCode)
    AND ($theme IS NULL OR c.theme = $theme)
    AND ($status IS NULL OR c.status = $status)
    AND ($requiredSkillId IS NULL
      OR EXISTS { MATCH (c)-[:REQUIRES]->(:Skill {id: $requiredSkillId}) })`;

// Newest first; the keyset cursor is (createdAt, id), so "after" means older, or as old with a larger id.
const AFTER_CURSOR = `
  ($afterKey IS NULL OR c.createdAt < datetime($afterKey)
    OR (c.createdAt = datetime($afterKey) AND c.id > $afterId))`;

const PAGE = `
  WITH m, c ORDER BY c.createdAt DESC, c.id LIMIT $limit
  RETURN ${COLUMNS}
  ORDER BY createdAt DESC, id`;

const ALL = `MATCH (m:Municipality)-[:FACES]->(c:Challenge)`;

// $text is a Lucene query of plain, lowercase words joined by AND (see luceneAllWords): every
// word must occur in title or description, after the Dutch analyzer (stemming, stop words).
const MATCHING_TEXT = `
  CALL db.index.fulltext.queryNodes('challenge_text', $text) YIELD node AS c
  MATCH (m:Municipality)-[:FACES]->(c)`;

const LIST = `${ALL} ${FILTER} AND ${AFTER_CURSOR} ${PAGE}`;
const COUNT = `${ALL} ${FILTER} RETURN count(c) AS total`;
const SEARCH = `${MATCHING_TEXT} ${FILTER} AND ${AFTER_CURSOR} ${PAGE}`;
const SEARCH_COUNT = `${MATCHING_TEXT} ${FILTER} RETURN count(c) AS total`;

// Per municipality: its first $limit challenges after the cursor, and its total (all of them).
const PAGES_BY_MUNICIPALITY = `
  UNWIND $codes AS code
  CALL (code) {
    MATCH (m:Municipality {code: code})-[:FACES]->(c:Challenge)
    WHERE ${AFTER_CURSOR}
    WITH m, c ORDER BY c.createdAt DESC, c.id LIMIT $limit
    RETURN collect(${CHALLENGE_MAP}) AS challenges
  }
  RETURN code, challenges,
    COUNT { MATCH (:Municipality {code: code})-[:FACES]->(:Challenge) } AS total`;

const MUNICIPALITY_EXISTS = `MATCH (m:Municipality {code: $code}) RETURN m.code AS code`;
const CHALLENGE_EXISTS = `MATCH (c:Challenge {id: $id}) RETURN c.id AS id`;
const EXISTING_SKILLS = `UNWIND $ids AS id MATCH (s:Skill {id: id}) RETURN s.id AS id`;

// The creation time of the challenge with this id, if any (see isRepeatedCreate).
const CREATED_AT = `MATCH (c:Challenge {id: $id}) RETURN c.createdAt AS createdAt`;

const CREATE = `
  MATCH (m:Municipality {code: $municipalityCode})
  CREATE (m)-[:FACES]->(:Challenge {
    id: $id, title: $title, description: $description, theme: $theme, status: $status,
    createdAt: datetime($createdAt), updatedAt: datetime($updatedAt)
  })`;

// A null parameter keeps the stored value, except theme, which may be cleared on purpose.
const UPDATE = `
  MATCH (c:Challenge {id: $id})
  SET c.title = coalesce($title, c.title),
      c.description = coalesce($description, c.description),
      c.status = coalesce($status, c.status),
      c.theme = CASE WHEN $setTheme THEN $theme ELSE c.theme END,
      c.updatedAt = datetime($updatedAt)`;

const REMOVE_REQUIREMENTS = `MATCH (:Challenge {id: $id})-[r:REQUIRES]->(:Skill) DELETE r`;

const ADD_REQUIREMENTS = `
  MATCH (c:Challenge {id: $id})
  UNWIND $skillIds AS skillId
  MATCH (s:Skill {id: skillId})
  MERGE (c)-[:REQUIRES]->(s)`;

function toChallengeRecord(row: Neo4jRow): ChallengeRecord {
  return {
    id: row.id as string,
    title: row.title as string,
    description: row.description as string,
    theme: (row.theme as string | null) ?? null,
    status: row.status as ChallengeStatus,
    createdAt: row.createdAt as Date,
    updatedAt: row.updatedAt as Date,
    municipalityCode: row.municipalityCode as string,
    requiredSkillIds: [...(row.skillIds as string[])].sort(),
  };
}

export class ChallengesNeo4jRepository extends ChallengesRepository {
  constructor(private readonly client: Neo4jClient) {
    super();
  }

  async findByIds(ids: readonly string[]): Promise<ChallengeRecord[]> {
    if (ids.length === 0) return [];
    const rows = await this.client.read(FIND_BY_IDS, { ids: [...ids] });
    return rows.map(toChallengeRecord);
  }

  async list(filter: ChallengeFilter, page: PageRequest): Promise<Page<ChallengeRecord>> {
    const filterParams: Neo4jParams = {
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
    const text = luceneAllWords(filter.text);
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
    const rows = await this.client.read(PAGES_BY_MUNICIPALITY, {
      codes: [...codes],
      ...keysetParams(page),
    });
    const rowOf = new Map(rows.map((row) => [row.code as string, row]));
    return codes.map((code) => {
      const row = rowOf.get(code);
      const challenges = row ? (row.challenges as Neo4jRow[]).map(toChallengeRecord) : [];
      return pageFromRows(challenges, page, row ? (row.total as number) : 0);
    });
  }

  async create(challenge: ChallengeRecord): Promise<ChallengeRecord> {
    await this.client.write(async (tx) => {
      if (await isRepeatedCreate(tx, challenge)) return;
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
      await tx.run(ADD_REQUIREMENTS, {
        id: challenge.id,
        skillIds: [...challenge.requiredSkillIds],
      });
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
        await tx.run(ADD_REQUIREMENTS, { id, skillIds: [...patch.requiredSkillIds] });
      }
      const [row] = await tx.run(FIND_BY_IDS, { ids: [id] });
      return toChallengeRecord(row);
    });
  }
}

/**
 * Whether this create has already happened. The driver retries a transaction whose commit it
 * could not confirm, and the retry must not fail on its own earlier success: a challenge with
 * this id and this creation time is that earlier attempt. Any other challenge with the id is a
 * duplicate key, refused as on every store (ids are fresh UUIDs, so this is a bug upstream).
 */
async function isRepeatedCreate(
  tx: Neo4jTransaction,
  challenge: ChallengeRecord,
): Promise<boolean> {
  const [existing] = await tx.run(CREATED_AT, { id: challenge.id });
  if (!existing) return false;
  if ((existing.createdAt as Date).getTime() === challenge.createdAt.getTime()) return true;
  throw new GraphStoreException(
    GraphStoreErrorCode.DUPLICATE,
    'A record with this id already exists.',
  );
}

/** Throws SkillsException naming every unknown id; checked inside the write transaction. */
async function assertSkillsExist(tx: Neo4jTransaction, ids: readonly string[]): Promise<void> {
  if (ids.length === 0) return;
  const found = new Set((await tx.run(EXISTING_SKILLS, { ids: [...ids] })).map((row) => row.id));
  const missing = ids.filter((id) => !found.has(id));
  if (missing.length > 0) throw SkillsException.notFound(missing);
}
