import { type Page, type PageRequest } from '../../common/pagination/page';
import { type Availability } from '../../people/models/availability.enum';
import { type Visibility } from '../../people/models/visibility.enum';
import { PeopleException } from '../../people/people.exception';
import { PeopleRepository } from '../../people/people.repository';
import {
  type AcquaintanceRecord,
  type PersonFilter,
  type PersonRecord,
  type PersonWithSkills,
  type HeldSkillRecord,
  type SkillLevel,
} from '../../people/person.record';
import { type VisibilityScope } from '../../people/visibility';
import { type CypherClient, type CypherTransaction } from './cypher-client';
import { type CypherDialect } from './cypher-dialect';
import { recheckingUniqueness } from './duplicate';
import { assertMunicipalityExists, assertPeopleExist, assertSkillsExist } from './existence-checks';
import {
  type CountRow,
  EMPTY_PAGE,
  type GroupPageQueries,
  type KeysetParams,
  readGroupPages,
  readPage,
} from './pages';
import { isRepeatedCreate } from './repeated-create';
import { toDate } from './rows';
import { SKILL_COLUMNS, type SkillRow, toSkillRecord } from './skills.cypher-repository';
import { cypher, cypherEachId } from './statement';
import { VISIBLE_PERSON, visibilityParams, type VisibilityParams } from './visibility-condition';

/** A person as the statements answer it: p (Person), w (its WORKS_AT), m (its Municipality). */
export type PersonRow = {
  id: string;
  name: string;
  email: string | null;
  title: string | null;
  bio: string | null;
  availability: Availability;
  visibility: Visibility;
  municipalityCode: string;
  department: string | null;
  createdAt: Date;
  updatedAt: Date;
};

/** The filter parameters of a people list (FILTER), null meaning "any". */
export type PeopleFilterParams = VisibilityParams & {
  municipalityCode: string | null;
  availability: Availability | null;
  skillId: string | null;
  minLevel: number;
};
type TextParams = PeopleFilterParams & { text: string };

/** The statements whose text differs per store (see kuzu/people.kuzu-queries.ts). */
export interface PeopleStoreQueries {
  /**
   * One page of people per municipality (`$groupKeys`), by name: those `source` binds (p, w, m),
   * that pass PEOPLE_FILTER and, after the cursor, PEOPLE_AFTER.
   */
  pagesByMunicipality<P extends PeopleFilterParams>(source: string): GroupPageQueries<P, PersonRow>;
  /** One page of people per skill (`$groupKeys`) who hold it at `$minLevel` or above and are visible. */
  readonly pagesBySkill: GroupPageQueries<VisibilityParams & { minLevel: number }, PersonRow>;
}

const PERSON_FIELDS = `
  p.id AS id, p.name AS name, p.email AS email, p.title AS title, p.bio AS bio,
  p.availability AS availability, p.visibility AS visibility,
  m.code AS municipalityCode, w.department AS department,
  p.createdAt AS createdAt, p.updatedAt AS updatedAt`;

/** PERSON_FIELDS as one map, for statements that collect people. */
export const PERSON_MAP = `{
  id: p.id, name: p.name, email: p.email, title: p.title, bio: p.bio,
  availability: p.availability, visibility: p.visibility,
  municipalityCode: m.code, department: w.department,
  createdAt: p.createdAt, updatedAt: p.updatedAt}`;

/** Where a list starts without a text filter: every person with their workplace. */
const EVERYONE = `
  MATCH (p:Person)-[w:WORKS_AT]->(m:Municipality)`;

// Where a list filtered by municipality or skill starts: from that municipality or skill, so the
// statement reads its people and not the whole directory (PEOPLE_FILTER still applies).
const IN_MUNICIPALITY = `
  MATCH (m:Municipality {code: $municipalityCode})<-[w:WORKS_AT]-(p:Person)`;
const WITH_SKILL = `
  MATCH (:Skill {id: $skillId})<-[:HAS_SKILL]-(p:Person)-[w:WORKS_AT]->(m:Municipality)`;

/**
 * The filter after a source has bound p, w and m. Kuzu 0.11 cannot see a parameter in an EXISTS
 * subquery's WHERE, so $minLevel arrives through WITH.
 */
