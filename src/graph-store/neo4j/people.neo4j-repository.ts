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
import { GraphStoreErrorCode, GraphStoreException } from '../graph-store.exception';
import { VISIBLE_PERSON, visibilityParams } from '../visibility-condition';
import { type Neo4jClient, type Neo4jTransaction } from './neo4j-client';
import { keysetParams, readPage } from './neo4j-pages';
import { luceneAllWords, type Neo4jParams, type Neo4jRow } from './neo4j-values';

// ---- reading -------------------------------------------------------------------------------
// Queries bind p (Person), w (its WORKS_AT) and m (its Municipality).

const PERSON_FIELDS = `
  p.id AS id, p.name AS name, p.email AS email, p.title AS title, p.bio AS bio,
  p.availability AS availability, p.visibility AS visibility,
  m.code AS municipalityCode, w.department AS department,
  p.createdAt AS createdAt, p.updatedAt AS updatedAt`;

const PERSON_MAP = `{
  id: p.id, name: p.name, email: p.email, title: p.title, bio: p.bio,
  availability: p.availability, visibility: p.visibility,
  municipalityCode: m.code, department: w.department,
  createdAt: p.createdAt, updatedAt: p.updatedAt}`;

const FIND_BY_IDS = `
  UNWIND $ids AS id
  MATCH (p:Person {id: id})-[w:WORKS_AT]->(m:Municipality)
  RETURN ${PERSON_FIELDS}`;

/** Where a list starts: every person, or only the full-text matches of $text. */
const EVERYONE = `
  MATCH (p:Person)-[w:WORKS_AT]->(m:Municipality)`;

// $text is a Lucene query of plain, lowercase words joined by AND (see luceneAllWords): every
// word must match, in name, title or bio, after the Dutch analyzer (stemming, stop words).
const TEXT_MATCHES = `
  CALL db.index.fulltext.queryNodes('person_text', $text) YIELD node AS p
  MATCH (p)-[w:WORKS_AT]->(m:Municipality)`;

// Null parameters mean "any".
const FILTER = `
  WHERE ($municipalityCode IS NULL OR m.code = $municipalityCode)
    AND ($availability IS NULL OR p.availability = $availability)
    AND ($skillId IS NULL OR EXISTS {
      MATCH (p)-[h:HAS_SKILL]->(:Skill {id: $skillId}) WHERE h.level >= $minLevel })
    AND ${VISIBLE_PERSON}`;

// $afterKey / $afterId bind the keyset cursor (name, id).
const AFTER = `
    AND ($afterKey IS NULL OR p.name > $afterKey OR (p.name = $afterKey AND p.id > $afterId))`;

/**
 * One page per group key in one round trip: for each key, the first $limit rows after the
 * cursor (one more than the page proves a next page) and the group's total, which ignores the
 * cursor. `match` binds p, w and m for the key `groupKey`.
 */
function pagePerGroup(match: string, matchAfterCursor: string): string {
  return `
  UNWIND $groupKeys AS groupKey
  CALL (groupKey) {
    ${matchAfterCursor}
    WITH p, w, m ORDER BY p.name, p.id LIMIT $limit
    RETURN collect(${PERSON_MAP}) AS people
  }
  CALL (groupKey) {
    ${match}
    RETURN count(p) AS total
  }
  RETURN groupKey, people, total`;
}

function listQueries(source: string) {
  const inGroup = `${source} ${FILTER} AND m.code = groupKey`;
  return {
    list: `${source} ${FILTER} ${AFTER}
      RETURN ${PERSON_FIELDS}
      ORDER BY p.name, p.id
      LIMIT $limit`,
    count: `${source} ${FILTER}
      RETURN count(p) AS total`,
    pagesByMunicipality: pagePerGroup(inGroup, `${inGroup} ${AFTER}`),
  };
}

const ALL_PEOPLE = listQueries(EVERYONE);
const TEXT_PEOPLE = listQueries(TEXT_MATCHES);

const HOLDING_SKILL = `
  MATCH (p:Person)-[h:HAS_SKILL]->(:Skill {id: groupKey}), (p)-[w:WORKS_AT]->(m:Municipality)
  WHERE h.level >= $minLevel AND ${VISIBLE_PERSON}`;

const PAGES_BY_SKILL = pagePerGroup(HOLDING_SKILL, `${HOLDING_SKILL} ${AFTER}`);

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

// Reads the person and takes their write lock until the transaction ends (setting a property
// to its own value takes it), so concurrent changes of one person queue instead of each
// starting from the same state and overwriting the other; Kuzu runs one write at a time.
const READ_FOR_UPDATE = `
  MATCH (p:Person {id: $id})-[w:WORKS_AT]->(m:Municipality)
  SET p.updatedAt = p.updatedAt
  RETURN ${PERSON_FIELDS}`;

