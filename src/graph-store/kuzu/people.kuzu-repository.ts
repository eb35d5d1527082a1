import { type Page, type PageRequest, pageFromRows } from '../../common/pagination/page';
import { MunicipalitiesException } from '../../municipalities/municipalities.exception';
import { type Availability } from '../../people/models/availability.enum';
import { type Visibility } from '../../people/models/visibility.enum';
import { PeopleException } from '../../people/people.exception';
import { PeopleRepository } from '../../people/people.repository';
import { type VisibilityScope } from '../../people/visibility';
import {
  type AcquaintanceRecord,
  type PersonFilter,
  type PersonRecord,
  type PersonSkillRecord,
  type SkillLevel,
} from '../../people/person.record';
import { SkillsException } from '../../skills/skills.exception';
import { VISIBLE_PERSON, visibilityParams } from '../visibility-condition';
import {
  type KuzuClient,
  type KuzuParams,
  type KuzuRow,
  type KuzuTransaction,
} from './kuzu-client';
import { keysetParams, readPage } from './kuzu-pages';
import { plainWords, toDate } from './kuzu-values';

// ---- reading -------------------------------------------------------------------------------
// Queries bind p (Person), w (its WORKS_AT) and m (its Municipality).

const PERSON_FIELDS = `
  p.id AS id, p.name AS name, p.email AS email, p.title AS title, p.bio AS bio,
  p.availability AS availability, p.visibility AS visibility,
  m.code AS municipalityCode, w.department AS department,
  p.createdAt AS createdAt, p.updatedAt AS updatedAt`;

const PERSON_STRUCT = `{
  id: p.id, name: p.name, email: p.email, title: p.title, bio: p.bio,
  availability: p.availability, visibility: p.visibility,
  municipalityCode: m.code, department: w.department,
  createdAt: p.createdAt, updatedAt: p.updatedAt}`;

const FIND_BY_IDS = `
  UNWIND $ids AS id
  MATCH (p:Person {id: id})-[w:WORKS_AT]->(m:Municipality)
  RETURN ${PERSON_FIELDS}`;

/** Where a list starts: every person, or only the full-text matches of $text (BM25, Dutch stemmer). */
const EVERYONE = `
  MATCH (p:Person)-[w:WORKS_AT]->(m:Municipality)`;

// conjunctive: every word of $text must match. $text is bound, and plainWords() has removed the
// characters Kuzu's full-text query reads as syntax (wildcards such as "*").
const TEXT_MATCHES = `
  CALL QUERY_FTS_INDEX('Person', 'person_text', $text, conjunctive := true)
  WITH node AS p
  MATCH (p)-[w:WORKS_AT]->(m:Municipality)`;

// Kuzu 0.11 cannot see a parameter in an EXISTS subquery's WHERE, so $minLevel arrives via WITH.
const FILTER = `
  WITH p, w, m, $minLevel AS minLevel
  WHERE ($municipalityCode IS NULL OR m.code = $municipalityCode)
    AND ($availability IS NULL OR p.availability = $availability)
    AND ($skillId IS NULL OR EXISTS {
      MATCH (p)-[h:HAS_SKILL]->(:Skill {id: $skillId}) WHERE h.level >= minLevel })
    AND ${VISIBLE_PERSON}`;

// $afterKey / $afterId bind the keyset cursor (name, id).
const AFTER = `
    AND ($afterKey IS NULL OR p.name > $afterKey OR (p.name = $afterKey AND p.id > $afterId))`;

// Kuzu keeps an ORDER BY in a WITH only together with SKIP/LIMIT; this one keeps every row.
const ALL_ROWS = 2_147_483_647;

/** One page per group: the group's rows in name order, collected, then cut to $limit (1-based). */
const PAGE_PER_GROUP = `
  ORDER BY p.name, p.id
  SKIP 0 LIMIT ${ALL_ROWS}
  WITH groupKey, collect(${PERSON_STRUCT}) AS people
  RETURN groupKey, people[1:$limit] AS people`;

function listQueries(source: string) {
  return {
    list: `${source} ${FILTER} ${AFTER}
      RETURN ${PERSON_FIELDS}
      ORDER BY p.name, p.id
      LIMIT $limit`,
    count: `${source} ${FILTER}
      RETURN count(p) AS total`,
    pageByMunicipality: `${source} ${FILTER}
        AND m.code IN $groupKeys ${AFTER}
      WITH m.code AS groupKey, p, w, m ${PAGE_PER_GROUP}`,
    countByMunicipality: `${source} ${FILTER}
        AND m.code IN $groupKeys
      RETURN m.code AS groupKey, count(p) AS total`,
  };
}