export const PEOPLE_FILTER = `
  WITH p, w, m, $minLevel AS minLevel
  WHERE ($municipalityCode IS NULL OR m.code = $municipalityCode)
    AND ($availability IS NULL OR p.availability = $availability)
    AND ($skillId IS NULL OR EXISTS {
      MATCH (p)-[h:HAS_SKILL]->(:Skill {id: $skillId}) WHERE h.level >= minLevel })
    AND ${VISIBLE_PERSON}`;

/** The keyset cursor (name, id), as a further condition of PEOPLE_FILTER. */
export const PEOPLE_AFTER = `
    AND ($afterKey IS NULL OR p.name > $afterKey OR (p.name = $afterKey AND p.id > $afterId))`;

const PERSON_BY_ID = cypherEachId<PersonRow>(
  'id',
  `
  MATCH (p:Person {id: $id})-[w:WORKS_AT]->(m:Municipality)
  RETURN ${PERSON_FIELDS}`,
);

// Each skill's record comes along, so that Person.skills { skill { name } } reads no more.
const SKILLS_OF = cypherEachId<SkillRow & { personId: string; level: number }>(
  'personId',
  `
  MATCH (p:Person {id: $id})-[h:HAS_SKILL]->(s:Skill)
  RETURN p.id AS personId, h.level AS level, ${SKILL_COLUMNS}
  ORDER BY level DESC, s.name, s.id`,
);

// One row per skill (one row with null skill columns when there are none). Kuzu 0.11 reads the
// OPTIONAL MATCH by $id far faster than one that continues from the bound p.
const PERSON_WITH_SKILLS = cypher<
  PersonRow & {
    level: number | null;
    skillId: string | null;
    skillName: string | null;
    skillAliases: string[] | null;
    skillCategory: string | null;
    skillEscoUri: string | null;
  },
  { id: string }
>(`
  MATCH (p:Person {id: $id})-[w:WORKS_AT]->(m:Municipality)
  OPTIONAL MATCH (:Person {id: $id})-[h:HAS_SKILL]->(s:Skill)
  RETURN ${PERSON_FIELDS}, h.level AS level,
         s.id AS skillId, s.name AS skillName, s.aliases AS skillAliases,
         s.category AS skillCategory, s.escoUri AS skillEscoUri
  ORDER BY level DESC, skillName, skillId`);

// KNOWS is stored once per pair and read in both directions.
const ACQUAINTANCES_OF = cypherEachId<PersonRow & { personId: string }>(
  'personId',
  `
  MATCH (:Person {id: $id})-[:KNOWS]-(p:Person)-[w:WORKS_AT]->(m:Municipality)
  RETURN $id AS personId, ${PERSON_FIELDS}
  ORDER BY p.name, p.id`,
);

// emailKey is the address as toLower makes it, unique on Neo4j (see the migrations).
const EMAIL_OWNER = cypher<{ id: string }, { email: string; id: string }>(`
  MATCH (p:Person)
  WHERE p.emailKey = toLower($email) AND p.id <> $id
  RETURN p.id AS id
  LIMIT 1`);

const SET_DEPARTMENT = cypher<object, { id: string; department: string | null }>(`
  MATCH (:Person {id: $id})-[w:WORKS_AT]->(:Municipality)
  SET w.department = $department`);

const LEAVE_MUNICIPALITY = cypher<object, { id: string }>(`
  MATCH (:Person {id: $id})-[w:WORKS_AT]->(:Municipality)
  DELETE w`);

// MERGE: a repeated transaction finds the WORKS_AT it created.
const JOIN_MUNICIPALITY = cypher<
  object,
  { id: string; municipalityCode: string; department: string | null }
>(`
  MATCH (p:Person {id: $id}), (m:Municipality {code: $municipalityCode})
  MERGE (p)-[w:WORKS_AT]->(m)
  SET w.department = $department`);

const CLEAR_SKILLS = cypher<object, { id: string }>(`
  MATCH (:Person {id: $id})-[h:HAS_SKILL]->(:Skill)
  DELETE h`);

const ADD_SKILLS = cypher<object, { id: string; skills: readonly SkillLevelParams[] }>(`
  MATCH (p:Person {id: $id})
  UNWIND $skills AS r
  MATCH (s:Skill {id: r.skillId})
  MERGE (p)-[h:HAS_SKILL]->(s)
  SET h.level = r.level`);
type SkillLevelParams = { skillId: string; level: number };