const EXISTING_IDS = `
  UNWIND $ids AS id
  MATCH (p:Person {id: id})
  RETURN p.id AS id`;

const EMAIL_OWNER = `
  MATCH (p:Person)
  WHERE toLower(p.email) = toLower($email) AND p.id <> $id
  RETURN p.id AS id
  LIMIT 1`;

const MUNICIPALITY_EXISTS = `
  MATCH (m:Municipality {code: $code})
  RETURN m.code AS code`;

// The creation time of the person with this id, if any (see isRepeatedCreate).
const CREATED_AT = `
  MATCH (p:Person {id: $id})
  RETURN p.createdAt AS createdAt`;

const CREATE_PERSON = `
  MATCH (m:Municipality {code: $municipalityCode})
  CREATE (p:Person {
    id: $id, name: $name, email: $email, title: $title, bio: $bio,
    availability: $availability, visibility: $visibility,
    createdAt: datetime($createdAt), updatedAt: datetime($updatedAt)
  })-[:WORKS_AT {department: $department}]->(m)`;

const UPDATE_PERSON = `
  MATCH (p:Person {id: $id})
  SET p.name = $name, p.email = $email, p.title = $title, p.bio = $bio,
      p.availability = $availability, p.visibility = $visibility,
      p.updatedAt = datetime($updatedAt)`;

const SET_DEPARTMENT = `
  MATCH (:Person {id: $id})-[w:WORKS_AT]->(:Municipality)
  SET w.department = $department`;

const LEAVE_MUNICIPALITY = `
  MATCH (:Person {id: $id})-[w:WORKS_AT]->(:Municipality)
  DELETE w`;

const JOIN_MUNICIPALITY = `
  MATCH (p:Person {id: $id}), (m:Municipality {code: $municipalityCode})
  MERGE (p)-[w:WORKS_AT]->(m)
  SET w.department = $department`;

const EXISTING_SKILL_IDS = `
  UNWIND $ids AS id
  MATCH (s:Skill {id: id})
  RETURN s.id AS id`;

const CLEAR_SKILLS = `
  MATCH (:Person {id: $id})-[h:HAS_SKILL]->(:Skill)
  DELETE h`;

const ADD_SKILLS = `
  MATCH (p:Person {id: $id})
  UNWIND $skills AS r
  MATCH (s:Skill {id: r.skillId})
  MERGE (p)-[h:HAS_SKILL]->(s)
  SET h.level = r.level`;

const TOUCH = `
  MATCH (p:Person {id: $id})
  SET p.updatedAt = datetime($updatedAt)`;

// Stored from the smaller id to the larger; the check covers either direction (older data),
// and MERGE keeps two concurrent connects of the same pair from storing it twice.
const CONNECT = `
  MATCH (a:Person {id: $low}), (b:Person {id: $high})
  WHERE NOT EXISTS { (b)-[:KNOWS]->(a) }
  MERGE (a)-[:KNOWS]->(b)`;

function toPersonRecord(row: Neo4jRow): PersonRecord {
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
    createdAt: row.createdAt as Date,
    updatedAt: row.updatedAt as Date,
  };
}

/** The filter's and the scope's parameters; every one the queries name is bound, null meaning "any". */
function filterParams(filter: PersonFilter, scope: VisibilityScope): Neo4jParams {
  return {
    ...visibilityParams(scope),
    municipalityCode: filter.municipalityCode ?? null,
    availability: filter.availability ?? null,
    skillId: filter.skillId ?? null,
    minLevel: filter.minLevel ?? 1,
    text: filter.text === undefined ? null : luceneAllWords(filter.text),
  };
}

/** A text filter without a single word matches nobody; asking the index would be wasted. */
function matchesNobody(filter: PersonFilter): boolean {
  return filter.text !== undefined && luceneAllWords(filter.text) === null;
}

const EMPTY_PAGE: Page<PersonRecord> = { items: [], hasNextPage: false, totalCount: 0 };

/** Each key's page from the per-group rows; keys without a row get an empty page. */
function pagesPerGroup(
  keys: readonly string[],
  rows: Neo4jRow[],
  page: PageRequest,
): Map<string, Page<PersonRecord>> {
  const rowOf = new Map(rows.map((row) => [row.groupKey as string, row]));
  return new Map(
    keys.map((key) => {
      const row = rowOf.get(key);
      if (!row) return [key, EMPTY_PAGE];
      const people = (row.people as Neo4jRow[]).map(toPersonRecord);
      return [key, pageFromRows(people, page, row.total as number)];
    }),
  );
}

