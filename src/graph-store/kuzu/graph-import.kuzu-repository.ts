import {
  type GraphCounts,
  GraphImportRepository,
  type ImportAcquaintance,
  type ImportChallenge,
  type ImportChallengeSkill,
  type ImportCollaboration,
  type ImportExperience,
  type ImportMembership,
  type ImportMunicipality,
  type ImportPerson,
  type ImportPersonSkill,
  type ImportSkill,
} from '../../seed/graph-import.repository';
import { type KuzuClient, type KuzuParams, type KuzuValue } from './kuzu-client';

/** Rows per transaction: large enough to be quick, small enough to keep memory flat. */
const BATCH_SIZE = 2_000;

const COUNTS = `
  MATCH (m:Municipality) WITH count(m) AS municipalities
  OPTIONAL MATCH (c:Collaboration) WITH municipalities, count(c) AS collaborations
  OPTIONAL MATCH (p:Person) WITH municipalities, collaborations, count(p) AS people
  OPTIONAL MATCH (s:Skill) WITH municipalities, collaborations, people, count(s) AS skills
  OPTIONAL MATCH (ch:Challenge)
  RETURN municipalities, collaborations, people, skills, count(ch) AS challenges`;

const MUNICIPALITIES = `
  UNWIND $rows AS r
  MERGE (m:Municipality {code: r.code})
  SET m.name = r.name, m.province = r.province, m.population = r.population`;

const COLLABORATIONS = `
  UNWIND $rows AS r
  MERGE (c:Collaboration {id: r.id})
  SET c.name = r.name, c.kind = r.kind`;

const MEMBERSHIPS = `
  UNWIND $rows AS r
  MATCH (m:Municipality {code: r.municipalityCode}), (c:Collaboration {id: r.collaborationId})
  MERGE (m)-[:MEMBER_OF]->(c)`;

// Kuzu infers a list-of-structs parameter's field types from its values: a batch whose aliases
// are all empty would type them as STRING, so skills without aliases take their own statement.
const SKILLS_WITH_ALIASES = `
  UNWIND $rows AS r
  MERGE (s:Skill {id: r.id})
  SET s.name = r.name, s.aliases = r.aliases, s.category = r.category, s.escoUri = r.escoUri`;

const SKILLS_WITHOUT_ALIASES = `
  UNWIND $rows AS r
  MERGE (s:Skill {id: r.id})
  SET s.name = r.name, s.aliases = NULL, s.category = r.category, s.escoUri = r.escoUri`;

// Two Kuzu 0.11.3 defects shape how people and challenges (full-text indexed) are imported:
// one statement that updates indexed properties of several existing nodes crashes the process,
// and one statement that creates several nodes indexes all of them with the first node's words
// (after which updates of those nodes crash too). So existing nodes are updated one per
// statement, new ones are created in bulk, and the table's full-text indexes are rebuilt after
// (see upsertIndexed). Mutations write one node per statement and are not affected.
const EXISTING_PEOPLE = 'UNWIND $ids AS id MATCH (p:Person {id: id}) RETURN p.id AS id';

const CREATE_MISSING_PEOPLE = `
  UNWIND $rows AS r
  OPTIONAL MATCH (existing:Person {id: r.id})
  WITH r, existing WHERE existing IS NULL
  CREATE (:Person {id: r.id, name: r.name, email: r.email, title: r.title, bio: r.bio,
                   availability: r.availability, visibility: r.visibility,
                   createdAt: timestamp(r.createdAt), updatedAt: timestamp(r.updatedAt)})`;

const UPDATE_PERSON = `
  MATCH (p:Person {id: $id})
  SET p.name = $name, p.email = $email, p.title = $title, p.bio = $bio,
      p.availability = $availability, p.visibility = $visibility,
      p.createdAt = timestamp($createdAt), p.updatedAt = timestamp($updatedAt)`;

// Exactly one current workplace: a re-import that moves a person drops the old WORKS_AT.
const LEAVE_OTHER_WORKPLACES = `
  UNWIND $rows AS r
  MATCH (p:Person {id: r.id})-[old:WORKS_AT]->(m:Municipality)
  WHERE m.code <> r.municipalityCode
  DELETE old`;

const WORKS_AT = `
  UNWIND $rows AS r
  MATCH (p:Person {id: r.id}), (m:Municipality {code: r.municipalityCode})
  MERGE (p)-[w:WORKS_AT]->(m)
  SET w.department = r.department, w.since = CASE WHEN r.since IS NULL THEN NULL ELSE date(r.since) END`;