const ALL_PEOPLE = listQueries(EVERYONE);
const TEXT_PEOPLE = listQueries(TEXT_MATCHES);

const PAGE_BY_SKILL = `
  MATCH (p:Person)-[h:HAS_SKILL]->(s:Skill), (p)-[w:WORKS_AT]->(m:Municipality)
  WHERE s.id IN $groupKeys AND h.level >= $minLevel AND ${VISIBLE_PERSON} ${AFTER}
  WITH s.id AS groupKey, p, w, m ${PAGE_PER_GROUP}`;

const COUNT_BY_SKILL = `
  MATCH (p:Person)-[h:HAS_SKILL]->(s:Skill), (p)-[:WORKS_AT]->(m:Municipality)
  WHERE s.id IN $groupKeys AND h.level >= $minLevel AND ${VISIBLE_PERSON}
  RETURN s.id AS groupKey, count(p) AS total`;

const SKILLS_OF = `
  UNWIND $ids AS personId
  MATCH (:Person {id: personId})-[h:HAS_SKILL]->(s:Skill)
  RETURN personId, s.id AS skillId, h.level AS level
  ORDER BY personId, level DESC, s.name, skillId`;

// KNOWS is stored once per pair and read in both directions.
const ACQUAINTANCES_OF = `
  UNWIND $ids AS personId
  MATCH (:Person {id: personId})-[:KNOWS]-(p:Person)-[w:WORKS_AT]->(m:Municipality)
  RETURN personId, ${PERSON_FIELDS}
  ORDER BY personId, p.name, p.id`;

// ---- writing -------------------------------------------------------------------------------

const EXISTING_IDS = `
  UNWIND $ids AS id
  MATCH (p:Person {id: id})
  RETURN p.id AS id`;

const EMAIL_OWNER = `
  MATCH (p:Person)
  WHERE lower(p.email) = lower($email) AND p.id <> $id
  RETURN p.id AS id
  LIMIT 1`;

const MUNICIPALITY_EXISTS = `
  MATCH (m:Municipality {code: $code})
  RETURN m.code AS code`;

const CREATE_PERSON = `
  MATCH (m:Municipality {code: $municipalityCode})
  CREATE (p:Person {
    id: $id, name: $name, email: $email, title: $title, bio: $bio,
    availability: $availability, visibility: $visibility,
    createdAt: timestamp($createdAt), updatedAt: timestamp($updatedAt)
  })-[:WORKS_AT {department: $department}]->(m)`;

const UPDATE_PERSON = `
  MATCH (p:Person {id: $id})
  SET p.name = $name, p.email = $email, p.title = $title, p.bio = $bio,
      p.availability = $availability, p.visibility = $visibility,
      p.updatedAt = timestamp($updatedAt)`;

const SET_DEPARTMENT = `
  MATCH (:Person {id: $id})-[w:WORKS_AT]->(:Municipality)
  SET w.department = $department`;

const LEAVE_MUNICIPALITY = `
  MATCH (:Person {id: $id})-[w:WORKS_AT]->(:Municipality)
  DELETE w`;

const JOIN_MUNICIPALITY = `
  MATCH (p:Person {id: $id}), (m:Municipality {code: $municipalityCode})
  CREATE (p)-[:WORKS_AT {department: $department}]->(m)`;

const EXISTING_SKILL_IDS = `
  UNWIND $ids AS id
  MATCH (s:Skill {id: id})
  RETURN s.id AS id`;

const CLEAR_SKILLS = `
  MATCH (:Person {id: $id})-[h:HAS_SKILL]->(:Skill)
  DELETE h`;

const ADD_SKILLS = `
  UNWIND $skills AS r
  MATCH (p:Person {id: $id}), (s:Skill {id: r.skillId})
  CREATE (p)-[:HAS_SKILL {level: r.level}]->(s)`;

const TOUCH = `
  MATCH (p:Person {id: $id})
  SET p.updatedAt = timestamp($updatedAt)`;

// Stored from the smaller id to the larger; the check covers either direction.
const CONNECT = `
  MATCH (a:Person {id: $low}), (b:Person {id: $high})
  WHERE NOT EXISTS { MATCH (a)-[:KNOWS]-(b) }
  CREATE (a)-[:KNOWS]->(b)`;

export function toPersonRecord(row: KuzuRow): PersonRecord {
  return {
    id: row.id as string,
    name: row.name as string,
    email: (row.email as string | null) ?? null,
    title: (row.title as string | null) ?? null,
    bio: (row.bio as string | null) ?? null,
    availability: row.availability as Availability,
    visibility: row.visibility as Visibility,
    municipalityCode: row.municipalityCode as string,
    department: (row.department as string | null) ?? null,
    createdAt: toDate(row.createdAt),
    updatedAt: toDate(row.updatedAt),
  };
}