/**
 * Every write is one transaction (retried whole by the driver on transient errors): the rules
 * are checked inside it, so a refused write throws before anything commits.
 */
export class PeopleNeo4jRepository extends PeopleRepository {
  constructor(private readonly client: Neo4jClient) {
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
    return readPage(this.client, queries, filterParams(filter, scope), page, toPersonRecord);
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
    const rows = await this.client.read(queries.pagesByMunicipality, {
      ...filterParams(filter, scope),
      ...keysetParams(page),
      groupKeys: [...codes],
    });
    return pagesPerGroup(codes, rows, page);
  }

  async listBySkills(
    skillIds: readonly string[],
    minLevel: number,
    page: PageRequest,
    scope: VisibilityScope,
  ): Promise<Map<string, Page<PersonRecord>>> {
    if (skillIds.length === 0) return new Map();
    const rows = await this.client.read(PAGES_BY_SKILL, {
      ...visibilityParams(scope),
      ...keysetParams(page),
      groupKeys: [...skillIds],
      minLevel,
    });
    return pagesPerGroup(skillIds, rows, page);
  }

  async skillsOf(personIds: readonly string[]): Promise<PersonSkillRecord[]> {
    if (personIds.length === 0) return [];
    const rows = await this.client.read(SKILLS_OF, { ids: [...personIds] });
    return rows.map((row) => ({
      personId: row.personId as string,
      skillId: row.skillId as string,
      level: row.level as number,
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
      if (await isRepeatedCreate(tx, record)) return readPerson(tx, record.id);
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
      const current = await readPersonForUpdate(tx, id);
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
      await readPersonForUpdate(tx, personId);
      await assertSkillsExist(
        tx,
        skills.map((skill) => skill.skillId),
      );
      await tx.run(CLEAR_SKILLS, { id: personId });
      const rows = skills.map(({ skillId, level }) => ({ skillId, level }));
      await tx.run(ADD_SKILLS, { id: personId, skills: rows });
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
function personProperties(record: PersonRecord): Neo4jParams {
  return {
    id: record.id,
    name: record.name,
    email: record.email,
    title: record.title,
    bio: record.bio,
    availability: record.availability,
    visibility: record.visibility,
    // Sent as an ISO string and stored through datetime(), so it is a DATETIME with milliseconds.
    updatedAt: record.updatedAt.toISOString(),
  };
}

/**
 * Whether this create has already happened. The driver retries a transaction whose commit it
 * could not confirm, and the retry must not fail on its own earlier success: a person with this
 * id and this creation time is that earlier attempt. Any other person with the id is a duplicate
 * key, refused as on every store (ids are fresh UUIDs, so this is a bug upstream).
 */
async function isRepeatedCreate(tx: Neo4jTransaction, record: PersonRecord): Promise<boolean> {
  const [existing] = await tx.run(CREATED_AT, { id: record.id });
  if (!existing) return false;
  if ((existing.createdAt as Date).getTime() === record.createdAt.getTime()) return true;
  throw new GraphStoreException(
    GraphStoreErrorCode.DUPLICATE,
    'A record with this id already exists.',
  );
}

async function readPerson(tx: Neo4jTransaction, id: string): Promise<PersonRecord> {
  const [row] = await tx.run(FIND_BY_IDS, { ids: [id] });
  if (!row) throw PeopleException.notFound(id);
  return toPersonRecord(row);
}

/** Reads the person for a change, taking their write lock (see READ_FOR_UPDATE). */
async function readPersonForUpdate(tx: Neo4jTransaction, id: string): Promise<PersonRecord> {
  const [row] = await tx.run(READ_FOR_UPDATE, { id });
  if (!row) throw PeopleException.notFound(id);
  return toPersonRecord(row);
}

async function assertEmailFree(tx: Neo4jTransaction, record: PersonRecord): Promise<void> {
  if (record.email === null) return;
  const [owner] = await tx.run(EMAIL_OWNER, { email: record.email, id: record.id });
  if (owner) throw PeopleException.emailTaken();
}

async function assertMunicipalityExists(tx: Neo4jTransaction, code: string): Promise<void> {
  const [found] = await tx.run(MUNICIPALITY_EXISTS, { code });
  if (!found) throw MunicipalitiesException.notFound(code);
}

async function assertSkillsExist(tx: Neo4jTransaction, skillIds: readonly string[]): Promise<void> {
  if (skillIds.length === 0) return;
  const found = new Set(
    (await tx.run(EXISTING_SKILL_IDS, { ids: [...skillIds] })).map((row) => row.id as string),
  );
  const missing = skillIds.filter((id) => !found.has(id));
  if (missing.length > 0) throw SkillsException.notFound(missing);
}