const PERSON_SKILLS = `
  UNWIND $rows AS r
  MATCH (p:Person {id: r.personId}), (s:Skill {id: r.skillId})
  MERGE (p)-[h:HAS_SKILL]->(s)
  SET h.level = r.level`;

const EXISTING_CHALLENGES = 'UNWIND $ids AS id MATCH (c:Challenge {id: id}) RETURN c.id AS id';

const CREATE_MISSING_CHALLENGES = `
  UNWIND $rows AS r
  OPTIONAL MATCH (existing:Challenge {id: r.id})
  WITH r, existing WHERE existing IS NULL
  CREATE (:Challenge {id: r.id, title: r.title, description: r.description, theme: r.theme,
                      status: r.status, createdAt: timestamp(r.createdAt),
                      updatedAt: timestamp(r.updatedAt)})`;

const UPDATE_CHALLENGE = `
  MATCH (c:Challenge {id: $id})
  SET c.title = $title, c.description = $description, c.theme = $theme, c.status = $status,
      c.createdAt = timestamp($createdAt), c.updatedAt = timestamp($updatedAt)`;

const FACES = `
  UNWIND $rows AS r
  MATCH (m:Municipality {code: r.municipalityCode}), (c:Challenge {id: r.id})
  MERGE (m)-[:FACES]->(c)`;

const CHALLENGE_SKILLS = `
  UNWIND $rows AS r
  MATCH (c:Challenge {id: r.challengeId}), (s:Skill {id: r.skillId})
  MERGE (c)-[q:REQUIRES]->(s)
  SET q.weight = r.weight`;

const EXPERIENCES = `
  UNWIND $rows AS r
  MATCH (p:Person {id: r.personId}), (c:Challenge {id: r.challengeId})
  MERGE (p)-[w:WORKED_ON]->(c)
  SET w.role = r.role, w.outcome = r.outcome, w.year = r.year, w.lessonsLearned = r.lessonsLearned`;

// KNOWS is stored once per pair, from the smaller id to the larger, and read undirected.
const ACQUAINTANCES = `
  UNWIND $rows AS r
  MATCH (a:Person {id: r.personId}), (b:Person {id: r.otherPersonId})
  MERGE (a)-[:KNOWS]->(b)`;

const REMOVE_NON_REFERENCE = [
  'MATCH (p:Person) DETACH DELETE p',
  'MATCH (c:Challenge) DETACH DELETE c',
  'MATCH (s:Skill) DETACH DELETE s',
];

type Row = Record<string, KuzuValue>;

/** The node tables with full-text indexes (a fixed list: table names are never input). */
type IndexedTable = 'Person' | 'Challenge';

function* batches<T>(rows: T[]): Generator<T[]> {
  for (let start = 0; start < rows.length; start += BATCH_SIZE) {
    yield rows.slice(start, start + BATCH_SIZE);
  }
}

const TABLE_INDEXES =
  'CALL SHOW_INDEXES() RETURN table_name AS tableName, index_name AS indexName, index_type AS indexType, index_definition AS definition';

/**
 * Drops and re-creates the full-text indexes of one table from their own recorded definitions
 * (so the migration files stay the only place that defines them). Kuzu builds them only in
 * auto-commit mode; queries on the index fail during the rebuild, which happens only while
 * importing (at start, or with the service stopped).
 */
async function rebuildFullTextIndexes(client: KuzuClient, table: IndexedTable): Promise<void> {
  const indexes = (await client.read(TABLE_INDEXES)).filter(
    (index) => index.tableName === table && index.indexType === 'FTS',
  );
  for (const index of indexes) {
    await client.script(`CALL DROP_FTS_INDEX('${table}', '${String(index.indexName)}')`);
    await client.script(String(index.definition));
  }
}

export class GraphImportKuzuRepository extends GraphImportRepository {
  constructor(private readonly client: KuzuClient) {
    super();
  }

  async counts(): Promise<GraphCounts> {
    const [row] = await this.client.read(COUNTS);
    return {
      municipalities: Number(row.municipalities),
      collaborations: Number(row.collaborations),
      people: Number(row.people),
      skills: Number(row.skills),
      challenges: Number(row.challenges),
    };
  }

  importMunicipalities(rows: ImportMunicipality[]): Promise<void> {
    return this.batched([MUNICIPALITIES], rows);
  }