/**
 * A TIMESTAMP as a Date of this realm: the native module builds its Dates in the main realm,
 * which `instanceof Date` (as in the DateTime scalar) does not recognise under a VM sandbox.
 */

function filterParams(filter: PersonFilter, scope: VisibilityScope): KuzuParams {
  const params: KuzuParams = {
    ...visibilityParams(scope),
    municipalityCode: filter.municipalityCode ?? null,
    availability: filter.availability ?? null,
    skillId: filter.skillId ?? null,
    minLevel: filter.minLevel ?? 1,
  };
  // Kuzu refuses parameters a statement does not use, so $text goes only to the text queries.
  if (filter.text !== undefined) params.text = plainWords(filter.text);
  return params;
}

/** A text filter without a single word matches nobody; asking the index would be wasted. */
function matchesNobody(filter: PersonFilter): boolean {
  return filter.text !== undefined && plainWords(filter.text) === null;
}

const EMPTY_PAGE: Page<PersonRecord> = { items: [], hasNextPage: false, totalCount: 0 };

/** Pairs each group's rows with its count; groups without people get an empty page. */
function pagesPerGroup(
  keys: readonly string[],
  pageRows: KuzuRow[],
  countRows: KuzuRow[],
  page: PageRequest,
): Map<string, Page<PersonRecord>> {
  const rowsOf = new Map(pageRows.map((row) => [row.groupKey as string, row.people as KuzuRow[]]));
  const totalOf = new Map(countRows.map((row) => [row.groupKey as string, Number(row.total)]));
  return new Map(
    keys.map((key) => [
      key,
      pageFromRows((rowsOf.get(key) ?? []).map(toPersonRecord), page, totalOf.get(key) ?? 0),
    ]),
  );
}

/**
 * Every write checks all its rules before its first change: Kuzu 0.11 leaves full-text index
 * rows locked after an explicit ROLLBACK of Person text changes (later writes then fail with
 * "Write-write conflict" until a checkpoint), so a refused write must not have written yet.
 */
export class PeopleKuzuRepository extends PeopleRepository {
  constructor(private readonly client: KuzuClient) {
    super();
  }

  async findByIds(ids: readonly string[]): Promise<PersonRecord[]> {
    if (ids.length === 0) return [];
    const rows = await this.client.read(FIND_BY_IDS, { ids: [...ids] });
    return rows.map(toPersonRecord);
  }

  async list(
    filter: PersonFilter,
    page: PageRequest,
    scope: VisibilityScope,
  ): Promise<Page<PersonRecord>> {
    if (matchesNobody(filter)) return EMPTY_PAGE;
    const queries = filter.text === undefined ? ALL_PEOPLE : TEXT_PEOPLE;
    const params = filterParams(filter, scope);
    return readPage(this.client, queries, params, page, toPersonRecord);
  }

  async listByMunicipalities(
    codes: readonly string[],
    filter: PersonFilter,
    page: PageRequest,
    scope: VisibilityScope,
  ): Promise<Map<string, Page<PersonRecord>>> {
    if (codes.length === 0) return new Map();
    if (matchesNobody(filter)) return new Map(codes.map((code) => [code, EMPTY_PAGE]));
    const queries = filter.text === undefined ? ALL_PEOPLE : TEXT_PEOPLE;
    const params = { ...filterParams(filter, scope), groupKeys: [...codes] };
    const [pageRows, countRows] = await Promise.all([
      this.client.read(queries.pageByMunicipality, { ...params, ...keysetParams(page) }),
      this.client.read(queries.countByMunicipality, params),
    ]);
    return pagesPerGroup(codes, pageRows, countRows, page);
  }

  async listBySkills(
    skillIds: readonly string[],
    minLevel: number,
    page: PageRequest,
    scope: VisibilityScope,
  ): Promise<Map<string, Page<PersonRecord>>> {
    if (skillIds.length === 0) return new Map();
    const params = { ...visibilityParams(scope), groupKeys: [...skillIds], minLevel };
    const [pageRows, countRows] = await Promise.all([
      this.client.read(PAGE_BY_SKILL, { ...params, ...keysetParams(page) }),
      this.client.read(COUNT_BY_SKILL, params),
    ]);
    return pagesPerGroup(skillIds, pageRows, countRows, page);
  }

  async skillsOf(personIds: readonly string[]): Promise<PersonSkillRecord[]> {
    if (personIds.length === 0) return [];
    const rows = await this.client.read(SKILLS_OF, { ids: [...personIds] });
    return rows.map((row) => ({
      personId: row.personId as string,
      skillId: row.skillId as string,
      level: Number(row.level),
    }));
  }