// Stored from the smaller id to the larger (see acquaintancePair); the check covers a pair stored
// the other way round, and MERGE keeps two concurrent connects of one pair from storing it twice.
const CONNECT = cypher<object, { low: string; high: string }>(`
  MATCH (a:Person {id: $low}), (b:Person {id: $high})
  WHERE NOT EXISTS { MATCH (b)-[:KNOWS]->(a) }
  MERGE (a)-[:KNOWS]->(b)`);

const PERSON_EXISTS = cypher<{ found: number }, { id: string }>(`
  MATCH (p:Person {id: $id}) RETURN count(*) AS found`);
// Every relationship goes with the node (WORKS_AT, HAS_SKILL, WORKED_ON, KNOWS, HELPED), and
// the full-text indexes drop its entry on both stores.
const ERASE = cypher<object, { id: string }>(`MATCH (p:Person {id: $id}) DETACH DELETE p`);

/** The stored properties of the Person node itself, timestamps as ISO strings. */
type PersonParams = Omit<
  PersonRow,
  'municipalityCode' | 'department' | 'createdAt' | 'updatedAt'
> & {
  updatedAt: string;
};

/** The shared statements that need the store's timestamps, full-text search and write lock. */
function statements(dialect: CypherDialect) {
  const textMatches = `
    ${dialect.fullTextSearch({ label: 'Person', query: '$text', match: 'every', node: 'p' })}
    MATCH (p)-[w:WORKS_AT]->(m:Municipality)`;
  const listFrom = <P extends PeopleFilterParams>(source: string) => ({
    list: cypher<PersonRow, P & KeysetParams>(`
      ${source} ${PEOPLE_FILTER} ${PEOPLE_AFTER}
      RETURN ${PERSON_FIELDS}
      ORDER BY p.name, p.id
      LIMIT $limit`),
    count: cypher<CountRow, P>(`
      ${source} ${PEOPLE_FILTER}
      RETURN count(p) AS total`),
  });
  return {
    everyone: listFrom<PeopleFilterParams>(EVERYONE),
    inMunicipality: listFrom<PeopleFilterParams>(IN_MUNICIPALITY),
    withSkill: listFrom<PeopleFilterParams>(WITH_SKILL),
    // $text holds plain words (fullTextQuery): every word must match name, title or bio.
    textMatches: listFrom<TextParams>(textMatches),
    textSource: textMatches,
    // Reads the person for a change, queueing concurrent changes of them behind this one.
    readForUpdate: cypher<PersonRow, { id: string }>(`
      MATCH (p:Person {id: $id})-[w:WORKS_AT]->(m:Municipality)
      ${dialect.lockForUpdate('p', 'updatedAt')}
      RETURN ${PERSON_FIELDS}`),
    create: cypher<
      object,
      PersonParams & { municipalityCode: string; department: string | null; createdAt: string }
    >(`
      MATCH (m:Municipality {code: $municipalityCode})
      CREATE (p:Person {
        id: $id, name: $name, email: $email, emailKey: toLower($email), title: $title, bio: $bio,
        availability: $availability, visibility: $visibility,
        createdAt: ${dialect.timestamp('$createdAt')}, updatedAt: ${dialect.timestamp('$updatedAt')}
      })-[:WORKS_AT {department: $department}]->(m)`),
    update: cypher<object, PersonParams>(`
      MATCH (p:Person {id: $id})
      SET p.name = $name, p.email = $email, p.emailKey = toLower($email),
          p.title = $title, p.bio = $bio,
          p.availability = $availability, p.visibility = $visibility,
          p.updatedAt = ${dialect.timestamp('$updatedAt')}`),
    touch: cypher<object, { id: string; updatedAt: string }>(`
      MATCH (p:Person {id: $id})
      SET p.updatedAt = ${dialect.timestamp('$updatedAt')}`),
  };
}

function toPersonRecord(row: PersonRow): PersonRecord {
  return {
    id: row.id,
    name: row.name,
    email: row.email ?? null,
    title: row.title ?? null,
    bio: row.bio ?? null,
    availability: row.availability,
    visibility: row.visibility,
    municipalityCode: row.municipalityCode,
    department: row.department ?? null,
    createdAt: toDate(row.createdAt),
    updatedAt: toDate(row.updatedAt),
  };
}

/** The filter's and the scope's parameters; null means "any". */
function filterParams(filter: PersonFilter, scope: VisibilityScope): PeopleFilterParams {
  return {
    ...visibilityParams(scope),
    municipalityCode: filter.municipalityCode ?? null,
    availability: filter.availability ?? null,
    skillId: filter.skillId ?? null,
    minLevel: filter.minLevel ?? 1,
  };
}