  importCollaborations(rows: ImportCollaboration[]): Promise<void> {
    return this.batched([COLLABORATIONS], rows);
  }

  importMemberships(rows: ImportMembership[]): Promise<void> {
    return this.batched([MEMBERSHIPS], rows);
  }

  async importSkills(rows: ImportSkill[]): Promise<void> {
    await this.batched(
      [SKILLS_WITH_ALIASES],
      rows.filter((row) => row.aliases.length > 0),
    );
    await this.batched(
      [SKILLS_WITHOUT_ALIASES],
      rows.filter((row) => row.aliases.length === 0).map(({ aliases: _aliases, ...rest }) => rest),
    );
  }

  async importPeople(rows: ImportPerson[]): Promise<void> {
    await this.upsertIndexed('Person', rows, EXISTING_PEOPLE, CREATE_MISSING_PEOPLE, (row) => [
      UPDATE_PERSON,
      {
        id: row.id,
        name: row.name,
        email: row.email,
        title: row.title,
        bio: row.bio,
        availability: row.availability,
        visibility: row.visibility,
        createdAt: row.createdAt,
        updatedAt: row.updatedAt,
      },
    ]);
    await this.batched([LEAVE_OTHER_WORKPLACES, WORKS_AT], rows);
  }

  importPersonSkills(rows: ImportPersonSkill[]): Promise<void> {
    return this.batched([PERSON_SKILLS], rows);
  }

  async importChallenges(rows: ImportChallenge[]): Promise<void> {
    await this.upsertIndexed(
      'Challenge',
      rows,
      EXISTING_CHALLENGES,
      CREATE_MISSING_CHALLENGES,
      (row) => [
        UPDATE_CHALLENGE,
        {
          id: row.id,
          title: row.title,
          description: row.description,
          theme: row.theme,
          status: row.status,
          createdAt: row.createdAt,
          updatedAt: row.updatedAt,
        },
      ],
    );
    await this.batched([FACES], rows);
  }

  importChallengeSkills(rows: ImportChallengeSkill[]): Promise<void> {
    return this.batched([CHALLENGE_SKILLS], rows);
  }

  importExperiences(rows: ImportExperience[]): Promise<void> {
    return this.batched([EXPERIENCES], rows);
  }

  importAcquaintances(rows: ImportAcquaintance[]): Promise<void> {
    const canonical = rows.map(({ personId, otherPersonId }) =>
      personId < otherPersonId
        ? { personId, otherPersonId }
        : { personId: otherPersonId, otherPersonId: personId },
    );
    return this.batched([ACQUAINTANCES], canonical);
  }

  async removeNonReferenceData(): Promise<void> {
    await this.client.write(async (tx) => {
      for (const statement of REMOVE_NON_REFERENCE) await tx.run(statement);
    });
  }

  /**
   * Upserts full-text-indexed nodes around two Kuzu 0.11.3 defects (see the note above the
   * queries): existing nodes are updated one statement per node while the index is sound, new
   * ones are created in bulk, and then the table's full-text indexes are rebuilt, because a bulk
   * CREATE indexes every row with the first row's words.
   */
  private async upsertIndexed<T extends { id: string }>(
    table: IndexedTable,
    rows: T[],
    existingQuery: string,
    createMissing: string,
    update: (row: T) => [string, KuzuParams],
  ): Promise<void> {
    const existing = new Set<string>();
    for (const batch of batches(rows)) {
      const found = await this.client.read(existingQuery, { ids: batch.map((row) => row.id) });
      for (const row of found) existing.add(row.id as string);
    }
    for (const batch of batches(rows.filter((row) => existing.has(row.id)))) {
      await this.client.write(async (tx) => {
        for (const row of batch) await tx.run(...update(row));
      });
    }
    const missing = rows.filter((row) => !existing.has(row.id));
    for (const batch of batches(missing)) {
      await this.client.write((tx) => tx.run(createMissing, { rows: batch as unknown as Row[] }));
    }
    if (missing.length > 0) await rebuildFullTextIndexes(this.client, table);
  }

  /** Each batch runs all `statements` in one transaction, so a batch lands whole or not at all. */
  private async batched<T extends object>(statements: string[], rows: T[]): Promise<void> {
    for (const batch of batches(rows)) {
      await this.client.write(async (tx) => {
        for (const statement of statements) {
          await tx.run(statement, { rows: batch as unknown as Row[] });
        }
      });
    }
  }
}