  async acquaintancesOf(personIds: readonly string[]): Promise<AcquaintanceRecord[]> {
    if (personIds.length === 0) return [];
    const rows = await this.client.read(ACQUAINTANCES_OF, { ids: [...personIds] });
    return rows.map((row) => ({
      personId: row.personId as string,
      acquaintance: toPersonRecord(row),
    }));
  }

  create(record: PersonRecord): Promise<PersonRecord> {
    return this.client.write(async (tx) => {
      await assertEmailFree(tx, record);
      await assertMunicipalityExists(tx, record.municipalityCode);
      await tx.run(CREATE_PERSON, {
        ...personProperties(record),
        municipalityCode: record.municipalityCode,
        department: record.department,
        createdAt: record.createdAt.toISOString(),
      });
      return readPerson(tx, record.id);
    });
  }

  update(id: string, change: (current: PersonRecord) => PersonRecord): Promise<PersonRecord> {
    return this.client.write(async (tx) => {
      const current = await readPerson(tx, id);
      const next = { ...change(current), id };
      const moves = next.municipalityCode !== current.municipalityCode;
      await assertEmailFree(tx, next);
      if (moves) await assertMunicipalityExists(tx, next.municipalityCode);
      await tx.run(UPDATE_PERSON, personProperties(next));
      if (moves) {
        await tx.run(LEAVE_MUNICIPALITY, { id });
        await tx.run(JOIN_MUNICIPALITY, {
          id,
          municipalityCode: next.municipalityCode,
          department: next.department,
        });
      } else {
        await tx.run(SET_DEPARTMENT, { id, department: next.department });
      }
      return readPerson(tx, id);
    });
  }

  replaceSkills(
    personId: string,
    skills: readonly SkillLevel[],
    updatedAt: Date,
  ): Promise<PersonRecord> {
    return this.client.write(async (tx) => {
      await readPerson(tx, personId);
      await assertSkillsExist(
        tx,
        skills.map((skill) => skill.skillId),
      );
      await tx.run(CLEAR_SKILLS, { id: personId });
      if (skills.length > 0) {
        const rows = skills.map(({ skillId, level }) => ({ skillId, level }));
        await tx.run(ADD_SKILLS, { id: personId, skills: rows });
      }
      await tx.run(TOUCH, { id: personId, updatedAt: updatedAt.toISOString() });
      return readPerson(tx, personId);
    });
  }

  connect(personId: string, otherPersonId: string): Promise<void> {
    return this.client.write(async (tx) => {
      const found = new Set(
        (await tx.run(EXISTING_IDS, { ids: [personId, otherPersonId] })).map(
          (row) => row.id as string,
        ),
      );
      const missing = [personId, otherPersonId].find((id) => !found.has(id));
      if (missing !== undefined) throw PeopleException.notFound(missing);
      const [low, high] =
        personId < otherPersonId ? [personId, otherPersonId] : [otherPersonId, personId];
      await tx.run(CONNECT, { low, high });
    });
  }
}

/** The stored properties of the Person node itself (not WORKS_AT, not createdAt). */
function personProperties(record: PersonRecord): KuzuParams {
  return {
    id: record.id,
    name: record.name,
    email: record.email,
    title: record.title,
    bio: record.bio,
    availability: record.availability,
    visibility: record.visibility,
    // Kuzu binds a JS Date as a DATE; an ISO string through timestamp() keeps the time.
    updatedAt: record.updatedAt.toISOString(),
  };
}

async function readPerson(tx: KuzuTransaction, id: string): Promise<PersonRecord> {
  const [row] = await tx.run(FIND_BY_IDS, { ids: [id] });
  if (!row) throw PeopleException.notFound(id);
  return toPersonRecord(row);
}

async function assertEmailFree(tx: KuzuTransaction, record: PersonRecord): Promise<void> {
  if (record.email === null) return;
  const [owner] = await tx.run(EMAIL_OWNER, { email: record.email, id: record.id });
  if (owner) throw PeopleException.emailTaken();
}

async function assertMunicipalityExists(tx: KuzuTransaction, code: string): Promise<void> {
  const [found] = await tx.run(MUNICIPALITY_EXISTS, { code });
  if (!found) throw MunicipalitiesException.notFound(code);
}

async function assertSkillsExist(tx: KuzuTransaction, skillIds: readonly string[]): Promise<void> {
  if (skillIds.length === 0) return;
  const found = new Set(
    (await tx.run(EXISTING_SKILL_IDS, { ids: [...skillIds] })).map((row) => row.id as string),
  );
  const missing = skillIds.filter((id) => !found.has(id));
  if (missing.length > 0) throw SkillsException.notFound(missing);
}