/** The two ends of an acquaintance in the order it is stored: the smaller id first. */
export function acquaintancePair(personId: string, otherPersonId: string): [string, string] {
  return personId < otherPersonId ? [personId, otherPersonId] : [otherPersonId, personId];
}

/**
 * Every write is one transaction that checks all its rules before its first change, so a refused
 * write throws before anything is written (Kuzu 0.11 also leaves full-text index rows locked after
 * a ROLLBACK of Person text changes, until a checkpoint).
 */
export class PeopleCypherRepository extends PeopleRepository {
  private readonly statements: ReturnType<typeof statements>;
  private readonly byMunicipality: {
    readonly everyone: GroupPageQueries<PeopleFilterParams, PersonRow>;
    readonly textMatches: GroupPageQueries<TextParams, PersonRow>;
  };

  constructor(
    private readonly client: CypherClient,
    private readonly dialect: CypherDialect,
    private readonly queries: PeopleStoreQueries,
  ) {
    super();
    this.statements = statements(dialect);
    this.byMunicipality = {
      everyone: queries.pagesByMunicipality<PeopleFilterParams>(EVERYONE),
      textMatches: queries.pagesByMunicipality<TextParams>(this.statements.textSource),
    };
  }

  async findByIds(ids: readonly string[]): Promise<PersonRecord[]> {
    if (ids.length === 0) return [];
    return (await this.client.readEach(PERSON_BY_ID, ids)).map(toPersonRecord);
  }

  async findWithSkills(id: string): Promise<PersonWithSkills | null> {
    const rows = await this.client.read(PERSON_WITH_SKILLS, { id });
    if (rows.length === 0) return null;
    const skills = rows.flatMap(({ level, skillId, skillName, ...row }) =>
      level === null || skillId === null || skillName === null
        ? []
        : [
            {
              skillId,
              level,
              skill: toSkillRecord({
                id: skillId,
                name: skillName,
                aliases: row.skillAliases,
                category: row.skillCategory,
                escoUri: row.skillEscoUri,
              }),
            },
          ],
    );
    return { person: toPersonRecord(rows[0]), skills };
  }

  list(
    filter: PersonFilter,
    page: PageRequest,
    scope: VisibilityScope,
  ): Promise<Page<PersonRecord>> {
    const params = filterParams(filter, scope);
    if (filter.text === undefined) {
      const source =
        params.municipalityCode !== null
          ? this.statements.inMunicipality
          : params.skillId !== null
            ? this.statements.withSkill
            : this.statements.everyone;
      return readPage(this.client, source, params, page, toPersonRecord);
    }
    const text = this.dialect.fullTextQuery(filter.text, 'every');
    // A text filter without a single word matches nobody; asking the index would be wasted.
    if (text === null) return Promise.resolve(EMPTY_PAGE);
    return readPage(
      this.client,
      this.statements.textMatches,
      { ...params, text },
      page,
      toPersonRecord,
    );
  }

  async listByMunicipalities(
    codes: readonly string[],
    filter: PersonFilter,
    page: PageRequest,
    scope: VisibilityScope,
  ): Promise<Map<string, Page<PersonRecord>>> {
    if (codes.length === 0) return new Map();
    const params = filterParams(filter, scope);
    if (filter.text === undefined) {
      return readGroupPages(
        this.client,
        this.byMunicipality.everyone,
        codes,
        params,
        page,
        toPersonRecord,
      );
    }
    const text = this.dialect.fullTextQuery(filter.text, 'every');
    if (text === null) return new Map(codes.map((code) => [code, EMPTY_PAGE]));
    return readGroupPages(
      this.client,
      this.byMunicipality.textMatches,
      codes,
      { ...params, text },
      page,
      toPersonRecord,
    );
  }

  async listBySkills(
    skillIds: readonly string[],
    minLevel: number,
    page: PageRequest,
    scope: VisibilityScope,
  ): Promise<Map<string, Page<PersonRecord>>> {
    if (skillIds.length === 0) return new Map();
    const params = { ...visibilityParams(scope), minLevel };
    return readGroupPages(
      this.client,
      this.queries.pagesBySkill,
      skillIds,
      params,
      page,
      toPersonRecord,
    );
  }

  async skillsOf(personIds: readonly string[]): Promise<HeldSkillRecord[]> {
    if (personIds.length === 0) return [];
    const rows = await this.client.readEach(SKILLS_OF, personIds);
    return rows.map(({ personId, level, ...skill }) => ({
      personId,
      skillId: skill.id,
      level,
      skill: toSkillRecord(skill),
    }));
  }

  async acquaintancesOf(personIds: readonly string[]): Promise<AcquaintanceRecord[]> {
    if (personIds.length === 0) return [];
    const rows = await this.client.readEach(ACQUAINTANCES_OF, personIds);
    return rows.map((row) => ({ personId: row.personId, acquaintance: toPersonRecord(row) }));
  }

  /** Checked and written in one transaction; see recheckingUniqueness for the e-mail address. */
  create(record: PersonRecord): Promise<PersonRecord> {
    return recheckingUniqueness(() => this.write(record));
  }

  private write(record: PersonRecord): Promise<PersonRecord> {
    return this.client.write(async (tx) => {
      if (await isRepeatedCreate(tx, this.dialect, 'Person', record)) {
        return readPerson(tx, record.id);
      }
      await assertMunicipalityExists(tx, record.municipalityCode);
      await assertEmailFree(tx, record);
      await tx.run(this.statements.create, {
        ...personParams(record),
        municipalityCode: record.municipalityCode,
        department: record.department,
        createdAt: record.createdAt.toISOString(),
      });
      return readPerson(tx, record.id);
    });
  }

  update(id: string, change: (current: PersonRecord) => PersonRecord): Promise<PersonRecord> {
    return recheckingUniqueness(() => this.change(id, change));
  }

  private change(
    id: string,
    change: (current: PersonRecord) => PersonRecord,
  ): Promise<PersonRecord> {
    return this.client.write(async (tx) => {
      const current = await this.readForUpdate(tx, id);
      const next = { ...change(current), id };
      const moves = next.municipalityCode !== current.municipalityCode;
      if (moves) await assertMunicipalityExists(tx, next.municipalityCode);
      await assertEmailFree(tx, next);
      await tx.run(this.statements.update, personParams(next));
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
      await this.readForUpdate(tx, personId);
      await assertSkillsExist(
        tx,
        skills.map((skill) => skill.skillId),
      );
      await tx.run(CLEAR_SKILLS, { id: personId });
      // An empty list would bind as null on Kuzu.
      if (skills.length > 0) {
        const rows = skills.map(({ skillId, level }) => ({ skillId, level }));
        await tx.run(ADD_SKILLS, { id: personId, skills: rows });
      }
      await tx.run(this.statements.touch, { id: personId, updatedAt: updatedAt.toISOString() });
      return readPerson(tx, personId);
    });
  }

  connect(personId: string, otherPersonId: string): Promise<void> {
    return this.client.write(async (tx) => {
      await assertPeopleExist(tx, [personId, otherPersonId]);
      const [low, high] = acquaintancePair(personId, otherPersonId);
      await tx.run(CONNECT, { low, high });
    });
  }

  erase(id: string): Promise<boolean> {
    return this.client.write(async (tx) => {
      const [{ found }] = await tx.run(PERSON_EXISTS, { id });
      if (Number(found) === 0) return false;
      await tx.run(ERASE, { id });
      return true;
    });
  }

  private async readForUpdate(tx: CypherTransaction, id: string): Promise<PersonRecord> {
    const [row] = await tx.run(this.statements.readForUpdate, { id });
    if (!row) throw PeopleException.notFound(id);
    return toPersonRecord(row);
  }
}

function personParams(record: PersonRecord): PersonParams {
  return {
    id: record.id,
    name: record.name,
    email: record.email,
    title: record.title,
    bio: record.bio,
    availability: record.availability,
    visibility: record.visibility,
    // Sent as an ISO string and stored through the dialect's timestamp, keeping the milliseconds
    // (Kuzu would bind a JavaScript Date as a DATE).
    updatedAt: record.updatedAt.toISOString(),
  };
}

async function readPerson(tx: CypherTransaction, id: string): Promise<PersonRecord> {
  const [row] = await tx.run(PERSON_BY_ID, { id });
  if (!row) throw PeopleException.notFound(id);
  return toPersonRecord(row);
}

async function assertEmailFree(tx: CypherTransaction, record: PersonRecord): Promise<void> {
  if (record.email === null) return;
  const [owner] = await tx.run(EMAIL_OWNER, { email: record.email, id: record.id });
  if (owner) throw PeopleException.emailTaken();
}
